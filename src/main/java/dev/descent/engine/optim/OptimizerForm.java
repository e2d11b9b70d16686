package dev.descent.engine.optim;

import static dev.descent.engine.optim.HyperParameter.BETA;
import static dev.descent.engine.optim.HyperParameter.BETA1;
import static dev.descent.engine.optim.HyperParameter.BETA2;
import static dev.descent.engine.optim.HyperParameter.EPS;
import static dev.descent.engine.optim.HyperParameter.MU;
import static dev.descent.engine.optim.HyperParameter.WEIGHT_DECAY;

import dev.descent.engine.DescentException;
import dev.descent.engine.Decimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of update rules, one constant per form the course's notes use: its name in lesson
 * files and on the command line, the hyper-parameters it takes, the state it keeps, and the optimizer
 * it builds, which writes its own update as a formula ({@link Optimizer#formula}) beside the step that
 * computes it. {@code trace --help}, trace's and the lesson loader's checks of names and settings, and
 * the README all read it from here. In the formulas g is the gradient at x (clipped when the run
 * clips) and t the number of the step, 1 for the first.
 */
public enum OptimizerForm {
  GD("gd", "plain gradient descent", List.of(), List.of()) {
    @Override Optimizer build(Settings s) { return new GradientDescent(); }
  },
  MOMENTUM("momentum", "momentum, the course's form: the velocity sums gradients", List.of(BETA), List.of("v")) {
    @Override Optimizer build(Settings s) { return new Momentum(s.get(BETA)); }
  },
  MOMENTUM_VELOCITY("momentum-velocity", "momentum with the rate inside the velocity", List.of(MU), List.of("v")) {
    @Override Optimizer build(Settings s) { return new MomentumVelocity(s.get(MU)); }
  },
  HEAVY_BALL("heavy-ball", "Polyak's heavy ball: the last move, scaled by μ, is made again",
      List.of(MU), List.of("x_prev")) {
    @Override Optimizer build(Settings s) { return new HeavyBall(s.get(MU)); }
  },
  NESTEROV("nesterov", "Nesterov's momentum: the gradient is taken at the look-ahead point",
      List.of(BETA), List.of("v")) {
    @Override Optimizer build(Settings s) { return new Nesterov(s.get(BETA)); }
  },
  ADAGRAD("adagrad", "AdaGrad, ε outside the root", List.of(EPS), List.of("G")) {
    @Override Optimizer build(Settings s) { return new AdaGrad(s.get(EPS), EpsPlacement.OUTSIDE); }
  },
  ADAGRAD_EPS_INSIDE("adagrad-eps-inside", "AdaGrad, ε inside the root", List.of(EPS), List.of("G")) {
    @Override Optimizer build(Settings s) { return new AdaGrad(s.get(EPS), EpsPlacement.INSIDE); }
  },
  RMSPROP("rmsprop", "RMSProp, ε outside the root", List.of(BETA, EPS), List.of("v")) {
    @Override Optimizer build(Settings s) { return new RmsProp(s.get(BETA), s.get(EPS), EpsPlacement.OUTSIDE); }
  },
  RMSPROP_EPS_INSIDE("rmsprop-eps-inside", "RMSProp, ε inside the root", List.of(BETA, EPS), List.of("v")) {
    @Override Optimizer build(Settings s) { return new RmsProp(s.get(BETA), s.get(EPS), EpsPlacement.INSIDE); }
  },
  ADAM("adam", "Adam with bias correction", List.of(BETA1, BETA2, EPS), List.of("m", "v", "m_hat", "v_hat")) {
    @Override Optimizer build(Settings s) { return new Adam(s.get(BETA1), s.get(BETA2), s.get(EPS)); }
  },
  ADAM_NOBIAS("adam-nobias", "Adam without bias correction", List.of(BETA1, BETA2, EPS), List.of("m", "v")) {
    @Override Optimizer build(Settings s) { return new AdamNoBias(s.get(BETA1), s.get(BETA2), s.get(EPS)); }
  },
  ADAMW("adamw", "AdamW: Adam with decoupled weight decay, applied first (as PyTorch's AdamW)",
      List.of(BETA1, BETA2, EPS, WEIGHT_DECAY), List.of("m", "v", "m_hat", "v_hat")) {
    @Override Optimizer build(Settings s) {
      return new AdamW(s.get(BETA1), s.get(BETA2), s.get(EPS), s.get(WEIGHT_DECAY));
    }
  },
  NEWTON("newton", "Newton's method: the step that lands on the minimum of the local quadratic",
      List.of(), List.of()) {
    @Override Optimizer build(Settings s) { return new Newton(); }
  };

  private final String id;
  private final String title;
  private final List<HyperParameter> parameters;
  private final List<String> state;

  OptimizerForm(String id, String title, List<HyperParameter> parameters, List<String> state) {
    this.id = id;
    this.title = title;
    this.parameters = parameters;
    this.state = state;
  }

  abstract Optimizer build(Settings s);

  /** The name in lesson files and on the command line, such as {@code adam-nobias}. */
  public String id() {
    return id;
  }

  /** What the form is, in a few words. */
  public String title() {
    return title;
  }

  /** The hyper-parameters it takes besides the learning rate, in order. */
  public List<HyperParameter> parameters() {
    return parameters;
  }

  /** The names of the state vectors it keeps, in order. */
  public List<String> state() {
    return state;
  }

  /** The update, one assignment a line, in the course's notation: the formula of the optimizer itself. */
  public List<String> formula() {
    return make(Map.of()).formula();
  }

  /** The names of every form, in catalogue order. */
  public static List<String> ids() {
    List<String> out = new ArrayList<>();
    for (OptimizerForm f : values()) {
      out.add(f.id);
    }
    return out;
  }

  /** The form called {@code name} ({@code sgd} is another name for {@code gd}). */
  public static OptimizerForm named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (OptimizerForm f : values()) {
      if (f.id.equals(n)) {
        return f;
      }
    }
    if (n.equals("sgd")) {
      return GD;
    }
    throw new DescentException("unknown optimizer '" + name.strip() + "'; use one of " + String.join(", ", ids()));
  }

  /** The optimizer called {@code name} with every setting at its default. */
  public static Optimizer make(String name) {
    return named(name).make(Map.of());
  }

  /**
   * This form with the settings {@code given} (by key, such as {@code beta1}) and the defaults for
   * the rest; a setting the form does not take is refused, so that a typo is not ignored.
   */
  public Optimizer make(Map<String, Double> given) {
    Map<HyperParameter, Double> values = new EnumMap<>(HyperParameter.class);
    for (HyperParameter p : parameters) {
      values.put(p, p.fallback());
    }
    for (Map.Entry<String, Double> e : given.entrySet()) {
      HyperParameter p = HyperParameter.named(e.getKey()).filter(parameters::contains).orElseThrow(() ->
          new DescentException(id + " has no setting " + e.getKey() + " ("
              + (parameters.isEmpty() ? "it takes none besides eta" : "it takes " + keys()) + ")"));
      values.put(p, p.check(e.getValue()));
    }
    return build(new Settings(values));
  }

  /** The keys of the settings, joined: {@code beta1, beta2, eps}. */
  public String keys() {
    List<String> out = new ArrayList<>();
    for (HyperParameter p : parameters) {
      out.add(p.key());
    }
    return String.join(", ", out);
  }

  /** The lines of {@code formula} with the settings' values in place of their symbols, joined by {@code ;}. */
  String rule(List<String> formula, Map<String, Double> values) {
    List<String> lines = new ArrayList<>();
    for (String line : formula) {
      String s = line;
      for (HyperParameter p : parameters) {
        Double v = values.get(p.key());
        if (v != null) {
          s = s.replace(p.symbol(), Decimal.brief(v));
        }
      }
      lines.add(s);
    }
    return String.join(";  ", lines);
  }

  /** The values of an optimizer's settings by key, in the form's order. */
  Map<String, Double> values(double... v) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      out.put(parameters.get(i).key(), v[i]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The settings a form is built with, each checked and filled in. */
  record Settings(Map<HyperParameter, Double> values) {
    double get(HyperParameter p) {
      return values.get(p);
    }
  }
}
