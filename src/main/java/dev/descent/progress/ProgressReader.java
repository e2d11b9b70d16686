package dev.descent.progress;

import dev.descent.lesson.json.JsonSyntaxException;
import dev.descent.lesson.json.JsonTokens;
import dev.descent.lesson.json.JsonTokens.Token;
import dev.descent.lesson.json.Pos;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads a progress file strictly, as a stream of tokens into the records themselves (no tree of the
 * whole document, so memory stays close to what the records hold): a wrong type, an unknown field, a
 * duplicate field, or more than the {@link ProgressLimits} allow is an error that names its place as a
 * JSON Pointer, such as {@code /lessons/gd-1/questions/q2/attempts}; a missing field takes its default.
 * The tokens come from descent's own JSON reader ({@link JsonTokens}), not Jackson, whose first use would
 * delay a returning learner's lesson list by tens of milliseconds.
 */
final class ProgressReader {
  /** How the JSON reader's syntax messages start, which a progress file's message leaves out. */
  private static final String SYNTAX = "JSON syntax: ";

  private static final Set<String> TOP = Set.of("formatVersion", "learner", "lessons");
  private static final Set<String> LESSON = Set.of("page", "lastVisited", "questions", "seconds", "practice", "review");
  private static final Set<String> PRACTICE = Set.of("round", "streak", "mastered");
  private static final Set<String> REVIEW = Set.of("box", "due", "round");
  private static final Set<String> QUESTION = Set.of("attempts", "hintsUsed", "solutionShown", "solved", "mistakes",
      "lastAnswer", "firstAttempt", "lastAttempt");

  private final JsonTokens p;
  private int questionRecords;

  private ProgressReader(JsonTokens p) {
    this.p = p;
  }

  /** A duplicate key is an error in a progress file: the reader stops there. */
  private static final class NoDuplicates implements BiConsumer<Pos, String> {
    @Override
    public void accept(Pos at, String message) {
      throw new JsonSyntaxException(message.replace("; the later one is used", ""), at);
    }
  }

  /** The progress held in a stream of a file's bytes (UTF-8), parsed as they are read. */
  static LearnerProgress read(InputStream stream) throws IOException, CorruptProgressException {
    java.io.PushbackInputStream in = new java.io.PushbackInputStream(stream, 1);
    int first = in.read();
    if (first < 0) {
      throw new CorruptProgressException("the file is empty");
    }
    in.unread(first);
    InputStreamReader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    JsonTokens tokens = JsonTokens.of(text, new NoDuplicates());
    try {
      if (tokens.blank()) {
        throw new CorruptProgressException("the file holds only blanks");
      }
      tokens.next();
      LearnerProgress progress = new ProgressReader(tokens).top();
      tokens.next();
      return progress;
    } catch (JsonSyntaxException e) {
      String message = e.getMessage();
      String said = message.startsWith(SYNTAX) ? message.substring(SYNTAX.length()) : message;
      throw new CorruptProgressException("it is not valid JSON at line " + e.pos().line() + ", column "
          + e.pos().column() + " (" + firstLine(said) + ")");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new CorruptProgressException("it is not valid JSON (it is not UTF-8 text)");
      }
      throw e.getCause();
    }
  }

  private LearnerProgress top() throws CorruptProgressException {
    Integer format = null;
    String learner = null;
    Map<String, LessonProgress> lessons = new HashMap<>();
    expectObject("");
    while (p.next() == Token.FIELD_NAME) {
      String name = field("", TOP);
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

  private void lessons(String path, Map<String, LessonProgress> lessons) throws CorruptProgressException {
    expectObject(path);
    while (p.next() == Token.FIELD_NAME) {
      String id = member(path, lessons.size(), ProgressLimits.LESSONS, "lessons");
      lessons.put(id, lesson(pointer(path, id)));
    }
  }

  /**
   * The key of the object member just read, with the reader moved on to its value, when the object at
   * {@code path}, which holds {@code held} members so far, may hold one more of its at most {@code most}.
   */
  private String member(String path, int held, int most, String what) throws CorruptProgressException {
    String id = id(path);
    if (held >= most) {
      throw new CorruptProgressException(path + " holds more than " + most + " " + what);
    }
    p.next();
    return id;
  }

  private LessonProgress lesson(String path) throws CorruptProgressException {
    int page = 0;
    int seconds = 0;
    Instant lastVisited = null;
    Map<String, QuestionProgress> questions = new HashMap<>();
    Map<String, PracticeProgress> practice = new HashMap<>();
    Map<String, ReviewCard> review = new HashMap<>();
    expectObject(path);
    while (p.next() == Token.FIELD_NAME) {
      String name = field(path, LESSON);
      String at = pointer(path, name);
      switch (name) {
        case "page" -> page = count(at);
        case "seconds" -> seconds = count(at);
        case "lastVisited" -> lastVisited = instant(at);
        case "practice", "review" -> records(at, name.equals("practice") ? practice : null, review);
        default -> questions(at, questions);
      }
    }
    return new LessonProgress(page, lastVisited, questions, seconds, practice, review);
  }

  /** Practice records into {@code practice}, or review cards when it is null; each counts as a question record. */
  private void records(String path, Map<String, PracticeProgress> practice, Map<String, ReviewCard> review)
      throws CorruptProgressException {
    expectObject(path);
    while (p.next() == Token.FIELD_NAME) {
      String id = record(path);
      String at = pointer(path, id);
      int[] counts = new int[3]; // round, then streak or box, then mastered
      Instant due = null;
      expectObject(at);
      while (p.next() == Token.FIELD_NAME) {
        String name = field(at, practice != null ? PRACTICE : REVIEW);
        switch (name) {
          case "mastered" -> counts[2] = flag(pointer(at, name)) ? 1 : 0;
          case "due" -> due = instant(pointer(at, name));
          default -> counts[name.equals("streak") || name.equals("box") ? 1 : 0] = count(pointer(at, name));
        }
      }
      if (practice != null) {
        practice.put(id, new PracticeProgress(counts[0], counts[1], counts[2] == 1));
      } else if (due == null || counts[1] < 1 || counts[1] > ReviewCard.DAYS.length) {
        throw new CorruptProgressException(at + " should have a box from 1 to 3 and a due time");
      } else {
        review.put(id, new ReviewCard(counts[1], due, counts[0]));
      }
    }
  }

  private void questions(String path, Map<String, QuestionProgress> questions) throws CorruptProgressException {
    expectObject(path);
    while (p.next() == Token.FIELD_NAME) {
      String id = record(path);
      questions.put(id, question(pointer(path, id)));
    }
  }

  /** The key of a question record (or practice record or review card), counted, with the reader on its value. */
  private String record(String path) throws CorruptProgressException {
    String id = id(path);
    if (++questionRecords > ProgressLimits.QUESTIONS) {
      throw new CorruptProgressException("it holds more than " + ProgressLimits.QUESTIONS + " question records");
    }
    p.next();
    return id;
  }

  private QuestionProgress question(String path) throws CorruptProgressException {
    int attempts = 0;
    int hints = 0;
    boolean shown = false;
    boolean solved = false;
    Map<String, Integer> mistakes = new LinkedHashMap<>();
    TypedAnswer last = null;
    Instant first = null;
    Instant latest = null;
    expectObject(path);
    while (p.next() == Token.FIELD_NAME) {
      String name = field(path, QUESTION);
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

  private void mistakes(String path, Map<String, Integer> mistakes) throws CorruptProgressException {
    expectObject(path);
    while (p.next() == Token.FIELD_NAME) {
      String id = member(path, mistakes.size(), ProgressLimits.MISTAKES, "mistakes");
      mistakes.put(id, count(pointer(path, id)));
    }
  }

  private TypedAnswer answer(String path) throws CorruptProgressException {
    if (p.token() == Token.STRING) {
      String text = p.text();
      if (text.length() > ProgressLimits.ANSWER_CHARS) {
        throw new CorruptProgressException(path + " is longer than " + ProgressLimits.ANSWER_CHARS + " characters");
      }
      return new TypedAnswer.Text(text);
    }
    String expected = "a string, or a list of rows that are lists of strings";
    if (p.token() != Token.START_ARRAY) {
      throw wrong(path, expected);
    }
    List<List<String>> rows = new ArrayList<>();
    int chars = 0;
    while (p.next() == Token.START_ARRAY) {
      List<String> cells = new ArrayList<>();
      while (p.next() == Token.STRING) {
        chars += p.text().length();
        cells.add(p.text());
      }
      if (p.token() != Token.END_ARRAY) {
        throw wrong(path, expected);
      }
      rows.add(cells);
      if (rows.size() > ProgressLimits.ANSWER_ROWS || chars > ProgressLimits.ANSWER_CHARS) {
        throw new CorruptProgressException(path + " holds more than " + ProgressLimits.ANSWER_ROWS + " rows or "
            + ProgressLimits.ANSWER_CHARS + " characters");
      }
    }
    if (p.token() != Token.END_ARRAY) {
      throw wrong(path, expected);
    }
    return new TypedAnswer.Table(rows);
  }

  private void expectObject(String path) throws CorruptProgressException {
    if (p.token() != Token.START_OBJECT) {
      throw wrong(path, "an object");
    }
  }

  /** The current field's name, which must be among {@code known}, with the reader moved on to its value. */
  private String field(String path, Set<String> known) throws CorruptProgressException {
    String name = p.text();
    if (!known.contains(name)) {
      throw new CorruptProgressException(pointer(path, name) + " is not a field descent knows");
    }
    p.next();
    return name;
  }

  /** The current field's name as an id of a lesson, question or mistake: not empty, and not too long. */
  private String id(String path) throws CorruptProgressException {
    String id = p.text();
    if (id.isEmpty() || id.length() > ProgressLimits.ID_CHARS) {
      throw new CorruptProgressException(path + " holds an id of " + id.length() + " characters; ids have 1 to "
          + ProgressLimits.ID_CHARS);
    }
    return id;
  }

  /** A whole number from 0 to the largest int, written without a fraction or an exponent. */
  private int count(String path) throws CorruptProgressException {
    if (p.token() != Token.NUMBER || !p.integral() || p.number() < 0 || p.number() > Integer.MAX_VALUE) {
      throw wrong(path, "a whole number from 0 up");
    }
    return (int) p.number();
  }

  private boolean flag(String path) throws CorruptProgressException {
    if (p.token() != Token.TRUE && p.token() != Token.FALSE) {
      throw wrong(path, "true or false");
    }
    return p.token() == Token.TRUE;
  }

  private String text(String path, int limit) throws CorruptProgressException {
    if (p.token() != Token.STRING) {
      throw wrong(path, "a string");
    }
    if (p.text().length() > limit) {
      throw new CorruptProgressException(path + " is longer than " + limit + " characters");
    }
    return p.text();
  }

  private Instant instant(String path) throws CorruptProgressException {
    if (p.token() == Token.STRING && p.text().length() <= ProgressQuote.CHARS) {
      try {
        return Instants.parse(p.text());
      } catch (DateTimeParseException e) {
        // said below
      }
    }
    throw wrong(path, "a time such as 2025-01-31T09:30:00Z");
  }

  /** Says that the value at {@code path} should have been something else, quoting the start of it. */
  private CorruptProgressException wrong(String path, String expected) {
    return new CorruptProgressException((path.isEmpty() ? "the top level" : path) + " should be " + expected
        + ", not " + ProgressQuote.of(p));
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
