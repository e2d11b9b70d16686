package dev.descent.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path is, read from its attributes without opening it (opening a FIFO may block). */
public enum FileKind {
  REGULAR("a regular file"),
  FOLDER("a folder"),
  /** A symbolic link, when links are not followed. */
  LINK("a symbolic link"),
  /** A symbolic link whose target does not exist. */
  DANGLING_LINK("a symbolic link to a file that does not exist"),
  LINK_LOOP("a loop of symbolic links"),
  FIFO("a FIFO (a named pipe)"),
  CHARACTER_DEVICE("a character device"),
  BLOCK_DEVICE("a block device"),
  SOCKET("a socket"),
  /** Something else the platform does not name. */
  OTHER("not a regular file"),
  /** Nothing is there. */
  MISSING("not there"),
  /** Its attributes cannot be read, most often for want of permission. */
  UNREADABLE("not readable");

  // File-type bits of st_mode (POSIX), as the "unix:mode" attribute gives them.
  private static final int TYPE_MASK = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  private final String words;

  FileKind(String words) {
    this.words = words;
  }

  /** What it is in words, such as "a FIFO (a named pipe)", to follow "is". */
  public String words() {
    return words;
  }

  /** What {@code path} is, following symbolic links. */
  public static FileKind of(Path path) {
    return of(path, true);
  }

  /** What {@code path} is itself: a symbolic link is {@link #LINK}. */
  public static FileKind itself(Path path) {
    return of(path, false);
  }

  private static FileKind of(Path path, boolean follow) {
    LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(path, BasicFileAttributes.class, options);
    } catch (NoSuchFileException e) {
      return follow && Files.isSymbolicLink(path) ? DANGLING_LINK : MISSING;
    } catch (AccessDeniedException e) {
      return UNREADABLE;
    } catch (FileSystemException e) {
      // ELOOP: following the link leads back to itself (its message is in the locale's language);
      // otherwise, such as ENOTDIR (a file where a folder of the path should be), nothing is there.
      return follow && Files.isSymbolicLink(path) ? LINK_LOOP : MISSING;
    } catch (IOException | SecurityException e) {
      return UNREADABLE;
    }
    if (a.isRegularFile()) {
      return REGULAR;
    }
    if (a.isDirectory()) {
      return FOLDER;
    }
    if (a.isSymbolicLink()) {
      return LINK;
    }
    return special(path, options);
  }

  private static FileKind special(Path path, LinkOption[] options) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode", options) & TYPE_MASK;
      switch (mode) {
        case S_IFIFO: return FIFO;
        case S_IFCHR: return CHARACTER_DEVICE;
        case S_IFBLK: return BLOCK_DEVICE;
        case S_IFSOCK: return SOCKET;
        default: return OTHER;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
        | SecurityException e) {
      return OTHER;
    }
  }

  /** True for what can be read as a stream of bytes: a regular file, a FIFO or a character device. */
  public boolean readable() {
    return this == REGULAR || this == FIFO || this == CHARACTER_DEVICE;
  }
}
