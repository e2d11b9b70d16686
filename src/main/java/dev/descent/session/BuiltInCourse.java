package dev.descent.session;

import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Packed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The course built into descent, as the build's index ({@code course/index.txt}, written by
 * {@link CourseIndex}) lists it: each file with its id and kind, so that neither a scan of the jar nor
 * a glance into every file is needed to find one set. The files are {@link Packed} with descent.
 */
final class BuiltInCourse {
  private static final String INDEX = "course/index.txt";

  private BuiltInCourse() {}

  /** The files the index lists, in course order; null when descent was built without an index. */
  static List<CourseFile> files() {
    String index;
    try (InputStream in = Packed.open(INDEX)) {
      if (in == null) {
        return null;
      }
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    List<CourseFile> out = new ArrayList<>();
    for (String line : index.split("\n")) {
      String[] cols = line.strip().split("\t");
      if (cols.length != 3) {
        continue; // a blank line; the build writes no other kind
      }
      String name = "course/" + cols[0];
      CourseFile.Head head = new CourseFile.Head(cols[1], cols[2].equals("exercises"));
      out.add(new CourseFile(name, () -> {
        InputStream in = Packed.open(name);
        if (in == null) {
          throw new IOException("the built-in course lists " + name + " but does not hold it");
        }
        return in;
      }, head));
    }
    return out;
  }
}
