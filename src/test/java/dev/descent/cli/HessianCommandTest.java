package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HessianCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ellipticBowlOfTheNotesAsJson() throws Exception {
    Cli r = Cli.run("hessian", "--f", "5x^2+13y^2", "--at", "x=0,y=0", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("point").get("x").asDouble()).isEqualTo(0);
    assertThat(j.get("value").asDouble()).isEqualTo(0);
    assertThat(j.get("gradient").get("y").asDouble()).isEqualTo(0);
    assertThat(j.get("hessian").get(0).get(0).asDouble()).isEqualTo(10);
    assertThat(j.get("hessian").get(1).get(1).asDouble()).isEqualTo(26);
    assertThat(j.get("hessian").get(0).get(1).asDouble()).isEqualTo(0);
    assertThat(j.get("eigenvalues").get(0).asDouble()).isCloseTo(10, within(1e-12));
    assertThat(j.get("eigenvalues").get(1).asDouble()).isCloseTo(26, within(1e-12));
    assertThat(j.get("condition").asDouble()).isCloseTo(2.6, within(1e-12));
    assertThat(j.get("eta_max").asDouble()).isCloseTo(2.0 / 26, within(1e-12));
    assertThat(j.get("eta_opt").asDouble()).isCloseTo(2.0 / 36, within(1e-12));
  }

  @Test
  void rowsFollowTheOrderOfAt() throws Exception {
    JsonNode j = JSON.readTree(Cli.run("hessian", "--f", "5x^2+13y^2", "--at", "y=0,x=0", "--format", "json").out());
    assertThat(j.get("hessian").get(0).get(0).asDouble()).isEqualTo(26);
  }

  @Test
  void saddleGivesNullsNotNumbers() throws Exception {
    JsonNode j = JSON.readTree(Cli.run("hessian", "--f", "x^2 - y^2", "--at", "x=0,y=0", "--format", "json").out());
    assertThat(j.get("condition").isNull()).isTrue();
    assertThat(j.get("eta_max").isNull()).isTrue();
    assertThat(j.get("eta_opt").isNull()).isTrue();
    assertThat(j.get("eigenvalues").get(0).asDouble()).isCloseTo(-2, within(1e-12));
  }

  @Test
  void tableOfHalfDiagFiveOne() {
    // 1/2 x^T diag(5,1) x: kappa 5, eta* 1/3, 2/lambda_max 0.4.
    Cli r = Cli.run("hessian", "--f", "0.5*(5x^2 + y^2)", "--at", "x=1,y=1");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("= 5", "= 0.4", "= 0.3333333333");
  }

  @Test
  void tenVariablesWork() throws Exception {
    StringBuilder f = new StringBuilder();
    StringBuilder at = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      f.append(i == 1 ? "" : " + ").append(i).append("*x").append(i).append("^2");
      at.append(i == 1 ? "" : ",").append("x").append(i).append("=1");
    }
    JsonNode j = JSON.readTree(Cli.run("hessian", "--f", f.toString(), "--at", at.toString(), "--format", "json").out());
    // Hessian diag(2, 4, ..., 20): kappa 10.
    assertThat(j.get("eigenvalues")).hasSize(10);
    assertThat(j.get("condition").asDouble()).isCloseTo(10, within(1e-12));
  }

  @Test
  void badExpressionIsAUsageError() {
    Cli r = Cli.run("hessian", "--f", "5x^2 +* 13y^2", "--at", "x=0,y=0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("column").doesNotContain("Exception");
  }
}
