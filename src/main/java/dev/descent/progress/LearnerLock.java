package dev.descent.progress;

import dev.descent.files.FileKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive right to read and write one learner's progress file, held against other processes (a lock
 * on a {@code .lock} file beside it) and other threads of this one (file locks are per process).
 */
final class LearnerLock implements AutoCloseable {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
  private static final long POLL_MILLIS = 20;

  private final ReentrantLock threads;
  private final FileChannel channel;
  private final FileLock lock;

  private LearnerLock(ReentrantLock threads, FileChannel channel, FileLock lock) {
    this.threads = threads;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Waits up to {@code timeout} for the lock on {@code lockFile}, creating the file if needed; the file is
   * never deleted, since deleting a lock file lets two processes lock two different files.
   */
  static LearnerLock acquire(Path lockFile, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    // putIfAbsent rather than computeIfAbsent with a lambda: this runs before a returning learner's lesson list
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock threads = IN_PROCESS.get(key);
    if (threads == null) {
      ReentrantLock fresh = new ReentrantLock();
      threads = IN_PROCESS.putIfAbsent(key, fresh);
      if (threads == null) {
        threads = fresh;
      }
    }
    try {
      if (!threads.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new IOException("another thread kept " + lockFile + " locked for " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + lockFile);
    }
    FileChannel channel = null;
    try {
      // Opening a FIFO would wait for a reader, and a link would lead out of the data folder: only a
      // regular file, or none yet, is opened, and never through a link.
      FileKind kind = FileKind.itself(lockFile);
      if (kind != FileKind.MISSING && kind != FileKind.REGULAR) {
        throw new IOException(lockFile + " is " + kind.words() + ", not a lock file"
            + (kind == FileKind.LINK ? " (descent follows no link in its data folder)" : ""));
      }
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      FileLock lock;
      while ((lock = channel.tryLock()) == null) {
        if (System.nanoTime() > deadline) {
          throw new IOException("another descent session kept " + lockFile + " locked for "
              + timeout.toSeconds() + " s");
        }
        Thread.sleep(POLL_MILLIS);
      }
      return new LearnerLock(threads, channel, lock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(channel);
      threads.unlock();
      throw new InterruptedIOException("interrupted while waiting for " + lockFile);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      threads.unlock();
      throw e;
    }
  }

  /** Releases the lock; closing the channel releases it even when the release itself fails. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases the lock as well.
    } finally {
      closeQuietly(channel);
      threads.unlock();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // The operating system drops the lock with the descriptor at the latest when the process ends.
      }
    }
  }
}
