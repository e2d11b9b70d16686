package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.session.LessonVariant;
import java.util.List;

/** One question in a one-problem lesson, built from its JSON, to type answers at. */
final class Drill {
  private final LessonVariant variant;
  private final LessonVariant.Located question;

  private Drill(LessonVariant variant) {
    this.variant = variant;
    this.question = variant.questions().values().iterator().next();
  }

  /** A question of {@code kind} whose answer is {@code answerJson}; {@code extra} adds question fields. */
  static Drill of(String kind, String answerJson, String extra) {
    String json = """
        {"format": 1, "kind": "lesson", "id": "drill", "title": "Drill",
         "pages": [{"type": "problem", "id": "p",
           "questions": [{"id": "q", "kind": "%s", "prompt": "?", "answer": %s %s}]}]}
        """.formatted(kind, answerJson, extra.isEmpty() ? "" : ", " + extra);
    LessonLoader.Result r = LessonLoader.parse(json, "drill.json");
    assertThat(r.diagnostics()).as("the drill loads").isEmpty();
    LessonFile f = r.lesson().orElseThrow();
    return new Drill(new LessonVariant(f, ""));
  }

  static Drill of(String kind, String answerJson) {
    return of(kind, answerJson, "");
  }

  Feedback type(String typed) {
    return variant.check(question, typed);
  }

  Feedback table(List<List<String>> rows) {
    return variant.checkTable(question, rows);
  }

  /** The id of the mistake named for {@code typed}, or null. */
  String mistake(String typed) {
    Feedback f = type(typed);
    assertThat(f.isRight()).as("'%s' is not right", typed).isFalse();
    return f.mistake();
  }

  boolean right(String typed) {
    return type(typed).isRight();
  }
}
