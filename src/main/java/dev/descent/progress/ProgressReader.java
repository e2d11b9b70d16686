package dev.descent.progress;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a progress file strictly, as a stream of tokens into the records themselves (no tree of the
 * whole document, so memory stays close to what the records hold): a wrong type, an unknown field, a
 * duplicate field, or more than the {@link ProgressLimits} allow is an error that names its place as a
 * JSON Pointer, such as {@code /lessons/gd-1/questions/q2/attempts}; a missing field takes its default.
 */
final class ProgressReader {
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final int QUOTED = 40;

  private static final Set<String> TOP = Set.of("formatVersion", "learner", "lessons");
  private static final Set<String> LESSON = Set.of("page", "lastVisited", "questions");
  private static final Set<String> QUESTION = Set.of("attempts", "hintsUsed", "solutionShown", "solved", "mistakes",
      "lastAnswer", "firstAttempt", "lastAttempt");

  private final JsonParser p;
  private int questionRecords;

  private ProgressReader(JsonParser p) {
    this.p = p;
  }

  /** The progress held in a stream of a file's bytes, parsed as they are read. */
  static LearnerProgress read(java.io.InputStream stream) throws IOException, CorruptProgressException {
    java.io.PushbackInputStream in = new java.io.PushbackInputStream(stream, 1);
    int first = in.read();
    if (first < 0) {
      throw new CorruptProgressException("the file is empty");
    }
    in.unread(first);
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() == null) {
        throw new CorruptProgressException("the file holds only blanks");
      }
      LearnerProgress progress = new ProgressReader(p).top();
      if (p.nextToken() != null) {
        throw new CorruptProgressException("it is not valid JSON at line " + p.currentLocation().getLineNr()
            + ", column " + p.currentLocation().getColumnNr() + " (more follows the end of the progress)");
      }
      return progress;
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new CorruptProgressException("it is not valid JSON" + where + " (" + firstLine(e.getOriginalMessage())
          + ")");
    } catch (java.io.CharConversionException e) {
      throw new CorruptProgressException("it is not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
  }

  private LearnerProgress top() throws IOException, CorruptProgressException {
    Integer format = null;
    String learner = null;
    Map<String, LessonProgress> lessons = new HashMap<>();
    expectObject("");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = field("", TOP);
      p.nextToken();
      switch (name) {
        case "formatVersion" -> format = count(pointer("", name));
        case "learner" -> learner = text(pointer("", name), ProgressLimits.LEARNER_CHARS);
        default -> lessons(pointer("", name), lessons);
      }
    }
    if (format == null) {
      throw new CorruptProgressException("it has no formatVersion, so it is not a descent progress file");
    }
    if (format > ProgressJson.FORMAT) {
      throw new CorruptProgressException("it was written by a newer descent (format " + format
          + "; this one reads up to format " + ProgressJson.FORMAT + ")");
    }
    if (format < 1) {
      throw new CorruptProgressException("its formatVersion " + format + " is not one descent ever wrote");
    }
    if (learner == null) {
      throw new CorruptProgressException("it does not say whose progress it holds (no learner)");
    }
    return new LearnerProgress(learner, lessons);
  }

  private void lessons(String path, Map<String, LessonProgress> lessons) throws IOException, CorruptProgressException {
    expectObject(path);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String id = id(path);
      if (lessons.size() == ProgressLimits.LESSONS) {
        throw new CorruptProgressException(path + " holds more than " + ProgressLimits.LESSONS + " lessons");
      }
      p.nextToken();
      lessons.put(id, lesson(pointer(path, id)));
    }
  }

  private LessonProgress lesson(String path) throws IOException, CorruptProgressException {
    int page = 0;
    Instant lastVisited = null;
    Map<String, QuestionProgress> questions = new HashMap<>();
    expectObject(path);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = field(path, LESSON);
      p.nextToken();
      String at = pointer(path, name);
      switch (name) {
        case "page" -> page = count(at);
        case "lastVisited" -> lastVisited = instant(at);
        default -> questions(at, questions);
      }
    }
    return new LessonProgress(page, lastVisited, questions);
  }

  private void questions(String path, Map<String, QuestionProgress> questions)
      throws IOException, CorruptProgressException {
    expectObject(path);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String id = id(path);
      if (++questionRecords > ProgressLimits.QUESTIONS) {
        throw new CorruptProgressException("it holds more than " + ProgressLimits.QUESTIONS + " question records");
      }
      p.nextToken();
      questions.put(id, question(pointer(path, id)));
    }
  }

  private QuestionProgress question(String path) throws IOException, CorruptProgressException {
    int attempts = 0;
    int hints = 0;
    boolean shown = false;
    boolean solved = false;
    Map<String, Integer> mistakes = new LinkedHashMap<>();
    TypedAnswer last = null;
    Instant first = null;
    Instant latest = null;
    expectObject(path);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = field(path, QUESTION);
      p.nextToken();
      String at = pointer(path, name);
      switch (name) {
        case "attempts" -> attempts = count(at);
        case "hintsUsed" -> hints = count(at);
        case "solutionShown" -> shown = flag(at);
        case "solved" -> solved = flag(at);
        case "mistakes" -> mistakes(at, mistakes);
        case "lastAnswer" -> last = answer(at);
        case "firstAttempt" -> first = instant(at);
        default -> latest = instant(at);
      }
    }
    return new QuestionProgress(attempts, hints, shown, solved, mistakes, last, first, latest);
  }

  private void mistakes(String path, Map<String, Integer> mistakes) throws IOException, CorruptProgressException {
    expectObject(path);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String id = id(path);
      if (mistakes.size() == ProgressLimits.MISTAKES) {
        throw new CorruptProgressException(path + " holds more than " + ProgressLimits.MISTAKES + " mistakes");
      }
      p.nextToken();
      mistakes.put(id, count(pointer(path, id)));
    }
  }

  private TypedAnswer answer(String path) throws IOException, CorruptProgressException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (text.length() > ProgressLimits.ANSWER_CHARS) {
        throw new CorruptProgressException(path + " is longer than " + ProgressLimits.ANSWER_CHARS + " characters");
      }
      return new TypedAnswer.Text(text);
    }
    String expected = "a string, or a list of rows that are lists of strings";
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrong(path, expected);
    }
    List<List<String>> rows = new ArrayList<>();
    int chars = 0;
    while (p.nextToken() == JsonToken.START_ARRAY) {
      List<String> cells = new ArrayList<>();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        chars += p.getTextLength();
        cells.add(p.getText());
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw wrong(path, expected);
      }
      rows.add(cells);
      if (rows.size() > ProgressLimits.ANSWER_ROWS || chars > ProgressLimits.ANSWER_CHARS) {
        throw new CorruptProgressException(path + " holds more than " + ProgressLimits.ANSWER_ROWS + " rows or "
            + ProgressLimits.ANSWER_CHARS + " characters");
      }
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      throw wrong(path, expected);
    }
    return new TypedAnswer.Table(rows);
  }

  private void expectObject(String path) throws IOException, CorruptProgressException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrong(path, "an object");
    }
  }

  /** The current field's name, which must be among {@code known}. */
  private String field(String path, Set<String> known) throws IOException, CorruptProgressException {
    String name = p.currentName();
    if (!known.contains(name)) {
      throw new CorruptProgressException(pointer(path, name) + " is not a field descent knows");
    }
    return name;
  }

  /** The current field's name as an id of a lesson, question or mistake: not empty, and not too long. */
  private String id(String path) throws IOException, CorruptProgressException {
    String id = p.currentName();
    if (id.isEmpty() || id.length() > ProgressLimits.ID_CHARS) {
      throw new CorruptProgressException(path + " holds an id of " + id.length() + " characters; ids have 1 to "
          + ProgressLimits.ID_CHARS);
    }
    return id;
  }

  private int count(String path) throws IOException, CorruptProgressException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 0) {
      throw wrong(path, "a whole number from 0 up");
    }
    return p.getIntValue();
  }

  private boolean flag(String path) throws IOException, CorruptProgressException {
    if (!p.currentToken().isBoolean()) {
      throw wrong(path, "true or false");
    }
    return p.currentToken() == JsonToken.VALUE_TRUE;
  }

  private String text(String path, int limit) throws IOException, CorruptProgressException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrong(path, "a string");
    }
    if (p.getTextLength() > limit) {
      throw new CorruptProgressException(path + " is longer than " + limit + " characters");
    }
    return p.getText();
  }

  private Instant instant(String path) throws IOException, CorruptProgressException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() <= QUOTED) {
      try {
        return Instant.parse(p.getText());
      } catch (DateTimeParseException e) {
        // said below
      }
    }
    throw wrong(path, "a time such as 2025-01-31T09:30:00Z");
  }

  /** Says that the value at {@code path} should have been something else, quoting the start of it. */
  private CorruptProgressException wrong(String path, String expected) throws IOException {
    return new CorruptProgressException((path.isEmpty() ? "the top level" : path) + " should be " + expected
        + ", not " + quote());
  }

  /** The current value as compact JSON, cut after {@value #QUOTED} characters; the rest of it is skipped. */
  private String quote() throws IOException {
    StringWriter w = new StringWriter();
    int depth = 0;
    try (JsonGenerator g = JSON.createGenerator(w)) {
      do {
        JsonToken t = p.currentToken();
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        g.copyCurrentEvent(p);
        g.flush();
      } while (depth > 0 && w.getBuffer().length() <= QUOTED && p.nextToken() != null);
    }
    String shown = w.toString();
    return shown.length() > QUOTED ? shown.substring(0, QUOTED) + "..." : shown;
  }

  /** The JSON Pointer of {@code name} under {@code path}. */
  private static String pointer(String path, String name) {
    return path + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.length() > 100 ? line.substring(0, 100) + "..." : line;
  }
}
