package dev.descent.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Times, a learner's typical progress, and a reader for the JSON the store wrote. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2025-01-31T09:30:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** Instant {@code seconds} after {@link #T0}. */
  static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  /** Alice's progress in one lesson: a question solved at the second try after a hint, a table shown. */
  static LearnerProgress alice() {
    LearnerProgress alice = new LearnerProgress("alice");
    LessonProgress lesson = alice.lesson("gd-basics");
    lesson.visit(2, at(600));
    QuestionProgress step = lesson.question("one-step");
    step.recordAttempt("0.5", false, "sign-flip", at(0));
    step.recordHint();
    step.recordAttempt("-0.25", false, "forgot-rate", at(60));
    step.recordAttempt("0.25", true, null, at(120));
    QuestionProgress table = lesson.question("eight-steps");
    table.recordTableAttempt(List.of(List.of("1", "0.6"), List.of("2", "0.96")), false, "sign-flip", at(300));
    table.recordSolutionShown();
    return alice;
  }

  /** The JSON of a file. */
  static JsonNode json(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of a text. */
  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
