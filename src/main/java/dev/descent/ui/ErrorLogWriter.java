package dev.descent.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * Appends an unexpected error's stack trace to {@code descent-errors.log} in the data directory.
 * A stand-in with the same shape as the progress store's {@code ErrorLog.write}; once that lands,
 * {@link #write} should call it and this body can go.
 */
public final class ErrorLogWriter {
  /** The log's file name in the data directory. */
  public static final String FILE = "descent-errors.log";

  private ErrorLogWriter() {}

  /**
   * Writes {@code t} with what was being done to the log and returns the log's path; never throws
   * (when the data directory cannot be written, the log goes to the temporary directory).
   */
  public static Path write(Path dataDir, Throwable t, String context) {
    StringWriter trace = new StringWriter();
    PrintWriter p = new PrintWriter(trace);
    p.println("--- " + OffsetDateTime.now() + " while " + context);
    t.printStackTrace(p);
    p.flush();
    for (Path dir : new Path[] {dataDir, Path.of(System.getProperty("java.io.tmpdir"))}) {
      if (dir == null) {
        continue;
      }
      Path log = dir.resolve(FILE);
      try {
        Files.createDirectories(dir);
        Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        return log;
      } catch (IOException | RuntimeException e) {
        // try the next place
      }
    }
    return Path.of(System.getProperty("java.io.tmpdir")).resolve(FILE);
  }
}
