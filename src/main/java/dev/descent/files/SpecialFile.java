package dev.descent.files;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a FIFO or a device for reading without waiting for ever: opening a FIFO waits until a program
 * opens it for writing, so the open runs on a helper thread, and when no writer comes within
 * {@link #WAIT} it is given up with a message (and the helper thread freed by opening the FIFO for
 * writing once). A pipe that already has its writer ({@code <(...)}, {@code /dev/stdin}) opens at once.
 */
public final class SpecialFile {
  /** How long a FIFO may wait for its writer. */
  public static final Duration WAIT = Duration.ofSeconds(3);

  private SpecialFile() {}

  /**
   * A stream of {@code path}, opened within {@link #WAIT}.
   *
   * @throws IOException when it cannot be opened, or no program writes to it in time
   */
  public static InputStream open(Path path) throws IOException {
    FutureTask<FileInputStream> opening = new FutureTask<>(() -> new FileInputStream(path.toFile()));
    Thread opener = new Thread(opening, "descent: open " + path.getFileName());
    opener.setDaemon(true);
    opener.start();
    try {
      return opening.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      release(path, opening);
      throw new IOException("no program opened it for writing within " + WAIT.toSeconds() + " seconds (it is "
          + FileKind.FIFO.words() + "; start the program that writes to it first)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while opening " + path);
    }
  }

  /** Lets the waiting open finish by becoming its writer for a moment, then closes both ends. */
  private static void release(Path path, FutureTask<FileInputStream> opening) {
    if (FileKind.of(path) != FileKind.FIFO) {
      return;
    }
    try (FileOutputStream writer = new FileOutputStream(path.toFile())) {
      opening.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).close();
    } catch (IOException | ExecutionException | TimeoutException e) {
      // The helper thread is a daemon; at worst it waits until the process ends.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
