package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A learning-rate schedule: the rate η_k of step k = 1, 2, … from the base rate η₀. Step 1 is the
 * update that leads from the start to the first new point.
 */
public sealed interface Schedule permits Schedule.Constant, Schedule.StepDecay, Schedule.InverseSqrt, Schedule.Cosine,
    Schedule.WarmRestarts {

  /** The learning rate of step {@code k} (k ≥ 1). */
  double rate(double eta0, int k);

  /** The schedule in the notation {@link #parse} reads back. */
  String spec();

  /** The rule as a formula, for tables and solutions. */
  String formula();

  /** η_k = η₀. */
  record Constant() implements Schedule {
    @Override public double rate(double eta0, int k) { return eta0; }

    @Override public String spec() { return "constant"; }

    @Override public String formula() { return "η_k = η₀"; }
  }

  /** Step decay η_k = η₀·γ^⌊k/s⌋. */
  record StepDecay(double gamma, int every) implements Schedule {
    public StepDecay {
      if (!(gamma > 0 && gamma <= 1)) {
        throw new DescentException("step decay: gamma must be above 0 and at most 1, got " + Decimal.of(gamma));
      }
      if (every < 1) {
        throw new DescentException("step decay: every must be a whole number of steps, 1 or more, got "
            + Decimal.of(every));
      }
    }

    @Override public double rate(double eta0, int k) { return eta0 * Math.pow(gamma, Math.floorDiv(k, every)); }

    @Override public String spec() { return "step:gamma=" + plain(gamma) + ",every=" + every; }

    @Override public String formula() { return "η_k = η₀·" + plain(gamma) + "^floor(k/" + every + ")"; }
  }

  /** Inverse square root η_k = η₀/√k. */
  record InverseSqrt() implements Schedule {
    @Override public double rate(double eta0, int k) { return eta0 / Math.sqrt(k); }

    @Override public String spec() { return "invsqrt"; }

    @Override public String formula() { return "η_k = η₀/√k"; }
  }

  /** Cosine decay η_k = η₀·½(1 + cos(πk/K)); past K the rate stays 0. */
  record Cosine(int total) implements Schedule {
    public Cosine {
      if (total < 1) {
        throw new DescentException("cosine: K must be a whole number of steps, 1 or more, got " + Decimal.of(total));
      }
    }

    @Override public double rate(double eta0, int k) {
      return k >= total ? 0 : eta0 * 0.5 * (1 + Math.cos(Math.PI * k / total));
    }

    @Override public String spec() { return "cosine:K=" + total; }

    @Override public String formula() { return "η_k = η₀·(1 + cos(πk/" + total + "))/2"; }
  }

  /**
   * Cosine decay with warm restarts: cycles of K steps, each starting again at η₀, η_k = η₀·½(1 + cos(πj/K))
   * where j = k − cK is the step within its cycle (1 to K; the last step of a cycle has j = K and rate 0).
   */
  record WarmRestarts(int cycle) implements Schedule {
    public WarmRestarts {
      if (cycle < 1) {
        throw new DescentException("restarts: K must be a whole number of steps, 1 or more, got " + Decimal.of(cycle));
      }
    }

    @Override public double rate(double eta0, int k) {
      int j = Math.floorMod(k - 1, cycle) + 1;
      return eta0 * 0.5 * (1 + Math.cos(Math.PI * j / cycle));
    }

    @Override public String spec() { return "restarts:K=" + cycle; }

    @Override public String formula() {
      return "η_k = η₀·(1 + cos(πj/" + cycle + "))/2, j = k − " + cycle + "c the step within its cycle";
    }
  }

  /**
   * Reads a schedule: {@code constant}, {@code step:gamma=0.5,every=10}, {@code invsqrt} (or
   * {@code 1/sqrt}), {@code cosine} or {@code cosine:K=100}, {@code restarts:K=50} (cosine with warm
   * restarts every K steps); without K, cosine spans {@code totalSteps}.
   */
  static Schedule parse(String spec, int totalSteps) {
    String s = spec.strip().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    String kind = colon < 0 ? s : s.substring(0, colon).strip();
    Map<String, String> args = arguments(spec, colon < 0 ? "" : s.substring(colon + 1));
    switch (kind) {
      case "constant", "const" -> {
        noArguments(kind, args);
        return new Constant();
      }
      case "step", "stepdecay", "step-decay" -> {
        double gamma = number(spec, args, "gamma");
        int every = whole(spec, args, "every");
        unused(spec, args, "gamma", "every");
        return new StepDecay(gamma, every);
      }
      case "invsqrt", "inv-sqrt", "1/sqrt", "rsqrt" -> {
        noArguments(kind, args);
        return new InverseSqrt();
      }
      case "cosine", "cos" -> {
        int k = args.containsKey("k") ? whole(spec, args, "k") : Math.max(totalSteps, 1);
        unused(spec, args, "k");
        return new Cosine(k);
      }
      case "restarts", "cosine-restarts", "sgdr" -> {
        int k = whole(spec, args, "k");
        unused(spec, args, "k");
        return new WarmRestarts(k);
      }
      default -> throw new DescentException("unknown schedule '" + spec.strip()
          + "'; use constant, step:gamma=G,every=S, invsqrt, cosine[:K=N] or restarts:K=N");
    }
  }

  private static Map<String, String> arguments(String spec, String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text.isBlank()) {
      return out;
    }
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new DescentException("schedule '" + spec.strip() + "': write each setting as name=value, not '"
            + part.strip() + "'");
      }
      out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
    }
    return out;
  }

  private static double number(String spec, Map<String, String> args, String name) {
    String v = args.get(name);
    if (v == null) {
      throw new DescentException("schedule '" + spec.strip() + "' needs " + name + "=…");
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new DescentException("schedule '" + spec.strip() + "': " + name + " must be a number, not '" + v + "'");
    }
  }

  private static int whole(String spec, Map<String, String> args, String name) {
    double d = number(spec, args, name);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new DescentException("schedule '" + spec.strip() + "': " + name + " must be a whole number, not " + d);
    }
    return (int) d;
  }

  private static void noArguments(String kind, Map<String, String> args) {
    if (!args.isEmpty()) {
      throw new DescentException("the " + kind + " schedule takes no settings, got " + String.join(", ", args.keySet()));
    }
  }

  private static void unused(String spec, Map<String, String> args, String... known) {
    for (String k : args.keySet()) {
      if (!java.util.Arrays.asList(known).contains(k)) {
        throw new DescentException("schedule '" + spec.strip() + "' has no setting '" + k + "' (it takes "
            + String.join(", ", known) + ")");
      }
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
