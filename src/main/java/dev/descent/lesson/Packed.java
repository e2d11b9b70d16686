package dev.descent.lesson;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files packed with descent's classes — the built-in course, its index, the version — read
 * straight from descent's jar or from the build's classes folder. A {@link ZipFile} of the jar shares
 * the table of entries the JDK read when it started, which makes this several milliseconds quicker
 * than the class loader's resource URLs, whose machinery a quick command would otherwise set up for
 * one small file. When the classes come from anywhere else, the class loader serves.
 */
public final class Packed {
  /** Where the files are read from. */
  private interface Source {
    InputStream open(String name) throws IOException;
  }

  private static final class Holder {
    static final Source SOURCE = source();
  }

  private Packed() {}

  /**
   * The bytes of {@code name}, a path from the root of the jar such as {@code course/index.txt}; null
   * when there is no such file.
   */
  public static InputStream open(String name) throws IOException {
    return Holder.SOURCE.open(name);
  }

  // Classes rather than lambdas: the lesson list's first frame reads the course index through these,
  // and the first lambda a JVM links costs it several milliseconds.

  /** The course as files in a folder, as when running from the build's classes. */
  private record Folder(File where) implements Source {
    @Override
    public InputStream open(String name) throws IOException {
      File f = new File(where, name);
      return f.isFile() ? new FileInputStream(f) : null;
    }
  }

  /** The course inside descent's jar. */
  private record Jar(ZipFile jar) implements Source {
    @Override
    public InputStream open(String name) throws IOException {
      ZipEntry e = jar.getEntry(name);
      return e == null ? null : jar.getInputStream(e);
    }
  }

  private static Source source() {
    try {
      CodeSource code = Packed.class.getProtectionDomain().getCodeSource();
      URL location = code == null ? null : code.getLocation();
      if (location != null && "file".equals(location.getProtocol())) {
        File where = new File(location.toURI());
        if (where.isDirectory()) {
          return new Folder(where);
        }
        if (where.isFile()) {
          return new Jar(new ZipFile(where)); // open for the life of the process, like the class loader's own
        }
      }
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      // the class loader below still finds them
    }
    return name -> Packed.class.getResourceAsStream("/" + name);
  }
}
