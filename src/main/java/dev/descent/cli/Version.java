package dev.descent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build wrote into the jar, read without loading picocli. */
final class Version {
  private Version() {}

  /** The line {@code --version} prints. */
  static String line() {
    Properties p = new Properties();
    try (InputStream in = dev.descent.lesson.Packed.open("descent-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return "descent " + p.getProperty("version", "(unknown version)");
  }
}
