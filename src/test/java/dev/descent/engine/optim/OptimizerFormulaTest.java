package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The formula an optimizer writes for {@code trace --help} and the catalogue is the update its
 * {@code step} takes: each line is read back as an expression (the notation turned into the
 * expression language: η into eta, √v into sqrt(v), ...) and worked step after step beside the
 * optimizer itself, on f(x) = 1.5x² − x, whose gradient 3x − 1 and Hessian 3 the formulas of
 * Nesterov and Newton name. A formula that leaves out a term, or a step that changes alone, fails.
 */
class OptimizerFormulaTest {
  private static final Objective F = Expression.parse("1.5*x^2 - x").bind(List.of("x"));
  /** Settings away from the defaults, so that each one shows (ε large enough for its place to matter). */
  private static final Map<String, Double> SETTINGS = Map.of("beta", 0.8, "beta1", 0.85, "beta2", 0.95, "eps", 0.01,
      "mu", 0.7, "weight_decay", 0.1);
  private static final Pattern GRADIENT_AT = Pattern.compile("∇f\\(([^()]*)\\)");
  private static final Pattern ROOT_OF_NAME = Pattern.compile("√([A-Za-z_][A-Za-z_0-9]*)");

  @ParameterizedTest
  @EnumSource(OptimizerForm.class)
  void theFormulaWorksOutEveryStepAsTheOptimizerTakesIt(OptimizerForm form) {
    Random rnd = new Random(20_261_128L + form.ordinal());
    Map<String, Double> given = new LinkedHashMap<>();
    for (HyperParameter p : form.parameters()) {
      given.put(p.key(), SETTINGS.get(p.key()));
    }
    Optimizer opt = form.make(given);
    double eta = 0.05 + 0.2 * rnd.nextDouble();
    double[] x = {rnd.nextDouble() * 4 - 2};
    double[][] state = opt.initialState(x);
    Map<String, Double> env = new LinkedHashMap<>();
    for (HyperParameter p : form.parameters()) {
      env.put(ascii(p.symbol()), given.get(p.key()));
    }
    env.put("eta", eta);
    env.put("H", F.hessian(x)[0][0]);
    env.put("x", x[0]);
    for (int i = 0; i < opt.stateNames().size(); i++) {
      env.put(opt.stateNames().get(i), state[i][0]);
    }
    for (int t = 1; t <= 5; t++) {
      double[] g = GradientOracle.of(F, Clipping.none()).at(x);
      double before = x[0];
      x = opt.step(x, g, GradientOracle.of(F, Clipping.none()), state, eta, t);
      env.put("g", g[0]);
      env.put("t", (double) t);
      for (String line : assignments(opt.formula())) {
        work(line, env);
      }
      env.put("x_prev", before);
      String where = form.id() + " at step " + t + ", formula " + opt.formula();
      assertThat(env.get("x")).as(where).isCloseTo(x[0], within(1e-12 * (1 + Math.abs(x[0]))));
      for (int i = 0; i < opt.stateNames().size(); i++) {
        double kept = state[i][0];
        assertThat(env.get(opt.stateNames().get(i))).as(where + ", state " + opt.stateNames().get(i))
            .isCloseTo(kept, within(1e-12 * (1 + Math.abs(kept))));
      }
    }
  }

  /** The lines of a formula that assign, without its notes: a note is in parentheses, over one line or more. */
  private static List<String> assignments(List<String> formula) {
    List<String> out = new ArrayList<>();
    boolean inNote = false;
    for (String line : formula) {
      if (line.startsWith("(") || inNote) {
        inNote = !line.endsWith(")");
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** Works one line of a formula into {@code env}: "v ← β·v + g" sets v. */
  private static void work(String line, Map<String, Double> env) {
    String assignment = line.split(" {3}\\(")[0];
    String[] sides = assignment.contains("←") ? assignment.split("←") : assignment.split(" = ", 2);
    assertThat(sides).as("an assignment: " + line).hasSize(2);
    List<String> names = new ArrayList<>(env.keySet());
    double[] values = new double[names.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = env.get(names.get(i));
    }
    double value = Expression.parse(ascii(sides[1])).bind(names).value(values);
    env.put(ascii(sides[0]).strip(), value);
  }

  /** The course's notation as the expression language writes it. */
  static String ascii(String formula) {
    String s = formula.replace("m\u0302", "m_hat").replace("v\u0302", "v_hat");
    Matcher at = GRADIENT_AT.matcher(s);
    s = at.replaceAll(m -> "(3*(" + Matcher.quoteReplacement(m.group(1)) + ") - 1)");
    s = s.replace("H⁻¹·g", "g/H").replace("β₁", "beta1").replace("β₂", "beta2").replace("β", "beta")
        .replace("η", "eta").replace("ε", "eps").replace("μ", "mu").replace("λ", "lambda").replace("ᵗ", "^t")
        .replace("²", "^2").replace("·", "*").replace("−", "-").replace("√(", "sqrt(");
    return ROOT_OF_NAME.matcher(s).replaceAll("sqrt($1)");
  }
}
