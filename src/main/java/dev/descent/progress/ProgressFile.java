package dev.descent.progress;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * One learner's progress file: read with a bound on its size, moved aside under a new name when it cannot
 * be used, and replaced atomically. Callers hold its {@link #lockFile} while they use it, when they can.
 */
final class ProgressFile {
  /** Files larger than this are not read, so that a hostile file cannot exhaust memory. */
  static final int MAX_BYTES = 16 << 20;

  /** Made when a file is first set aside: a DateTimeFormatter takes ~5 ms to set up, too long for every start. */
  private static final class Stamp {
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

  /** The lock file that serializes sessions of this learner. */
  Path lockFile() {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  /** Reads the progress; a file that cannot be used is set aside with a warning. Never throws. */
  Reading read(String learnerId) {
    String problem;
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Reading(new LearnerProgress(learnerId), null, true);
      }
      if (Files.isDirectory(file)) {
        problem = "a directory is where the file should be";
      } else if (!Files.isRegularFile(file)) {
        problem = "it is not a regular file";
      } else {
        return adopt(ProgressJson.read(readBounded()), learnerId);
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

  /** A file that names another learner was copied by hand: its name decides whose progress it is. */
  private Reading adopt(LearnerProgress read, String learnerId) {
    if (read.learnerId().equals(learnerId)) {
      return new Reading(read, null, true);
    }
    String warning = file + " says it holds the progress of \"" + read.learnerId() + "\"; it is used as the progress"
        + " of \"" + learnerId + "\"";
    return new Reading(new LearnerProgress(learnerId, read.lessons()), warning, true);
  }

  private byte[] readBounded() throws IOException, CorruptProgressException {
    String tooLarge = "it is larger than " + (MAX_BYTES >> 20) + " MiB, far more than any progress needs";
    if (Files.size(file) > MAX_BYTES) {
      throw new CorruptProgressException(tooLarge);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new CorruptProgressException(tooLarge);
      }
      return bytes;
    }
  }

  private Reading setAside(String learnerId, String problem) {
    LearnerProgress fresh = new LearnerProgress(learnerId);
    try {
      Path aside = moveAside();
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
    String base = file.getFileName() + ".corrupt-" + Stamp.FORMAT.format(clock.instant());
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

  /** Replaces the file's contents atomically. */
  void write(LearnerProgress progress) throws IOException {
    AtomicWrite.replace(file, ProgressJson.write(progress));
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
