package dev.descent.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lesson or exercise file wherever it is kept — a file on disk, or an entry of descent's own jar —
 * with the name messages print for it. Equal only to itself: a plain class rather than a record,
 * since a record's first hash code costs start-up time that the quick commands notice.
 */
public final class CourseFile {
  private final String shown;
  private final Opener opener;
  private final Head known;

  public CourseFile(String shown, Opener opener) {
    this(shown, opener, null);
  }

  /** A file whose id and kind are known beforehand, as the build's index of the built-in course says. */
  public CourseFile(String shown, Opener opener, Head known) {
    this.shown = shown;
    this.opener = opener;
    this.known = known;
  }

  /**
   * A file's id and whether it is an exercise set, known without loading it; an unreadable file has the
   * id "".
   */
  public record Head(String id, boolean exercises) {}

  /** Its id and kind: those known beforehand, or else a glance at the start of the file. */
  public Head head() {
    return known != null ? known : Glance.head(this);
  }

  /** The name messages print. */
  public String shown() {
    return shown;
  }

  /** How to open the bytes. */
  public Opener opener() {
    return opener;
  }

  @Override
  public String toString() {
    return shown;
  }

  /** Opens the file's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** A file on disk, printed as its path. */
  public static CourseFile of(Path p) {
    return new CourseFile(p.toString(), () -> {
      if (Files.isDirectory(p)) {
        throw new IOException("is a folder, not a lesson file");
      }
      return Files.newInputStream(p);
    });
  }

  /** Its bytes, refused past {@code limit} so that a huge file cannot exhaust memory. */
  public byte[] read(long limit) throws IOException {
    try (InputStream in = opener.open()) {
      byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > limit) {
        throw new TooLarge(limit);
      }
      return bytes;
    }
  }

  /** A file larger than the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the file is larger than " + limit + " bytes, the most a lesson file may be");
    }
  }
}
