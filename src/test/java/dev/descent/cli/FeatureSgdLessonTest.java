package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson asks for one SGD step with several weights and a bias: validate plays every quantity
 * and recognises every usual mistake; key prints the hand-worked answers.
 */
class FeatureSgdLessonTest {
  /** The lesson's questions, one per quantity, on the batch of FeatureStepTest. */
  static final String LESSON = """
      {"format": 1, "kind": "lesson", "id": "features", "title": "F", "pages": [
        {"type": "problem", "id": "lin",
         "with": {"model": "linear", "w": [1, -1], "b": 0.5, "eta": 0.1,
                  "batch": [[[1, 0], 2], [[0, 2], 0], [[1, 1], 3]]},
         "show": [{"sgd": {"model": "linear", "w": [1, -1], "b": 0.5, "eta": 0.1,
                  "batch": [[[1, 0], 2], [[0, 2], 0], [[1, 1], 3]]}}],
         "questions": [
           {"id": "z", "kind": "vector", "prompt": "z?", "answer": {"compute": "sgd", "take": "scores"}},
           {"id": "e", "kind": "vector", "prompt": "errors?", "answer": {"compute": "sgd", "take": "errors"}},
           {"id": "g", "kind": "vector", "prompt": "gradient?", "answer": {"compute": "sgd", "take": "gradient"}},
           {"id": "gb", "kind": "number", "prompt": "grad b?", "answer": {"compute": "sgd", "take": "grad_b"}},
           {"id": "w", "kind": "vector", "prompt": "new w?", "answer": {"compute": "sgd", "take": "new_w"}},
           {"id": "b", "kind": "number", "prompt": "new b?", "answer": {"compute": "sgd", "take": "new_b"}},
           {"id": "l", "kind": "number", "prompt": "loss?", "answer": {"compute": "sgd", "take": "loss_after"}}]},
        {"type": "problem", "id": "log",
         "variables": {"y": {"choose": [0, 1]}},
         "with": {"model": "logistic", "w": [0.5, -0.25], "b": 0.1, "eta": 0.5, "x": [1, 2], "y": "y"},
         "questions": [
           {"id": "p", "kind": "number", "prompt": "p?", "answer": {"compute": "sgd", "take": "prediction"}},
           {"id": "g", "kind": "vector", "prompt": "gradient?", "answer": {"compute": "sgd", "take": "gradient"}},
           {"id": "w", "kind": "vector", "prompt": "new w?", "answer": {"compute": "sgd", "take": "new_w"}},
           {"id": "b", "kind": "number", "prompt": "new b?", "answer": {"compute": "sgd", "take": "new_b"}}]}]}
      """;

  @Test
  void everyQuantityAndMistakeIsPlayed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("features.json");
    Files.writeString(file, LESSON);
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).as(v.out()).isEqualTo(0);
    Cli key = Cli.run("key", file.toString());
    // By hand (FeatureStepTest): z = (1.5, -1.5, 0.5), errors (-0.5, -1.5, -2.5), gradient (-1, -1.8333),
    // grad b -1.5, new w (1.1, -0.81667), new b 0.65.
    assertThat(key.out()).contains("1.1", "0.65", "-1.5");
  }

  @Test
  void aBiasWithoutAListOfWeightsIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        {"format": 1, "kind": "lesson", "id": "bad", "title": "F", "pages": [
          {"type": "problem", "id": "p", "questions": [
            {"id": "q", "kind": "number", "prompt": "?", "answer": {"compute": "sgd", "model": "linear", "w": 1,
             "b": 0.5, "eta": 0.1, "x": 2, "y": 1, "take": "new_w"}}]}]}
        """);
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).contains("\"b\", the bias, goes with a list of weights");
  }

  @Test
  void featuresAndWeightsMustAgree(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        {"format": 1, "kind": "lesson", "id": "bad", "title": "F", "pages": [
          {"type": "problem", "id": "p", "questions": [
            {"id": "q", "kind": "vector", "prompt": "?", "answer": {"compute": "sgd", "model": "linear", "w": [1, 2],
             "eta": 0.1, "x": [2, 1, 3], "y": 1, "take": "new_w"}}]}]}
        """);
    Cli v = Cli.run("validate", file.toString());
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).contains("sample 1 has 3 features but \"w\" has 2 weights");
  }
}
