package dev.descent.progress;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces a file's contents so that a crash at any moment leaves the old file or the new one, never a
 * mix: the bytes go to a temporary file beside it, reach the disk, and are renamed over it.
 */
final class AtomicWrite {
  private static final String TEMP_MARK = ".tmp-";
  /** Made when a file is first written: setting up a SecureRandom (~20 ms) would delay the lesson list. */
  private static final class Random {
    static final SecureRandom SOURCE = new SecureRandom();
  }

  private AtomicWrite() {}

  /** Writes the contents. */
  @FunctionalInterface
  interface Contents {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code file} atomically and durably; its directory must exist. */
  static void replace(Path file, byte[] bytes) throws IOException {
    replace(file, out -> out.write(bytes));
  }

  /** Writes {@code contents} to {@code file} atomically and durably, as they are made; its directory must exist. */
  static void replace(Path file, Contents contents) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = file.resolveSibling(file.getFileName() + TEMP_MARK + randomHex());
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        contents.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    }
    forceDirectory(dir);
  }

  /**
   * Deletes temporary files that a killed {@link #replace} of {@code file} left behind; call it only while
   * holding the file's lock, so that no save is under way. Failures are ignored: a leftover is harmless.
   */
  static void removeLeftovers(Path file) {
    Leftover leftover = new Leftover(file.getFileName() + TEMP_MARK);
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(file.toAbsolutePath().getParent(), leftover)) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      // Nothing is lost: the next save tries again, and a leftover is never read.
    }
  }

  /**
   * A temporary file a killed save left beside {@code file}; a class rather than a lambda, since this runs
   * on every save, and a lambda spun there costs milliseconds.
   */
  private static final class Leftover implements DirectoryStream.Filter<Path> {
    private final String prefix;

    Leftover(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public boolean accept(Path p) {
      String name = p.getFileName().toString();
      return name.startsWith(prefix) && tempSuffix(name.substring(prefix.length()));
    }
  }

  /** Makes the rename itself durable; Windows refuses to open a directory, and there the move is enough. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // Platforms that cannot sync a directory make renames durable in their own way.
    }
  }

  /**
   * True for what {@link #randomHex} makes, {@code [0-9a-f]{16}}, checked by hand so that loading
   * progress compiles no regular expression ({@code AtomicSaveTest} holds the two to each other).
   */
  static boolean tempSuffix(String s) {
    if (s.length() != 16) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static String randomHex() {
    byte[] bytes = new byte[8];
    Random.SOURCE.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
