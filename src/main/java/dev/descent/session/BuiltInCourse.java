package dev.descent.session;

import dev.descent.course.LessonInfo;
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
 * a glance into every file is needed to find one set, and each lesson's listing (title, summary, page
 * count, question keys), so that the lesson list shows without a lesson being loaded. The files are
 * {@link Packed} with descent.
 */
final class BuiltInCourse {
  private static final String INDEX = "course/index.txt";

  /**
   * A lesson as the index lists it: what the lesson list shows, and the keys of the questions it counts,
   * joined by commas as the index holds them (split only for a lesson the learner has a record of).
   */
  record Listing(LessonInfo info, String joinedKeys) {
    /** The keys of the lesson's questions. */
    List<String> keys() {
      return joinedKeys.isEmpty() ? List.of() : List.of(joinedKeys.split(","));
    }

    /** How many keys {@code joined} holds. */
    static int count(String joined) {
      if (joined.isEmpty()) {
        return 0;
      }
      int n = 1;
      for (int i = joined.indexOf(','); i >= 0; i = joined.indexOf(',', i + 1)) {
        n++;
      }
      return n;
    }
  }

  private BuiltInCourse() {}

  /** The files the index lists, in course order; null when descent was built without an index. */
  static List<CourseFile> files() {
    List<String[]> index = index();
    if (index == null) {
      return null;
    }
    List<CourseFile> out = new ArrayList<>();
    for (String[] cols : index) {
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

  /** Every file's listing, in course order; null when the index lacks one (or is missing). */
  static List<Listing> listings() {
    List<String[]> index = index();
    if (index == null) {
      return null;
    }
    List<Listing> out = new ArrayList<>();
    for (String[] cols : index) {
      if (cols.length != 7) {
        return null;
      }
      LessonInfo info = new LessonInfo(cols[1], unescape(cols[5]), unescape(cols[6]), cols[2].equals("exercises"),
          Integer.parseInt(cols[3]), Listing.count(cols[4]));
      out.add(new Listing(info, cols[4]));
    }
    return out;
  }

  /**
   * The index's lines split at tabs, blank lines left out; null when there is no index. One pass over the
   * bytes, each field decoded on its own: the lesson list's first frame waits for this, and splitting the
   * decoded text line by line and then at tabs took about twice as long in the interpreter.
   */
  private static List<String[]> index() {
    byte[] bytes;
    try (InputStream in = Packed.open(INDEX)) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    List<String[]> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      byte b = i < bytes.length ? bytes[i] : (byte) '\n';
      if (b == '\t' || b == '\n') {
        fields.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
        if (b == '\n') {
          if (fields.size() >= 3) {
            out.add(fields.toArray(new String[0])); // a blank line is the only other kind the build writes
          }
          fields.clear();
        }
      }
    }
    return out;
  }

  /** The text {@link CourseIndex#escape} wrote. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
