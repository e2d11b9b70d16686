package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TraceCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    return JSON.readTree(r.out());
  }

  @Test
  void jsonOfEightStepsFollowsTheClosedForm() throws Exception {
    JsonNode j = json("trace", "--f", "w^2-4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "8", "--format", "json");
    assertThat(j.get("optimizer").asText()).isEqualTo("gd");
    assertThat(j.get("params").get("eta").asDouble()).isEqualTo(0.3);
    assertThat(j.get("diverged").isNull()).isTrue();
    JsonNode rows = j.get("rows");
    assertThat(rows).hasSize(9);
    for (int k = 0; k <= 8; k++) {
      JsonNode row = rows.get(k);
      double w = 2 - 2 * Math.pow(0.4, k);
      assertThat(row.get("step").asInt()).isEqualTo(k);
      assertThat(row.get("point").get("w").asDouble()).isCloseTo(w, within(1e-12));
      assertThat(row.get("loss").asDouble()).isCloseTo(w * w - 4 * w + 5, within(1e-12));
      assertThat(row.get("grad").get("w").asDouble()).isCloseTo(2 * w - 4, within(1e-12));
    }
  }

  @Test
  void jsonReportsDivergenceWithItsStep() throws Exception {
    JsonNode j = json("trace", "--f", "(w-3)^2", "--start", "w=0", "--eta", "2", "--steps", "100", "--format", "json");
    // |w_k - 3| = 3^(k+1) passes 1e12 at k = 25.
    assertThat(j.get("diverged").asInt()).isEqualTo(25);
    assertThat(j.get("rows").get(1).get("point").get("w").asDouble()).isEqualTo(12);
    assertThat(j.get("rows").get(2).get("point").get("w").asDouble()).isEqualTo(-24);
  }

  @Test
  void adamStateIsShownWhenAsked() throws Exception {
    // f = w^2 from 1: the first Adam step has m = 0.2, v = 0.004, m_hat = 2, v_hat = 4.
    JsonNode j = json("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--steps", "1", "--optimizer", "adam",
        "--state", "--format", "json");
    JsonNode state = j.get("rows").get(1).get("state");
    assertThat(state.get("m").get("w").asDouble()).isCloseTo(0.2, within(1e-15));
    assertThat(state.get("v").get("w").asDouble()).isCloseTo(0.004, within(1e-15));
    assertThat(state.get("m_hat").get("w").asDouble()).isCloseTo(2, within(1e-14));
    assertThat(state.get("v_hat").get("w").asDouble()).isCloseTo(4, within(1e-12));
    assertThat(j.get("params").get("beta2").asDouble()).isEqualTo(0.999);
  }

  @Test
  void tableShowsTheHandValues() {
    Cli r = Cli.run("trace", "--f", "w^2-4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "8");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("1.2", "1.68", "1.99868928");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void tableOfADivergingRunSaysWhere() {
    Cli r = Cli.run("trace", "--f", "w^2-4w+5", "--start", "w=0", "--eta", "1.5", "--steps", "60");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("-510", "diverged at step");
    assertThat(r.out()).doesNotContain("NaN", "Infinity");
  }

  @Test
  void wideStateTablesFitEightyColumns() {
    Cli r = Cli.run("trace", "--f", "1 + sin(x) + cos(y) + (y + y^2 + x^2)/10", "--start", "x=0,y=0", "--eta", "0.01",
        "--steps", "5", "--optimizer", "adam", "--state", "--plot");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(r.out()).contains("m_hat", "v_hat");
  }

  @Test
  void csvHasAHeaderAndOneLinePerStep() {
    Cli r = Cli.run("trace", "--f", "(w-3)^2", "--start", "w=0", "--eta", "0.1", "--steps", "2", "--format", "csv");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out().lines()).hasSize(4);
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("step,w,");
    double[] w = r.out().lines().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).toArray();
    assertThat(w).containsExactly(new double[] {0, 0.6, 1.08}, within(1e-15));
    assertThat(r.out()).contains("\n0,0,9,-6\n").doesNotContain(".0,", "E");
  }

  @Test
  void everyThinsTheRowsAndKeepsTheLast() throws Exception {
    JsonNode j = json("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--steps", "25", "--every", "10",
        "--format", "json");
    assertThat(j.get("rows").findValuesAsText("step")).containsExactly("0", "10", "20", "25");
  }

  @Test
  void badExpressionExitsTwoWithTheColumn() {
    Cli r = Cli.run("trace", "--f", "w^2 - 4*w +", "--start", "w=0", "--eta", "0.3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected a term after '+' at column 11").doesNotContain("Exception", "\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingVariableIsNamed() {
    Cli r = Cli.run("trace", "--f", "x^2 + y^2", "--start", "x=0", "--eta", "0.3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("uses y");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=0", "--eta", "-1").exit()).isEqualTo(2);
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=0", "--eta", "abc").err()).contains("must be a number");
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=0", "--eta", "0.1", "--steps", "x").exit()).isEqualTo(2);
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w", "--eta", "0.1").err()).contains("name=value");
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=0", "--eta", "0.1", "--optimizer", "lion").err())
        .contains("unknown optimizer");
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=0", "--eta", "0.1", "--steps", "1000000000").err())
        .contains("number of steps");
    assertThat(Cli.run("trace", "--bogus").exit()).isEqualTo(2);
  }

  @Test
  void functionUndefinedAtTheStartIsAClearError() {
    Cli r = Cli.run("trace", "--f", "log(w)", "--start", "w=0", "--eta", "0.1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("at the start w = 0, the function log(w) or its gradient is infinite");
  }

  @Test
  void theLogarithmOfANegativeNumberIsNotDefinedRatherThanAnOverflow() {
    Cli start = Cli.run("trace", "--f", "log(w)", "--start", "w=-1", "--eta", "0.1");
    assertThat(start.err()).contains("at the start w = -1, the function log(w) or its gradient is not defined");
    // sqrt(w) from w = 1 at eta 4 steps to w = 1 - 4 * 0.5 = -1, where the square root is not defined
    Cli step = Cli.run("trace", "--f", "sqrt(w)", "--start", "w=1", "--eta", "4", "--steps", "3");
    assertThat(step.out()).contains("stopped at step 1: at w = -1, the function or its gradient is not defined")
        .doesNotContain("overflow");
  }

  @Test
  void numbersInMessagesAreWrittenAsDescentWritesThemNotAsJavaDoes() {
    assertThat(Cli.run("trace", "--f", "log(w)", "--start", "w=0", "--eta", "0.1").err()).contains("w = 0,")
        .doesNotContain("0.0");
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=1e300", "--eta", "0.1").err()).contains("w = 1e+300")
        .doesNotContain("E300");
    assertThat(Cli.run("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--clip", "-1e300").err())
        .contains("got -1e+300").doesNotContain("E300");
  }

  @Test
  void versionAndHelp() {
    assertThat(Cli.run("--version").out()).startsWith("descent ");
    Cli help = Cli.run("trace", "--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).contains("--optimizer", "--schedule", "nesterov");
  }
}
