package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson names the optimizer forms of the catalogue and their settings; validate and key play them. */
class LessonOptimizerFormsTest {

  private static Path lesson(Path dir, String with, String questions) throws IOException {
    Path file = dir.resolve("forms.json");
    Files.writeString(file, """
        {"format": 1, "kind": "lesson", "id": "forms", "title": "F", "pages": [
          {"type": "problem", "id": "p",
           "with": %s,
           "questions": [%s]}]}
        """.formatted(with, questions));
    return file;
  }

  @Test
  void aHeavyBallRunIsPlayedAndItsStateCanBeAskedFor(@TempDir Path dir) throws IOException {
    // w^2 from 4 at eta = 0.1, mu = 0.9: w1 = 3.2, w2 = 3.2 - 0.64 - 0.72 = 1.84, x_prev = 3.2.
    Path file = lesson(dir, """
        {"f": "w^2", "start": {"w": 4}, "eta": 0.1, "optimizer": "heavy-ball", "mu": 0.9, "steps": 2}""", """
        {"id": "w2", "kind": "number", "prompt": "w2?", "answer": {"compute": "trajectory", "step": 2, "take": "w"}},
        {"id": "prev", "kind": "number", "prompt": "x_prev?", "answer": {"compute": "trajectory", "step": 2, "take": "x_prev"}},
        {"id": "t", "kind": "table", "prompt": "rows", "columns": ["w", "x_prev.w"], "rows": [1, 2],
         "answer": {"compute": "table"}},
        {"id": "b", "kind": "choice", "prompt": "?", "choices": [{"id": "converges", "text": "a"},
         {"id": "oscillating", "text": "b"}, {"id": "oscillates", "text": "c"}, {"id": "diverges", "text": "d"}],
         "answer": {"compute": "behaviour", "minimum": {"w": 0}, "steps": 40}}""");
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).as(v.out()).isEqualTo(0);
    Cli key = Cli.run("key", file.toString());
    assertThat(key.out()).contains("1.84", "3.2");
  }

  @Test
  void everyNewFormRunsInALesson(@TempDir Path dir) throws IOException {
    for (String form : new String[] {"momentum-velocity", "adagrad-eps-inside", "rmsprop-eps-inside", "adam-nobias",
        "adamw", "newton"}) {
      Path file = lesson(dir, """
          {"f": "(w-1)^2 + 0.1*w^4", "start": {"w": 3}, "eta": 0.1, "optimizer": "%s", "steps": 3}""".formatted(form), """
          {"id": "w3", "kind": "number", "prompt": "w3?", "answer": {"compute": "trajectory", "step": 3, "take": "w"}},
          {"id": "t", "kind": "table", "prompt": "rows", "columns": ["w"], "rows": [1, 3], "answer": {"compute": "table"}}""");
      Cli v = Cli.run("validate", file.toString());
      assertThat(v.exit()).as(form + ": " + v.out()).isEqualTo(0);
    }
  }

  @Test
  void aSettingTheFormDoesNotTakeIsReportedWhereItIsWritten(@TempDir Path dir) throws IOException {
    Path file = lesson(dir, """
        {"f": "w^2", "start": {"w": 4}, "eta": 0.1, "optimizer": "adam",
         "mu": 0.9, "steps": 2}""", """
        {"id": "w2", "kind": "number", "prompt": "w2?", "answer": {"compute": "trajectory", "step": 2, "take": "w"}}""");
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).contains(file + ":4:").contains("adam has no setting mu (it takes beta1, beta2, eps)");
  }

  @Test
  void aSettingOutOfRangeIsReportedWhereItIsWritten(@TempDir Path dir) throws IOException {
    Path file = lesson(dir, """
        {"f": "w^2", "start": {"w": 4}, "eta": 0.1, "optimizer": "adamw",
         "weight_decay": -0.5, "steps": 2}""", """
        {"id": "w2", "kind": "number", "prompt": "w2?", "answer": {"compute": "trajectory", "step": 2, "take": "w"}}""");
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).contains(file + ":4:").contains("weight_decay must be zero or a small positive number");
  }

  @Test
  void anUnknownFormListsTheCatalogue(@TempDir Path dir) throws IOException {
    Path file = lesson(dir, """
        {"f": "w^2", "start": {"w": 4}, "eta": 0.1, "optimizer": "lion", "steps": 2}""", """
        {"id": "w2", "kind": "number", "prompt": "w2?", "answer": {"compute": "trajectory", "step": 2, "take": "w"}}""");
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).contains("unknown optimizer \"lion\"").contains("heavy-ball").contains("adamw");
  }
}
