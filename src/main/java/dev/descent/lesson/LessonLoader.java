package dev.descent.lesson;

import dev.descent.engine.DescentException;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.lesson.json.JsonReader;
import dev.descent.lesson.json.JsonSyntaxException;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.VariableSpec;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one lesson or exercise file into a {@link LessonFile}, collecting every problem as a
 * diagnostic with its line and column instead of stopping at the first.
 */
public final class LessonLoader {
  /** The format version this loader reads. */
  public static final int FORMAT = 1;
  /** The largest file accepted. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /** The longest id of a file, page or question. */
  static final int MAX_ID = 64;
  private static final Set<String> TOP = Set.of("$schema", "format", "kind", "id", "title", "summary", "variables",
      "pages", "mastery");

  /** A loaded file: the lesson when it could be built, and the problems found. */
  public record Result(Optional<LessonFile> lesson, List<Diagnostic> diagnostics) {
    /** True when there is nothing to report, not even a warning. */
    public boolean ok() {
      return diagnostics.isEmpty() && lesson.isPresent();
    }
  }

  private final Diagnostics d;
  private final String shown;

  /** The reading of one file, named {@code shown} in messages. */
  private LessonLoader(Diagnostics d, String shown) {
    this.d = d;
    this.shown = shown;
  }

  /** Reads a file; {@code shown} is how it is named in messages. */
  public static Result load(Path file, String shown) {
    return load(new CourseFile(shown, CourseFile.of(file).opener()));
  }

  /** Reads a course file, wherever it is kept. */
  public static Result load(CourseFile file) {
    Diagnostics d = new Diagnostics(file.shown());
    String text;
    try {
      text = utf8(file.read(MAX_BYTES));
    } catch (CourseFile.TooLarge e) {
      d.error(Pos.START, "a lesson file may be at most " + MAX_BYTES + " bytes; this one is larger");
      return new Result(Optional.empty(), d.all());
    } catch (NotUtf8 e) {
      d.error(e.pos, "the file is not UTF-8 text: the byte " + e.bytes + " here cannot be read; save the file as "
          + "UTF-8");
      return new Result(Optional.empty(), d.all());
    } catch (IOException e) {
      d.error(Pos.START, "cannot read the file: " + e.getMessage());
      return new Result(Optional.empty(), d.all());
    }
    return parse(text, file.shown());
  }

  /** Reads lesson text; {@code shown} is how the file is named in messages. */
  public static Result parse(String text, String shown) {
    Diagnostics d = new Diagnostics(shown);
    Json root;
    try {
      root = JsonReader.read(text, d);
    } catch (JsonSyntaxException e) {
      d.error(e.pos(), e.getMessage());
      return new Result(Optional.empty(), d.all());
    }
    LessonFile lesson = null;
    try {
      lesson = new LessonLoader(d, shown).file(root);
    } catch (DescentException e) {
      d.error(Pos.START, e.getMessage());
    }
    return new Result(!d.hasErrors() ? Optional.ofNullable(lesson) : Optional.empty(), d.all());
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9_-]{0,63}}: ASCII letters and digits, then also '_' and '-'. */
  public static boolean validId(String id) {
    if (id.isEmpty() || id.length() > MAX_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Text that is not UTF-8, with the place of the first byte that cannot be read. */
  private static final class NotUtf8 extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Pos pos;
    final String bytes;

    NotUtf8(Pos pos, String bytes) {
      super(null, null, false, false);
      this.pos = pos;
      this.bytes = bytes;
    }
  }

  private static String utf8(byte[] bytes) throws NotUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new NotUtf8(placeOf(out.flip()), String.format("0x%02X", bytes[in.position()] & 0xff));
    }
    decoder.flush(out);
    String s = out.flip().toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The line and column just after {@code text}, the text read before a problem. */
  private static Pos placeOf(CharSequence text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // the \n that follows ends this line
      }
      if (c == '\n' || c == '\r') {
        line++;
        lineStart = i + 1;
      }
    }
    boolean bom = line == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF';
    return new Pos(line, text.length() - lineStart + (bom ? 0 : 1));
  }

  /** The file whose JSON is {@code root}, or null when it cannot be built (the diagnostics say why). */
  private LessonFile file(Json root) {
    if (!(root instanceof JObject o)) {
      d.error(root.pos(), "a lesson file holds one JSON object, not " + root.typeName());
      return null;
    }
    Fields f = Fields.of(o, d, "a lesson file", TOP);
    Optional<Double> format = f.optionalNumber("format");
    if (format.isEmpty() && !f.has("format")) {
      d.error(o.pos(), "a lesson file needs \"format\": " + FORMAT);
    } else if (format.isPresent() && format.get() != FORMAT) {
      d.error(f.raw("format").pos(), "this descent reads format " + FORMAT + "; the file says "
          + format.get().intValue() + (format.get() > FORMAT ? " (a newer descent wrote it)" : ""));
      return null;
    }
    String kind = f.oneOf("kind", Set.of("lesson", "exercises"));
    String id = id(f, "id", d);
    String title = f.string("title");
    String summary = f.optionalString("summary").orElse("");
    int mastery = LessonFile.MASTERY;
    Optional<Double> m = f.optionalNumber("mastery");
    if (m.isPresent() && (m.get() != Math.rint(m.get()) || m.get() < 1 || m.get() > LessonFile.MAX_MASTERY)) {
      d.error(f.raw("mastery").pos(), "\"mastery\" is how many variants of a problem in a row practice asks for: a "
          + "whole number from 1 to " + LessonFile.MAX_MASTERY + " (3 when left out)");
    } else if (m.isPresent()) {
      mastery = m.get().intValue();
    }
    List<PageSpec> pages = new ArrayList<>();
    Map<String, VariableSpec> shared = new VariableReader(d).variables(f, Set.of());
    PageReader reader = new PageReader(d, shared);
    Set<String> problemIds = new HashSet<>();
    if (!f.has("pages")) {
      d.error(o.pos(), "a lesson file needs \"pages\"");
    }
    List<Json> items = f.list("pages");
    if (f.has("pages") && items.isEmpty()) {
      d.error(f.raw("pages").pos(), "\"pages\" is empty; a lesson needs at least one page");
    }
    for (Json item : items) {
      PageSpec page = reader.page(item, problemIds);
      if (page != null) {
        pages.add(page);
      }
    }
    if (kind == null || id == null || title == null) {
      return null;
    }
    return new LessonFile(shown, kind.equals("exercises"), id, title, summary, shared, pages, mastery);
  }

  /** The id under {@code key}, checked; null (reported) when it is missing or not a usable id. */
  static String id(Fields f, String key, Diagnostics d) {
    String id = f.string(key);
    if (id != null && !validId(id)) {
      d.error(f.raw(key).pos(), "\"" + key + "\" must be letters, digits, '-' or '_' (at most 64), starting with a "
          + "letter or digit, not \"" + id + "\"");
      return null;
    }
    return id;
  }
}
