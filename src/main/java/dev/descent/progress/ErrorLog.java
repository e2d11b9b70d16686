package dev.descent.progress;

import dev.descent.render.Visible;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * The file where descent writes the stack traces of its own bugs, so that none reaches the learner's
 * screen. It is written only as a regular file of the data directory: a link, a FIFO or a device in its
 * place is left alone (and nothing is logged), and what it holds is shown as {@link Visible#lines} shows
 * it, so that reading it in a terminal is safe.
 */
public final class ErrorLog {
  /** The log's name in the data directory. */
  public static final String NAME = "descent-errors.log";

  /** A log larger than this is renamed to {@code descent-errors.log.old} before the next entry. */
  static final long MAX_BYTES = 1 << 20;

  private ErrorLog() {}

  /**
   * Appends a dated entry with what descent was doing and the stack trace to the log in {@code dataDir},
   * creating directories as needed; returns the log's path, or null when it could not be written. Never
   * throws.
   */
  public static Path write(Path dataDir, Throwable t, String context) {
    try {
      Files.createDirectories(dataDir);
      Path log = dataDir.resolve(NAME);
      BasicFileAttributes attrs = attributes(log);
      if (attrs != null && !attrs.isRegularFile()) {
        return null;
      }
      if (attrs != null && attrs.size() > MAX_BYTES) {
        Files.move(log, dataDir.resolve(NAME + ".old"), StandardCopyOption.REPLACE_EXISTING);
      }
      StringWriter entry = new StringWriter();
      try (PrintWriter out = new PrintWriter(entry)) {
        out.println("=== " + Instant.now() + "  " + context);
        t.printStackTrace(out);
        out.println();
      }
      try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        out.write(Visible.lines(entry.toString()).getBytes(StandardCharsets.UTF_8));
      }
      return log;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null;
    }
  }

  /** The file's own attributes (a link is not followed), or null when there is none. */
  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
