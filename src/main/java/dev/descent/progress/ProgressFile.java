package dev.descent.progress;

import dev.descent.files.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One learner's progress file: read with a bound on its size, moved aside under a new name when it cannot
 * be used (keeping the {@link #KEPT_ASIDE} newest such copies), and replaced atomically. Only a regular
 * file is read: a symbolic link, a FIFO or a device in its place is moved aside unopened, so that nothing
 * outside the data folder is read or written through it. Callers hold its {@link #lockFile} while they
 * use it, when they can.
 */
final class ProgressFile {
  /** Files larger than this are not read, so that a hostile file cannot exhaust memory. */
  static final int MAX_BYTES = ProgressLimits.FILE_BYTES;
  /** How many set-aside copies of one learner's file are kept; older ones are deleted. */
  static final int KEPT_ASIDE = 5;

  /** Made when a file is first set aside: a DateTimeFormatter takes ~5 ms to set up, too long for every start. */
  private static final class AsideTime {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  }

  private final Path file;
  private final Clock clock;

  ProgressFile(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /**
   * What reading found: the progress (fresh when there was none or it was set aside), a warning for the
   * learner or null, and whether the file may be overwritten.
   */
  record Reading(LearnerProgress progress, String warning, boolean overwritable) {}

  /** What identifies one version of the file: every save renames a new file into place. */
  record Stamp(Object fileKey, long size, long modifiedNanos) {
    // Written out: a record's own equals and hashCode are linked through java.lang.runtime.ObjectMethods
    // on first use, ~10 ms before a returning learner's lesson list.
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && java.util.Objects.equals(fileKey, s.fileKey) && size == s.size
          && modifiedNanos == s.modifiedNanos;
    }

    @Override
    public int hashCode() {
      return (java.util.Objects.hashCode(fileKey) * 31 + Long.hashCode(size)) * 31 + Long.hashCode(modifiedNanos);
    }
  }

  /** The version of the file there now (its link, if it is one), or null when there is none. */
  Stamp stamp() {
    try {
      var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    } catch (IOException e) {
      return null;
    }
  }

  /** The lock file that serializes sessions of this learner. */
  Path lockFile() {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  /** Reads the progress; a file that cannot be used is set aside with a warning. Never throws. */
  Reading read(String learnerId) {
    String problem;
    try {
      FileKind kind = FileKind.itself(file);
      if (kind == FileKind.MISSING) {
        return new Reading(new LearnerProgress(learnerId), null, true);
      }
      if (kind == FileKind.FOLDER) {
        problem = "a directory is where the file should be";
      } else if (kind == FileKind.LINK) {
        problem = "it is a symbolic link, and descent follows no link in its data folder";
      } else if (kind != FileKind.REGULAR) {
        problem = "it is not a regular file but " + kind.words();
      } else {
        return adopt(readBounded(), learnerId);
      }
    } catch (NoSuchFileException e) {
      return new Reading(new LearnerProgress(learnerId), null, true);
    } catch (IOException e) {
      problem = "it could not be read (" + describe(e) + ")";
    } catch (CorruptProgressException e) {
      problem = e.getMessage();
    }
    return setAside(learnerId, problem);
  }

  /**
   * The progress when the file is missing or a regular file that reads cleanly, else null, with nothing set
   * aside: for a load without the lock, which leaves any file that needs setting aside to {@link #read} under
   * the lock.
   */
  Reading readIfClean(String learnerId) {
    try {
      FileKind kind = FileKind.itself(file);
      if (kind == FileKind.MISSING) {
        return new Reading(new LearnerProgress(learnerId), null, true);
      }
      return kind == FileKind.REGULAR ? adopt(readBounded(), learnerId) : null;
    } catch (NoSuchFileException e) {
      return new Reading(new LearnerProgress(learnerId), null, true);
    } catch (IOException | CorruptProgressException e) {
      return null;
    }
  }

  /** A file that names another learner was copied by hand: its name decides whose progress it is. */
  private Reading adopt(LearnerProgress read, String learnerId) {
    if (read.learnerId().equals(learnerId)) {
      return new Reading(read, null, true);
    }
    String warning = file + " says it holds the progress of \"" + read.learnerId() + "\"; it is used as the progress"
        + " of \"" + learnerId + "\"";
    return new Reading(new LearnerProgress(learnerId, read.lessons()), warning, true);
  }

  /** The progress in the file, parsed as it is read (no copy of the whole file is kept), and bounded in size. */
  private LearnerProgress readBounded() throws IOException, CorruptProgressException {
    if (Files.size(file) > MAX_BYTES) {
      throw new CorruptProgressException("it is larger than " + (MAX_BYTES >> 20) + " MiB, far more than any "
          + "progress needs");
    }
    try (InputStream in = new BoundedInput(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), MAX_BYTES + 1)) {
      return ProgressReader.read(in);
    }
  }

  /** Ends after {@code limit} bytes, should the file have grown after its size was looked at. */
  private static final class BoundedInput extends java.io.FilterInputStream {
    private long left;

    BoundedInput(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      left--;
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  private Reading setAside(String learnerId, String problem) {
    LearnerProgress fresh = new LearnerProgress(learnerId);
    try {
      Path aside = moveAside();
      removeOldCopies();
      return new Reading(fresh, file + " could not be used: " + problem + ". It was kept as "
          + aside.getFileName() + " in the same directory, and progress starts afresh.", true);
    } catch (IOException e) {
      return new Reading(fresh, file + " could not be used: " + problem + ", nor moved aside ("
          + describe(e) + "). Progress in this session will not be saved, so that the file stays as it is.",
          false);
    }
  }

  /** Renames the file to {@code <name>.corrupt-<time>}, adding -2, -3... rather than replace an earlier one. */
  private Path moveAside() throws IOException {
    String base = file.getFileName() + ".corrupt-" + AsideTime.FORMAT.format(clock.instant());
    for (int n = 1; ; n++) {
      Path target = file.resolveSibling(n == 1 ? base : base + "-" + n);
      try {
        // Without REPLACE_EXISTING the move fails rather than overwrite an earlier set-aside file.
        return Files.move(file, target);
      } catch (FileAlreadyExistsException taken) {
        if (n == 1000) {
          throw taken;
        }
      }
    }
  }

  /** Deletes all but the {@link #KEPT_ASIDE} newest set-aside copies (their names sort by time). */
  private void removeOldCopies() {
    String prefix = file.getFileName() + ".corrupt-";
    List<Path> copies = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(file.toAbsolutePath().getParent(),
        p -> p.getFileName().toString().startsWith(prefix))) {
      s.forEach(copies::add);
    } catch (IOException | RuntimeException e) {
      return;
    }
    copies.sort(Comparator.comparing((Path p) -> stampOf(p, prefix)));
    for (Path old : copies.subList(0, Math.max(0, copies.size() - KEPT_ASIDE))) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        // kept, then: the next set-aside tries again
      }
    }
  }

  /** The time and number of a set-aside copy's name, ordered as they were made: {@code -2} after none. */
  private static String stampOf(Path copy, String prefix) {
    String rest = copy.getFileName().toString().substring(prefix.length());
    int dash = rest.indexOf('-');
    String stamp = dash < 0 ? rest : rest.substring(0, dash);
    String number = dash < 0 ? "1" : rest.substring(dash + 1);
    return stamp + "#" + "0".repeat(Math.max(0, 5 - number.length())) + number;
  }

  /**
   * Replaces the file's contents atomically, leaving out what would not fit (see {@link SizeGuard});
   * returns a warning when something was left out, else null.
   */
  String write(LearnerProgress progress) throws IOException {
    String leftOut = SizeGuard.fit(progress);
    AtomicWrite.replace(file, out -> ProgressJson.write(progress, out));
    return leftOut;
  }

  /** An I/O failure in words, without the stack trace. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + e.getMessage();
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
