package dev.descent.progress;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learners' progress files under a data directory, one per learner in {@code learners/}: loading never
 * loses a file, and saving is atomic and merges what other sessions of the same learner saved meanwhile.
 */
public final class ProgressStore {
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  private final Path learnersDir;
  private final Clock clock;
  /** Per learner, the version of the file that this store last read or wrote whole. */
  private final Map<String, ProgressFile.Stamp> known = new ConcurrentHashMap<>();

  private ProgressStore(Path dataDir, Clock clock) {
    this.learnersDir = dataDir.resolve("learners");
    this.clock = clock;
  }

  /** The store under a data directory (see {@link DataDirectory}); nothing is created until a save. */
  public static ProgressStore open(Path dataDir) {
    return open(dataDir, Clock.systemUTC());
  }

  /** The store with a clock that dates the names of set-aside files. */
  static ProgressStore open(Path dataDir, Clock clock) {
    return new ProgressStore(dataDir, clock);
  }

  /** The file that holds a learner's progress. */
  public Path fileOf(String learnerId) {
    return learnersDir.resolve(Learners.fileName(learnerId));
  }

  /**
   * A learner's progress: fresh when there is no file; when the file cannot be used it is set aside and a
   * warning says where, and if it cannot even be set aside the progress comes back not {@link
   * LearnerProgress#savable}. Never throws for anything found on disk.
   */
  public LoadResult load(String learnerId) {
    if (FileKind.itself(learnersDir) == FileKind.LINK) {
      // Nothing is read or written through it; anything else in the folder's place fails each save,
      // which says why, and saving works again once the folder is put right.
      LearnerProgress fresh = new LearnerProgress(learnerId);
      fresh.disableSaving();
      return new LoadResult(fresh, List.of(folderProblem() + ", so progress starts afresh and cannot be saved"));
    }
    ProgressFile file = new ProgressFile(fileOf(learnerId), clock);
    // A file that reads cleanly needs no lock: every save renames a whole file into place, and the stamps
    // taken before and after say whether one did meanwhile. The lock (a file created and locked), and the
    // removal of a crashed save's leftovers under it, cost a returning learner's lesson list ~1.5 ms of its
    // first frame; only a file that must be set aside waits for it here, and saves take it anyway.
    ProgressFile.Stamp seen = file.stamp();
    ProgressFile.Reading reading = file.readIfClean(learnerId);
    if (reading != null) {
      remember(learnerId, reading.warning() == null && seen != null && seen.equals(file.stamp()) ? seen : null);
      return result(reading);
    }
    LearnerLock lock = null;
    if (Files.exists(learnersDir)) {
      try {
        lock = LearnerLock.acquire(file.lockFile(), LOCK_TIMEOUT);
        AtomicWrite.removeLeftovers(fileOf(learnerId));
      } catch (IOException e) {
        // Reading is safe without the lock, since every save renames a whole file into place; if saving
        // fails for the same reason, the save says so (once) when it happens.
      }
    }
    try {
      ProgressFile.Stamp before = file.stamp();
      reading = file.read(learnerId);
      remember(learnerId, reading.warning() == null && before != null && before.equals(file.stamp()) ? before : null);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
    return result(reading);
  }

  private static LoadResult result(ProgressFile.Reading reading) {
    List<String> warnings = new ArrayList<>();
    if (reading.warning() != null) {
      warnings.add(reading.warning());
    }
    if (!reading.overwritable()) {
      reading.progress().disableSaving();
    }
    return new LoadResult(reading.progress(), warnings);
  }

  private void remember(String learnerId, ProgressFile.Stamp stamp) {
    if (stamp == null) {
      known.remove(learnerId);
    } else {
      known.put(learnerId, stamp);
    }
  }

  /**
   * Why the learners' folder cannot hold progress, or null when it can (or is not there yet): descent
   * follows no link in its data folder, so a link there, or anything else that is not a folder, is refused.
   */
  private String folderProblem() {
    FileKind kind = FileKind.itself(learnersDir);
    if (kind == FileKind.MISSING || kind == FileKind.FOLDER || kind == FileKind.UNREADABLE) {
      return null; // a save says why it cannot create or use the folder, if it cannot
    }
    return learnersDir + " is " + kind.words() + ", not a folder"
        + (kind == FileKind.LINK ? " (descent follows no link in its data folder)" : "");
  }

  /**
   * Saves a learner's progress atomically, first merging in what other sessions saved since (see the
   * package documentation), so that afterwards {@code progress} holds both; does nothing when the progress
   * is not {@link LearnerProgress#savable}. Returns warnings about a file found broken and set aside, usually
   * none.
   *
   * @throws DescentException naming the file when it cannot be written
   */
  public List<String> save(LearnerProgress progress) {
    if (!progress.savable()) {
      return List.of();
    }
    Path path = fileOf(progress.learnerId());
    ProgressFile file = new ProgressFile(path, clock);
    String folder = folderProblem();
    if (folder != null) {
      throw new DescentException("could not save progress to " + path + ": " + folder);
    }
    try {
      Files.createDirectories(learnersDir);
      try (LearnerLock lock = LearnerLock.acquire(file.lockFile(), LOCK_TIMEOUT)) {
        AtomicWrite.removeLeftovers(path);
        ProgressFile.Stamp now = file.stamp();
        // The file this store wrote last is already in memory; only another session's save needs merging.
        boolean ours = now != null && now.equals(known.get(progress.learnerId()));
        ProgressFile.Reading disk = ours ? new ProgressFile.Reading(progress, null, true)
            : file.read(progress.learnerId());
        if (!disk.overwritable()) {
          progress.disableSaving();
          throw new DescentException("progress not saved: " + disk.warning());
        }
        if (!ours) {
          progress.absorb(disk.progress());
        }
        String trimmed = file.write(progress);
        remember(progress.learnerId(), file.stamp());
        List<String> warnings = new ArrayList<>();
        if (disk.warning() != null) {
          warnings.add(disk.warning());
        }
        if (trimmed != null) {
          warnings.add(trimmed);
        }
        return warnings;
      }
    } catch (IOException e) {
      throw new DescentException("could not save progress to " + path + ": " + ProgressFile.describe(e), e);
    }
  }
}
