package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.render.Visible;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A file name given on the command line, as a path, with a message that says why when it cannot be one. */
final class FileArgument {
  private FileArgument() {}

  /**
   * The path {@code text} names.
   *
   * @throws DescentException naming {@code option} (when not null) when it is not a file name here
   */
  static Path path(String option, String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new DescentException((option == null ? "" : option + ": ") + "'" + Visible.inline(text)
          + "' cannot be a file name here: " + why(e));
    }
  }

  /** Why a name is not a path: most often, characters that the locale's encoding cannot write. */
  static String why(InvalidPathException e) {
    String encoding = System.getProperty("sun.jnu.encoding", "");
    if (!TerminalCharset.isUtf8(encoding) && e.getReason() != null && e.getReason().contains("unmappable")) {
      return "this Java reads file names as " + encoding + " in the current locale, which has no such characters; "
          + "run descent through its launcher, or set a UTF-8 locale such as LC_ALL=C.UTF-8";
    }
    return e.getReason();
  }
}
