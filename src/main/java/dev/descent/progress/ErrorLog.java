package dev.descent.progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The file where descent writes the stack traces of its own bugs, so that none reaches the learner's screen. */
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
      if (Files.isRegularFile(log) && Files.size(log) > MAX_BYTES) {
        Files.move(log, dataDir.resolve(NAME + ".old"), StandardCopyOption.REPLACE_EXISTING);
      }
      StringWriter entry = new StringWriter();
      try (PrintWriter out = new PrintWriter(entry)) {
        out.println("=== " + Instant.now() + "  " + context);
        t.printStackTrace(out);
        out.println();
      }
      Files.writeString(log, entry.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return log;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
