package dev.descent.progress;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.render.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The progress file format: a learner's progress to JSON bytes and back (see package-info for the
 * layout). Files are written compact, with only the fields that differ from their defaults, in plain
 * ASCII (other characters as JSON escapes), so that what descent writes stays well within what
 * {@link ProgressReader} reads.
 */
final class ProgressJson {
  /** The format this version of descent writes, and the newest it reads. */
  static final int FORMAT = 1;

  private ProgressJson() {}

  /** The file's bytes: compact JSON and a newline, lessons and questions sorted by id, empty records left out. */
  static byte[] write(LearnerProgress progress) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(progress, out);
    return out.toByteArray();
  }

  /** How many bytes {@link #write} gives, counted without keeping them. */
  static long size(LearnerProgress progress) throws IOException {
    Counter counter = new Counter();
    write(progress, counter);
    return counter.count;
  }

  /** Writes the file's bytes to {@code out}, which is left open. */
  static void write(LearnerProgress progress, OutputStream out) throws IOException {
    try (JsonGenerator g = JsonOutput.compact(out)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT);
      g.writeStringField("learner", progress.learnerId());
      g.writeObjectFieldStart("lessons");
      for (Map.Entry<String, LessonProgress> e : progress.lessons().entrySet()) {
        if (!e.getValue().untouched()) {
          g.writeFieldName(e.getKey());
          writeLesson(e.getValue(), g);
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** An output stream that only counts. */
  private static final class Counter extends OutputStream {
    private long count;

    @Override public void write(int b) { count++; }

    @Override public void write(byte[] b, int off, int len) { count += len; }
  }

  /** How many bytes {@code lesson}'s record takes in a file, with or without its questions' last answers. */
  static long lessonBytes(LessonProgress lesson, boolean withAnswers) throws IOException {
    Counter counter = new Counter();
    try (JsonGenerator g = JsonOutput.compact(counter)) {
      writeLesson(lesson, g, withAnswers);
    }
    return counter.count;
  }

  private static void writeLesson(LessonProgress lesson, JsonGenerator g) throws IOException {
    writeLesson(lesson, g, true);
  }

  private static void writeLesson(LessonProgress lesson, JsonGenerator g, boolean withAnswers) throws IOException {
    g.writeStartObject();
    if (lesson.page() > 0) {
      g.writeNumberField("page", lesson.page());
    }
    if (lesson.lastVisited().isPresent()) {
      g.writeStringField("lastVisited", lesson.lastVisited().get().toString());
    }
    if (lesson.seconds() > 0) {
      g.writeNumberField("seconds", lesson.seconds());
    }
    writePractice(lesson, g);
    if (!lesson.review().isEmpty()) {
      g.writeObjectFieldStart("review");
      for (Map.Entry<String, ReviewCard> e : lesson.review().entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        g.writeNumberField("box", e.getValue().box());
        g.writeStringField("due", e.getValue().due().toString());
        if (e.getValue().round() > 0) {
          g.writeNumberField("round", e.getValue().round());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    boolean any = false;
    for (Map.Entry<String, QuestionProgress> e : lesson.questions().entrySet()) {
      if (e.getValue().untouched()) {
        continue;
      }
      if (!any) {
        g.writeObjectFieldStart("questions");
        any = true;
      }
      g.writeFieldName(e.getKey());
      writeQuestion(e.getValue(), g, withAnswers);
    }
    if (any) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writePractice(LessonProgress lesson, JsonGenerator g) throws IOException {
    boolean any = false;
    for (Map.Entry<String, PracticeProgress> e : lesson.practices().entrySet()) {
      PracticeProgress r = e.getValue();
      if (r.untouched()) {
        continue;
      }
      if (!any) {
        g.writeObjectFieldStart("practice");
        any = true;
      }
      g.writeObjectFieldStart(e.getKey());
      g.writeNumberField("round", r.round());
      g.writeNumberField("streak", r.streak());
      if (r.mastered()) {
        g.writeBooleanField("mastered", true);
      }
      g.writeEndObject();
    }
    if (any) {
      g.writeEndObject();
    }
  }

  private static void writeQuestion(QuestionProgress q, JsonGenerator g, boolean withAnswers) throws IOException {
    g.writeStartObject();
    if (q.attempts() > 0) {
      g.writeNumberField("attempts", q.attempts());
    }
    if (q.hintsUsed() > 0) {
      g.writeNumberField("hintsUsed", q.hintsUsed());
    }
    if (q.solutionShown()) {
      g.writeBooleanField("solutionShown", true);
    }
    if (q.solved()) {
      g.writeBooleanField("solved", true);
    }
    if (!q.mistakes().isEmpty()) {
      g.writeObjectFieldStart("mistakes");
      for (Map.Entry<String, Integer> m : q.mistakes().entrySet()) {
        g.writeNumberField(m.getKey(), m.getValue());
      }
      g.writeEndObject();
    }
    if (withAnswers && q.lastAnswer().isPresent()) {
      g.writeFieldName("lastAnswer");
      writeAnswer(q.lastAnswer().get(), g);
    }
    if (q.firstAttempt().isPresent()) {
      g.writeStringField("firstAttempt", q.firstAttempt().get().toString());
    }
    if (q.lastAttempt().isPresent()) {
      g.writeStringField("lastAttempt", q.lastAttempt().get().toString());
    }
    g.writeEndObject();
  }

  private static void writeAnswer(TypedAnswer answer, JsonGenerator g) throws IOException {
    if (answer instanceof TypedAnswer.Text text) {
      g.writeString(text.text());
      return;
    }
    g.writeStartArray();
    for (List<String> row : ((TypedAnswer.Table) answer).rows()) {
      g.writeStartArray();
      for (String cell : row) {
        g.writeString(cell);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
