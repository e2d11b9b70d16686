package dev.descent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Every {@code @TempDir} of the tests, in memory where the machine has a memory file system
 * ({@code /dev/shm}), else where Java puts temporary files. descent waits for the disk on every save
 * of progress (the file, then its folder), as it must; on a memory file system that wait is nothing,
 * so the tests run the same code without spending most of their time on it. Chosen for every test by
 * {@code junit-platform.properties}.
 */
public final class MemoryTempDirs implements TempDirFactory {
  private static final Path MEMORY = Path.of("/dev/shm");

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
    if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)) {
      return Files.createTempDirectory(MEMORY, "descent-test-");
    }
    return Files.createTempDirectory("descent-test-");
  }
}
