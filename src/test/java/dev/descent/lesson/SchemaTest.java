package dev.descent.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema that editors use agrees with the loader: every shipped file passes both, and files
 * broken in ways the loader refuses are refused by the schema too.
 */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    schema = factory.getSchema(Files.readString(Path.of("lessons/descent.schema.json")));
  }

  static Stream<Path> shipped() throws IOException {
    try (Stream<Path> l = Files.list(Path.of("lessons")); Stream<Path> e = Files.list(Path.of("exercises"))) {
      return Stream.concat(l.toList().stream(), e.toList().stream())
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void shippedFilesPassTheSchemaAndTheLoader(Path file) throws IOException {
    Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
    assertThat(errors).as(file.toString()).isEmpty();
    assertThat(LessonLoader.load(file, file.toString()).diagnostics()).isEmpty();
  }

  private static final String GOOD = """
      {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
        {"type": "problem", "id": "p", "questions": [
          {"id": "q", "kind": "number", "prompt": "?", "answer": {"compute": "formula", "expr": "1/3"}}]}]}
      """;

  @ParameterizedTest
  @ValueSource(strings = {
      "\"format\": 1,|\"format\": 1, \"colour\": \"red\",",
      "\"kind\": \"lesson\"|\"kind\": \"lecture\"",
      "\"prompt\": \"?\",|\"prompt\": \"?\", \"hint\": [\"x\"],",
      "\"compute\": \"formula\"|\"compute\": \"formulae\"",
      "\"expr\": \"1/3\"|\"expr\": \"1/3\", \"step\": 2",
      "\"type\": \"problem\", \"id\": \"p\",|\"type\": \"problem\",",
      "\"kind\": \"number\"|\"kind\": \"scalar\"",
  })
  void brokenFilesAreRefusedByBoth(String edit) throws IOException {
    String[] parts = edit.split("\\|");
    String broken = GOOD.replace(parts[0], parts[1]);
    assertThat(broken).isNotEqualTo(GOOD);
    assertThat(schema.validate(JSON.readTree(broken))).as("schema on %s", parts[1]).isNotEmpty();
    assertThat(LessonLoader.parse(broken, "broken.json").diagnostics()).as("loader on %s", parts[1]).isNotEmpty();
    assertThat(schema.validate(JSON.readTree(GOOD))).isEmpty();
    assertThat(LessonLoader.parse(GOOD, "good.json").diagnostics()).isEmpty();
  }

  /** The files of src/test/resources/dev/descent/lesson/schema-broken/, each broken in one way descent refuses. */
  static Stream<Path> broken() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/dev/descent/lesson/schema-broken"))) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("broken")
  void whatDescentRefusesTheSchemaRefusesToo(Path file) throws IOException {
    Path good = Path.of("src/test/resources/dev/descent/lesson/schema-good.json");
    assertThat(schema.validate(JSON.readTree(good.toFile()))).isEmpty();
    assertThat(LessonLoader.load(good, good.toString()).diagnostics()).isEmpty();

    assertThat(LessonLoader.load(file, file.toString()).diagnostics()).as("loader").isNotEmpty();
    assertThat(schema.validate(JSON.readTree(file.toFile()))).as("schema").isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void anErrorInsideAProblemPageIsReportedInsideItNotAsAPageMatchingNoSchema() throws IOException {
    Path file = Path.of("src/test/resources/dev/descent/lesson/schema-broken/choices-on-a-number-question.json");

    Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));

    assertThat(errors).anySatisfy(e -> assertThat(e.getInstanceLocation().toString())
        .isEqualTo("$.pages[1].questions[0].choices"));
    assertThat(errors).noneSatisfy(e -> assertThat(e.getMessage()).containsIgnoringCase("oneOf"));
  }

  @org.junit.jupiter.api.Test
  void theSchemaHasNoUnionTypesWhichAjvStrictRefuses() throws IOException {
    JsonNode root = JSON.readTree(Path.of("lessons/descent.schema.json").toFile());
    assertThat(root.findValues("type")).noneSatisfy(t -> assertThat(t.isArray()).as(t.toString()).isTrue());
    assertThat(root.findValues("oneOf")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void everyRunInTheSchemaKnowsTheOptimizerCatalogue() throws IOException {
    JsonNode root = JSON.readTree(Path.of("lessons/descent.schema.json").toFile());
    List<JsonNode> runs = root.findParents("optimizer");
    assertThat(runs).hasSizeGreaterThan(5);
    List<String> keys = Stream.of(dev.descent.engine.optim.HyperParameter.values())
        .map(dev.descent.engine.optim.HyperParameter::key).toList();
    for (JsonNode run : runs) {
      List<String> names = Stream.of(JSON.convertValue(run.get("optimizer").get("enum"), String[].class)).toList();
      assertThat(names).containsExactlyElementsOf(dev.descent.engine.optim.OptimizerForm.ids());
      for (String key : keys) {
        assertThat(run.has(key)).as("%s beside optimizer", key).isTrue();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aStepWithSeveralWeightsAndABiasPassesTheSchemaAndTheLoader() throws IOException {
    String lesson = dev.descent.cli.FeatureSgdLessonTestAccess.lesson();
    assertThat(schema.validate(JSON.readTree(lesson))).isEmpty();
    assertThat(LessonLoader.parse(lesson, "features.json").diagnostics()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void everyComputationIsInTheSchema() throws IOException {
    JsonNode names = JSON.readTree(Path.of("lessons/descent.schema.json").toFile())
        .at("/$defs/answer/properties/compute/enum");
    List<String> inSchema = Stream.of(JSON.convertValue(names, String[].class)).sorted().toList();
    assertThat(inSchema).containsExactlyElementsOf(ComputationForm.ids().stream().sorted().toList());
  }

  @org.junit.jupiter.api.Test
  void everyQuestionKindIsInTheSchema() throws IOException {
    JsonNode names = JSON.readTree(Path.of("lessons/descent.schema.json").toFile())
        .at("/$defs/question/properties/kind/enum");
    List<String> inSchema = Stream.of(JSON.convertValue(names, String[].class)).toList();
    assertThat(inSchema).containsExactlyElementsOf(dev.descent.course.QuestionKind.ids());
  }
}
