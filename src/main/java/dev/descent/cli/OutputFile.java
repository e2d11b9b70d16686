package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.render.Visible;
import dev.descent.render.VisibleWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file a command writes for the user (the gradebook of {@code grade --csv}, the answer file of
 * {@code homework --answers}): only ever a regular file. A symbolic link is followed to the file it
 * names, which is then replaced; a folder, a device, a FIFO or a socket is refused with a message and
 * left as it is. The text goes to a new file beside the target, reaches the disk and is renamed over
 * it, so that a reader never sees half of it; an existing file keeps its permissions (and, where this
 * process may set them, its owner and group).
 */
final class OutputFile {
  /** The most links followed before giving up, as the kernel does (ELOOP). */
  private static final int MAX_LINKS = 40;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes the contents. */
  @FunctionalInterface
  interface Contents {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Replaces {@code target} (or the file a link there names) with {@code contents}, as {@code what}
   * (such as "the gradebook") says in messages.
   *
   * @throws DescentException when the target is not a regular file or cannot be written
   */
  static void replace(Path target, String what, Contents contents) {
    Path file = resolved(target, what);
    PosixFileAttributes kept = refuseUnlessRegular(file, target, what);
    Path parent = file.toAbsolutePath().getParent();
    Path temp = parent.resolve("." + file.getFileName() + ".tmp-" + HexFormat.of().formatHex(randomBytes()));
    try {
      try (OutputStream bytes = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          Writer out = new VisibleWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false)) {
        contents.writeTo(out);
      }
      if (kept != null) {
        keep(kept, temp);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DescentException("cannot write " + what + " " + shown(target) + ": " + reason(e));
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // A leftover temporary file is harmless, and hidden.
      }
    }
  }

  /** Why {@code target} cannot be written to, or null when it is a regular file or not there yet; reads only. */
  static String refusal(Path target) {
    try {
      BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
      if (a.isDirectory()) {
        return "it is a folder";
      }
      if (!a.isRegularFile()) {
        return "it is not a regular file (a device, a FIFO or a socket); descent writes only regular files";
      }
      return null;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return reason(e);
    }
  }

  /** The path {@code target}'s links lead to (itself when it is no link), which may not exist yet. */
  private static Path resolved(Path target, String what) {
    Path p = target;
    try {
      for (int i = 0; i < MAX_LINKS; i++) {
        if (!Files.isSymbolicLink(p)) {
          return p;
        }
        Path link = Files.readSymbolicLink(p);
        Path dir = p.toAbsolutePath().getParent();
        p = dir == null ? link : dir.resolve(link);
      }
    } catch (IOException e) {
      throw new DescentException("cannot write " + what + " " + shown(target) + ": " + reason(e));
    }
    throw new DescentException("cannot write " + what + " " + shown(target) + ": it is a loop of symbolic links");
  }

  /** The attributes of the regular file there (null when there is none yet); anything else is refused. */
  private static PosixFileAttributes refuseUnlessRegular(Path file, Path target, String what) {
    String why = refusal(file);
    if (why != null) {
      throw new DescentException("cannot write " + what + " " + shown(target) + ": " + why);
    }
    try {
      return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** Gives the new file the old one's permissions, and its owner and group where that is allowed. */
  private static void keep(PosixFileAttributes old, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(old.permissions());
    // Only root may give a file away, and only to groups of its own may others; the permissions stay regardless.
    try {
      view.setOwner(old.owner());
    } catch (IOException | SecurityException e) {
      // kept as this process's
    }
    try {
      view.setGroup(old.group());
    } catch (IOException | SecurityException e) {
      // kept as this process's
    }
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String shown(Path p) {
    return Visible.inline(p.toString());
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
