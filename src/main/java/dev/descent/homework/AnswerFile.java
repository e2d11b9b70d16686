package dev.descent.homework;

import dev.descent.lesson.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer file as written, before grading: the header lines naming the set, the student and
 * optionally their name, then one entry per answer line ({@code p1.grad = 12}) with the lines written
 * under it (a table's rows), and notes on lines that are not understood. Reading knows the syntax
 * only; whether an id is a question of the set is for {@link Grader}.
 *
 * <p>The syntax: blank lines are ignored; {@code #} starts a comment that runs to the end of the line;
 * a header is {@code set: ID}, {@code student: ID} or {@code name: TEXT}; an answer is a question id
 * ({@code problem.question}), {@code =} or {@code :}, and the answer (empty when not yet answered);
 * any other line belongs to the answer above it (the rows of a table, {@code 1: 0.2, 2.62}).
 */
public record AnswerFile(Field set, Field student, Field name, List<Entry> entries, List<Note> notes) {

  private static final Pattern HEADER = Pattern.compile("\\s*(set|student|name)\\s*[:=]\\s*(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final String ID = "[\\p{L}\\p{N}_-]+";
  private static final Pattern ANSWER = Pattern.compile("\\s*(" + ID + "(?:\\." + ID + ")+)\\s*[:=]\\s*(.*)");
  /** A question id and an answer without '=' between them; ids start with a letter, so table rows never match. */
  private static final Pattern NO_SEPARATOR = Pattern.compile("\\s*(\\p{L}" + ID.replace("+", "*") + "\\." + ID
      + ")\\s+(\\S.*)");
  private static final Pattern WORD_FIELD = Pattern.compile("\\s*(\\p{L}+)\\s*[:=].*");

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
    Field[] headers = {Field.NONE, Field.NONE, Field.NONE};
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
      Matcher h = HEADER.matcher(line);
      Matcher a = ANSWER.matcher(line);
      if (h.matches() || a.matches()) {
        if (key != null) {
          entries.add(new Entry(key, keyLine, value, below));
          key = null;
          below = new ArrayList<>();
        }
        if (h.matches()) {
          header(headers, h.group(1).toLowerCase(Locale.ROOT), new Field(n, h.group(2).strip()), notes);
        } else {
          key = a.group(1);
          keyLine = n;
          value = a.group(2).strip();
        }
      } else if (key != null && !NO_SEPARATOR.matcher(line).matches()) {
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
    return new AnswerFile(headers[0], headers[1], headers[2], entries, notes);
  }

  /** What to say about a line that is neither a header nor an answer nor under one. */
  static String notAnswer(String line) {
    Matcher m = NO_SEPARATOR.matcher(line);
    if (m.matches()) {
      return "put '=' between the question id and the answer: " + m.group(1) + " = " + shorten(m.group(2));
    }
    Matcher w = WORD_FIELD.matcher(line);
    if (w.matches()) {
      String near = Suggest.closest(w.group(1), List.of("set", "student", "name"));
      if (near != null) {
        return "'" + w.group(1) + "' is not a header; did you mean '" + near + ":'?";
      }
    }
    return "'" + shorten(line.strip()) + "' is not an answer; write the question id, '=' and the answer, "
        + "such as p1.grad = 0.5";
  }

  private static void header(Field[] headers, String which, Field f, List<Note> notes) {
    int i = which.equals("set") ? 0 : which.equals("student") ? 1 : 2;
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
