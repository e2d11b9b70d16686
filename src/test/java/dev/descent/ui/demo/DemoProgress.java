package dev.descent.ui.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The demo course's progress as flat keys ("learner/lesson/question/attempts"), kept in memory and,
 * when a directory is given, in {@code demo-progress.properties} there, replaced atomically.
 */
final class DemoProgress {
  static final String FILE = "demo-progress.properties";

  private final Properties values = new Properties();
  private final Path file;

  DemoProgress(Path dir) {
    this.file = dir == null ? null : dir.resolve(FILE);
    if (file != null && Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        values.load(r);
      } catch (IOException | IllegalArgumentException e) {
        values.clear();
      }
    }
  }

  synchronized String get(String key, String otherwise) {
    return values.getProperty(key, otherwise);
  }

  synchronized int number(String key) {
    try {
      return Integer.parseInt(values.getProperty(key, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  synchronized void put(String key, Object value) {
    values.setProperty(key, String.valueOf(value));
  }

  synchronized void save() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        values.store(w, "descent demo course progress");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not save progress to " + file, e);
    }
  }
}
