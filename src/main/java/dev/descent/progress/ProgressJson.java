package dev.descent.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.JsonReader;
import dev.descent.lesson.json.JsonSyntaxException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The progress file format: a learner's progress to JSON bytes and back (see package-info for the layout). */
final class ProgressJson {
  /** The format this version of descent writes, and the newest it reads. */
  static final int FORMAT = 1;

  private static final Set<String> TOP = Set.of("formatVersion", "learner", "lessons");
  private static final Set<String> LESSON = Set.of("page", "lastVisited", "questions");
  private static final Set<String> QUESTION = Set.of("attempts", "hintsUsed", "solutionShown", "solved", "mistakes",
      "lastAnswer", "firstAttempt", "lastAttempt");

  /** Jackson writes the file; it is set up only when a file is written, so that reading never waits for it. */
  private static final class Writing {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
  }

  private ProgressJson() {}

  /**
   * The file's bytes: pretty-printed UTF-8 JSON and a newline, lessons and questions sorted by id, records
   * with nothing in them left out.
   */
  static byte[] write(LearnerProgress progress) throws IOException {
    ObjectNode root = Writing.MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT);
    root.put("learner", progress.learnerId());
    ObjectNode lessons = root.putObject("lessons");
    progress.lessons().forEach((id, lesson) -> {
      if (!lesson.untouched()) {
        writeLesson(lesson, lessons.putObject(id));
      }
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writing.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    out.write('\n');
    return out.toByteArray();
  }

  private static void writeLesson(LessonProgress lesson, ObjectNode out) {
    out.put("page", lesson.page());
    lesson.lastVisited().ifPresent(t -> out.put("lastVisited", t.toString()));
    ObjectNode questions = out.putObject("questions");
    lesson.questions().forEach((id, q) -> {
      if (!q.untouched()) {
        writeQuestion(q, questions.putObject(id));
      }
    });
  }

  private static void writeQuestion(QuestionProgress q, ObjectNode out) {
    out.put("attempts", q.attempts());
    out.put("hintsUsed", q.hintsUsed());
    out.put("solutionShown", q.solutionShown());
    out.put("solved", q.solved());
    ObjectNode mistakes = out.putObject("mistakes");
    q.mistakes().forEach(mistakes::put);
    q.lastAnswer().ifPresent(a -> out.set("lastAnswer", answerJson(a)));
    q.firstAttempt().ifPresent(t -> out.put("firstAttempt", t.toString()));
    q.lastAttempt().ifPresent(t -> out.put("lastAttempt", t.toString()));
  }

  private static JsonNode answerJson(TypedAnswer answer) {
    if (answer instanceof TypedAnswer.Text text) {
      return Writing.MAPPER.getNodeFactory().textNode(text.text());
    }
    ArrayNode rows = Writing.MAPPER.createArrayNode();
    for (List<String> row : ((TypedAnswer.Table) answer).rows()) {
      ArrayNode cells = rows.addArray();
      row.forEach(cells::add);
    }
    return rows;
  }

  /** The progress held in a file's bytes. */
  static LearnerProgress read(byte[] bytes) throws CorruptProgressException {
    JsonFields top = JsonFields.of(parse(bytes), "", TOP);
    if (!top.has("formatVersion")) {
      throw new CorruptProgressException("it has no formatVersion, so it is not a descent progress file");
    }
    int format = top.count("formatVersion");
    if (format > FORMAT) {
      throw new CorruptProgressException("it was written by a newer descent (format " + format
          + "; this one reads up to format " + FORMAT + ")");
    }
    if (format < 1) {
      throw new CorruptProgressException("its formatVersion " + format + " is not one descent ever wrote");
    }
    String learner = top.text("learner");
    if (learner == null) {
      throw new CorruptProgressException("it does not say whose progress it holds (no learner)");
    }
    Map<String, LessonProgress> lessons = new TreeMap<>();
    JsonFields byId = top.idsIn("lessons");
    for (String id : byId.names()) {
      lessons.put(id, readLesson(JsonFields.of(byId.get(id), byId.pathOf(id), LESSON)));
    }
    return new LearnerProgress(learner, lessons);
  }

  /** The file's JSON, read by descent's own reader; a duplicate key is an error, as are blanks alone. */
  private static Json parse(byte[] bytes) throws CorruptProgressException {
    if (bytes.length == 0) {
      throw new CorruptProgressException("the file is empty");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new CorruptProgressException("the file holds only blanks");
    }
    String[] duplicate = {null};
    Json root;
    try {
      root = JsonReader.read(text, (pos, message) -> {
        if (duplicate[0] == null) {
          duplicate[0] = "it is not valid JSON at line " + pos.line() + ", column " + pos.column() + " ("
              + message.replace("; the later one is used", "") + ")";
        }
      });
    } catch (JsonSyntaxException e) {
      throw new CorruptProgressException("it is not valid JSON at line " + e.pos().line() + ", column "
          + e.pos().column() + " (" + firstLine(e.getMessage()) + ")");
    }
    if (duplicate[0] != null) {
      throw new CorruptProgressException(duplicate[0]);
    }
    return root;
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.length() > 100 ? line.substring(0, 100) + "..." : line;
  }

  private static LessonProgress readLesson(JsonFields lesson) throws CorruptProgressException {
    Map<String, QuestionProgress> questions = new TreeMap<>();
    JsonFields byId = lesson.idsIn("questions");
    for (String id : byId.names()) {
      questions.put(id, readQuestion(JsonFields.of(byId.get(id), byId.pathOf(id), QUESTION)));
    }
    return new LessonProgress(lesson.count("page"), lesson.instant("lastVisited"), questions);
  }

  private static QuestionProgress readQuestion(JsonFields q) throws CorruptProgressException {
    Map<String, Integer> mistakes = new LinkedHashMap<>();
    JsonFields byId = q.idsIn("mistakes");
    for (String id : byId.names()) {
      mistakes.put(id, byId.count(id));
    }
    return new QuestionProgress(q.count("attempts"), q.count("hintsUsed"), q.flag("solutionShown"), q.flag("solved"),
        mistakes, readAnswer(q.get("lastAnswer"), q.pathOf("lastAnswer")), q.instant("firstAttempt"),
        q.instant("lastAttempt"));
  }

  private static TypedAnswer readAnswer(Json node, String path) throws CorruptProgressException {
    if (node == null) {
      return null;
    }
    if (node instanceof Json.JString text) {
      return new TypedAnswer.Text(text.value());
    }
    String expected = "a string, or a list of rows that are lists of strings";
    if (!(node instanceof Json.JArray array)) {
      throw JsonFields.wrong(path, expected, node);
    }
    List<List<String>> rows = new ArrayList<>();
    for (Json row : array.items()) {
      if (!(row instanceof Json.JArray cellsOfRow)) {
        throw JsonFields.wrong(path, expected, node);
      }
      List<String> cells = new ArrayList<>();
      for (Json cell : cellsOfRow.items()) {
        if (!(cell instanceof Json.JString text)) {
          throw JsonFields.wrong(path, expected, node);
        }
        cells.add(text.value());
      }
      rows.add(cells);
    }
    return new TypedAnswer.Table(rows);
  }
}
