package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.descent.engine.optim.HyperParameter;
import dev.descent.engine.optim.OptimizerForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code trace} with the optimizer forms of the catalogue: their settings, state, help and refusals. */
class TraceFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    return JSON.readTree(r.out());
  }

  @Test
  void heavyBallShowsThePointItRemembers() throws Exception {
    // w^2 from 4, eta = 0.1, mu = 0.9: 3.2, then 3.2 - 0.64 - 0.72 = 1.84, remembering 3.2.
    JsonNode j = json("trace", "--f", "w^2", "--start", "w=4", "--eta", "0.1", "--steps", "2", "--optimizer",
        "heavy-ball", "--mu", "0.9", "--state", "--format", "json");
    assertThat(j.get("params").get("mu").asDouble()).isEqualTo(0.9);
    JsonNode step2 = j.get("rows").get(2);
    assertThat(step2.get("point").get("w").asDouble()).isCloseTo(1.84, within(1e-15));
    assertThat(step2.get("state").get("x_prev").get("w").asDouble()).isCloseTo(3.2, within(1e-15));
  }

  @Test
  void adamWTakesItsWeightDecay() throws Exception {
    // w1 = 1*(1 - 0.1*0.01) - 0.1*2/(2 + 1e-8) = 0.8990000005.
    JsonNode j = json("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--steps", "1", "--optimizer", "adamw",
        "--weight-decay", "0.01", "--format", "json");
    assertThat(j.get("params").get("weight_decay").asDouble()).isEqualTo(0.01);
    assertThat(j.get("rows").get(1).get("point").get("w").asDouble()).isCloseTo(0.8990000005, within(1e-15));
  }

  @Test
  void newtonStopsAtASaddleAndSaysWhy() throws Exception {
    JsonNode j = json("trace", "--f", "x^2 - y^2", "--start", "x=1,y=1", "--eta", "1", "--optimizer", "newton",
        "--format", "json");
    assertThat(j.get("rows")).hasSize(1);
    assertThat(j.get("diverged").isNull()).isTrue();
    assertThat(j.get("stopped").asInt()).isEqualTo(1);
    assertThat(j.get("stop").asText()).contains("indefinite");
    Cli table = Cli.run("trace", "--f", "x^2 - y^2", "--start", "x=1,y=1", "--eta", "1", "--optimizer", "newton");
    assertThat(table.exit()).isEqualTo(0);
    assertThat(table.out()).contains("stopped before step 1", "positive-definite Hessian");
  }

  @Test
  void aSettingTheFormDoesNotTakeIsNamedWithTheOnesItDoes() {
    Cli r = Cli.run("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--optimizer", "adam", "--mu", "0.9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--mu: adam has no setting mu (it takes --beta1, --beta2, --eps)");
    Cli gd = Cli.run("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--weight-decay", "0.1");
    assertThat(gd.err()).contains("--weight-decay: gd has no setting weight_decay (it takes none besides --eta)");
  }

  @Test
  void aSettingOutOfRangeSaysWhatIsAllowed() {
    Cli r = Cli.run("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--optimizer", "adamw",
        "--weight-decay", "-1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--weight-decay: weight_decay must be zero or a small positive number, got -1");
    Cli mu = Cli.run("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--optimizer", "heavy-ball", "--mu", "1");
    assertThat(mu.err()).contains("--mu: mu must be at least 0 and below 1");
  }

  @ParameterizedTest
  @EnumSource(OptimizerForm.class)
  void theHelpShowsEveryFormWithItsFormula(OptimizerForm form) {
    String help = Cli.run("trace", "--help").out();
    assertThat(help).contains("  " + form.id() + " ");
    for (String line : form.formula()) {
      assertThat(help).contains(line);
    }
  }

  @ParameterizedTest
  @EnumSource(HyperParameter.class)
  void everySettingHasAnOptionThatTraceReads(HyperParameter p) throws Exception {
    OptimizerForm form = java.util.Arrays.stream(OptimizerForm.values()).filter(f -> f.parameters().contains(p))
        .findFirst().orElseThrow();
    JsonNode j = json("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--steps", "1", "--optimizer",
        form.id(), p.option(), "0.5", "--format", "json");
    assertThat(j.get("params").get(p.key()).asDouble()).isEqualTo(0.5);
    assertThat(Cli.run("trace", "--help").out()).contains(p.option());
  }

  @ParameterizedTest
  @EnumSource(OptimizerForm.class)
  void theReadmesListEveryForm(OptimizerForm form) throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    String lessons = java.nio.file.Files.readString(java.nio.file.Path.of("lessons/README.md"));
    assertThat(readme).contains("`" + form.id() + "`");
    assertThat(lessons).contains("`" + form.id() + "`");
    for (HyperParameter p : form.parameters()) {
      assertThat(readme).contains("`" + p.option() + "`");
      assertThat(lessons).contains("`" + p.key() + "`");
    }
  }

  @Test
  void theHelpSaysHowTheSchedulesMeetPyTorchs() {
    String help = Cli.run("trace", "--help").out();
    assertThat(help).contains("StepLR(step_size=S, gamma=G)", "CosineAnnealingLR(T_max=K)", "one step ahead",
        "rises again");
    assertThat(help.lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
  }
}
