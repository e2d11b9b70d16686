package dev.descent.homework;

import dev.descent.engine.DescentException;
import dev.descent.render.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A gradebook exported from a learning-management system as CSV, read to be filled with one assignment's
 * points and written back for import: Canvas's export (Student, ID, SIS User ID, SIS Login ID, Section, one
 * column per assignment named {@code Title (id)}, and a {@code Points Possible} row under the header) or
 * Moodle's (First name, Last name, ID number, Institution, Department, Email address, one column per grade
 * item). Rows and columns are kept as they are, in their order, with the file's separator (comma, semicolon or
 * tab) and byte-order mark; only the assignment's column changes, or is added at the end.
 */
public final class LmsExport {
  /** The largest export read: 16 MiB, a class of tens of thousands. */
  public static final int MAX_BYTES = 16 << 20;
  /** The most rows read. */
  public static final int MAX_ROWS = 100_000;
  /** The first cells of Canvas's rows under the header that are not students. */
  private static final List<String> CANVAS_INFO_ROWS = List.of("points possible", "manual posting");

  private final List<String> header;
  private final List<List<String>> rows;
  private final char separator;
  private final boolean bom;

  private LmsExport(List<String> header, List<List<String>> rows, char separator, boolean bom) {
    this.header = new ArrayList<>(header);
    this.rows = rows;
    this.separator = separator;
    this.bom = bom;
  }

  /** Which column of the export holds the id an answer file's {@code student:} line gives. */
  public enum Match {
    /** The e-mail address: Moodle's "Email address" (Canvas exports have none). */
    EMAIL("email", List.of("email address", "email", "e-mail address", "e-mail")),
    /** The login: Canvas's "SIS Login ID", Moodle's "Username". */
    LOGIN("login", List.of("sis login id", "username", "login id", "login")),
    /** The institution's student number: Canvas's "SIS User ID", Moodle's "ID number". */
    SIS_ID("sis-id", List.of("sis user id", "id number", "idnumber", "student id"));

    private final String word;
    private final List<String> columns;

    Match(String word, List<String> columns) {
      this.word = word;
      this.columns = columns;
    }

    /** The option's value for this key: email, login or sis-id. */
    public String word() {
      return word;
    }

    /**
     * The key {@code text} names.
     *
     * @throws DescentException when it is none of email, login and sis-id
     */
    public static Match parse(String text) {
      for (Match m : values()) {
        if (m.word.equalsIgnoreCase(text.strip())) {
          return m;
        }
      }
      throw new DescentException("--match takes email, login or sis-id, not '" + Visible.inline(text) + "'");
    }
  }

  /**
   * Reads an export.
   *
   * @throws DescentException when it is not a regular file, too large, not UTF-8, or not CSV with a header
   */
  public static LmsExport read(Path file) {
    String shown = Visible.inline(file.toString());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new DescentException("cannot read the export " + shown + ": " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new DescentException("the export " + shown + " is larger than " + (MAX_BYTES >> 20) + " MiB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DescentException("the export " + shown + " is not UTF-8 text; export it again as CSV in UTF-8");
    }
    boolean bom = text.startsWith("\uFEFF");
    if (bom) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      throw new DescentException("the export " + shown + " is not a CSV file (it holds NUL bytes)");
    }
    char separator = separator(text);
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(text))) {
      for (CSVRecord r : parser) {
        if (rows.size() > MAX_ROWS) {
          throw new DescentException("the export " + shown + " has more than " + MAX_ROWS + " rows");
        }
        List<String> cells = new ArrayList<>(r.size());
        r.forEach(cells::add);
        rows.add(cells);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new DescentException("the export " + shown + " is not CSV that descent can read: " + e.getMessage());
    }
    if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
      throw new DescentException("the export " + shown + " has no header row");
    }
    return new LmsExport(rows.get(0), new ArrayList<>(rows.subList(1, rows.size())), separator, bom);
  }

  /** The separator of the header line: a comma, unless semicolons or tabs outnumber commas there. */
  private static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < first.length(); i++) {
      char c = first.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
  }

  /** The column names, as the export has them. */
  public List<String> header() {
    return List.copyOf(header);
  }

  /** The rows under the header. */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * The column of the key {@code match} names.
   *
   * @throws DescentException when the export has no such column, saying which columns it has
   */
  public int keyColumn(Match match) {
    for (String name : match.columns) {
      for (int i = 0; i < header.size(); i++) {
        if (normal(header.get(i)).equals(name)) {
          return i;
        }
      }
    }
    String hint = match == Match.EMAIL && has("sis login id")
        ? " (a Canvas export has no e-mail column; its SIS Login ID often holds the address: try --match login)" : "";
    throw new DescentException("the export has no column for --match " + match.word() + " (looked for "
        + String.join(", ", match.columns) + ")" + hint + "; its columns are: " + shownHeader());
  }

  /**
   * The column of the assignment {@code name}: one named so (in any case), or as Canvas names an assignment
   * ({@code name (12345)}) or Moodle a grade item ({@code Assignment: name (Real)}); -1 when there is none.
   *
   * @throws DescentException when several columns match
   */
  public int assignmentColumn(String name) {
    String want = normal(name);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = normal(header.get(i));
      String bare = h.endsWith(")") && h.lastIndexOf(" (") > 0 ? h.substring(0, h.lastIndexOf(" (")) : h;
      String item = bare.indexOf(": ") > 0 ? bare.substring(bare.indexOf(": ") + 2) : bare;
      if (h.equals(want) || bare.equals(want) || item.equals(want)) {
        found.add(i);
      }
    }
    if (found.size() > 1) {
      List<String> names = new ArrayList<>();
      found.forEach(i -> names.add(Visible.inline(header.get(i))));
      throw new DescentException("several columns of the export are \"" + Visible.inline(name) + "\": "
          + String.join(", ", names) + "; give --column one of them exactly");
    }
    return found.isEmpty() ? -1 : found.get(0);
  }

  /** Adds a column named {@code name} at the end, empty in every row; its index. */
  public int addColumn(String name) {
    header.add(name);
    for (List<String> row : rows) {
      while (row.size() < header.size() - 1) {
        row.add("");
      }
      row.add("");
    }
    return header.size() - 1;
  }

  /** True when {@code row} is one of Canvas's rows under the header that are not a student (Points Possible). */
  public boolean infoRow(List<String> row) {
    return !row.isEmpty() && CANVAS_INFO_ROWS.contains(normal(row.get(0)));
  }

  /** True when {@code row} is Canvas's Points Possible row. */
  public boolean pointsPossibleRow(List<String> row) {
    return !row.isEmpty() && normal(row.get(0)).equals(CANVAS_INFO_ROWS.get(0));
  }

  /** Sets a cell, widening a short row. */
  public static void set(List<String> row, int column, String value) {
    while (row.size() <= column) {
      row.add("");
    }
    row.set(column, value);
  }

  /** The cell, or "" past the row's end. */
  public static String cell(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  /**
   * Writes the export back, with its separator and byte-order mark, CRLF line ends, and every field on one
   * line: a control character or line break shown visibly, and text that a spreadsheet would run as a formula
   * after an apostrophe (a number such as -2.5 stays a number).
   */
  public void write(Writer out) throws IOException {
    if (bom) {
      out.write('\uFEFF');
    }
    writeRow(header, out);
    for (List<String> row : rows) {
      writeRow(row, out);
    }
  }

  private void writeRow(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(separator);
      }
      out.write(field(safe(cells.get(i))));
    }
    out.write("\r\n");
  }

  private String field(String s) {
    boolean quote = s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * A field as the gradebook writes free text ({@link Gradebook#text}), except that a number stays a number and
   * Moodle's "-" (no grade) stays as it is.
   */
  private static String safe(String s) {
    return number(s) || s.equals("-") ? s : Gradebook.text(s);
  }

  private static boolean number(String s) {
    int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits;
  }

  private boolean has(String name) {
    return header.stream().anyMatch(h -> normal(h).equals(name));
  }

  private String shownHeader() {
    List<String> names = new ArrayList<>();
    header.stream().limit(12).forEach(h -> names.add(Visible.inline(h)));
    return String.join(", ", names) + (header.size() > 12 ? ", …" : "");
  }

  /** A column name or cell as compared: without surrounding spaces, in lower case. */
  static String normal(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
