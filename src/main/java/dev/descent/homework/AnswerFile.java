package dev.descent.homework;

import dev.descent.lesson.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer file as written, before grading: the header lines naming the set, the student and
 * optionally their name, then one entry per answer line ({@code p1.grad = 12}) with the lines written
 * under it (a table's rows), and notes on lines that are not understood. Reading knows the syntax
 * only; whether an id is a question of the set is for {@link Grader}.
 *
 * <p>The syntax: blank lines are ignored; {@code #} starts a comment that runs to the end of the line;
 * a header is {@code set: ID}, {@code student: ID}, {@code name: TEXT} or {@code course: FILE} (where a set that
 * is not built into descent came from, see {@link SetOrigin}); an answer is a question id
 * ({@code problem.question}), {@code =} or {@code :}, and the answer (empty when not yet answered);
 * any other line belongs to the answer above it (the rows of a table, {@code 1: 0.2, 2.62}).
 */
public record AnswerFile(Field set, Field student, Field name, Field course, List<Entry> entries, List<Note> notes) {

  public AnswerFile {
    entries = List.copyOf(entries);
    notes = List.copyOf(notes);
  }

  /** A header line's value and where it is; the line is 0 and the value empty when there is none. */
  public record Field(int line, String value) {
    static final Field NONE = new Field(0, "");

    /** True when the file has this header with a value. */
    public boolean present() {
      return !value.isEmpty();
    }
  }

  /** One answer line: the question id, its line, the answer written after the separator, and the lines under it. */
  public record Entry(String key, int line, String value, List<Line> below) {
    public Entry {
      below = List.copyOf(below);
    }
  }

  /** A line of the file and its text, comment removed. */
  public record Line(int line, String text) {}

  /** Reads the lines of an answer file; never fails, whatever the lines hold. */
  public static AnswerFile parse(AnswerText.Lines text) {
    List<Note> notes = new ArrayList<>(text.notes());
    Field[] headers = {Field.NONE, Field.NONE, Field.NONE, Field.NONE};
    List<Entry> entries = new ArrayList<>();
    String key = null;
    int keyLine = 0;
    String value = null;
    List<Line> below = new ArrayList<>();
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      String line = withoutComment(lines.get(i));
      if (line == null || line.isBlank()) {
        continue;
      }
      String[] h = AnswerLine.header(line);
      String[] a = h == null ? AnswerLine.answer(line) : null;
      if (h != null || a != null) {
        if (key != null) {
          entries.add(new Entry(key, keyLine, value, below));
          key = null;
          below = new ArrayList<>();
        }
        if (h != null) {
          header(headers, h[0], new Field(n, h[1].strip()), notes);
        } else {
          key = a[0];
          keyLine = n;
          value = a[1].strip();
        }
      } else if (key != null && AnswerLine.withoutSeparator(line) == null) {
        below.add(new Line(n, line));
      } else {
        if (key != null) {
          entries.add(new Entry(key, keyLine, value, below));
          key = null;
          below = new ArrayList<>();
        }
        notes.add(new Note(n, notAnswer(line)));
      }
    }
    if (key != null) {
      entries.add(new Entry(key, keyLine, value, below));
    }
    return new AnswerFile(headers[0], headers[1], headers[2], headers[3], entries, notes);
  }

  /** What to say about a line that is neither a header nor an answer nor under one. */
  static String notAnswer(String line) {
    String[] m = AnswerLine.withoutSeparator(line);
    if (m != null) {
      return "put '=' between the question id and the answer: " + m[0] + " = " + shorten(m[1]);
    }
    String word = AnswerLine.wordField(line);
    if (word != null) {
      String near = Suggest.closest(word, List.of("set", "student", "name", "course"));
      if (near != null) {
        return "'" + word + "' is not a header; did you mean '" + near + ":'?";
      }
    }
    return "'" + shorten(line.strip()) + "' is not an answer; write the question id, '=' and the answer, "
        + "such as p1.grad = 0.5";
  }

  private static void header(Field[] headers, String which, Field f, List<Note> notes) {
    int i = which.equals("set") ? 0 : which.equals("student") ? 1 : which.equals("name") ? 2 : 3;
    Field earlier = headers[i];
    if (!earlier.present()) {
      headers[i] = f;
    } else if (!earlier.value().equals(f.value())) {
      notes.add(new Note(f.line(), "a second '" + which + "' line; the first, on line " + earlier.line() + " ("
          + shorten(earlier.value()) + "), counts"));
    }
  }

  /** The line without its comment (from {@code #} on); null stays null. */
  static String withoutComment(String line) {
    if (line == null) {
      return null;
    }
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** {@code text} cut to 40 characters for a message. */
  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
