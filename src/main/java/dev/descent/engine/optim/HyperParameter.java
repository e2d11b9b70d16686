package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import java.util.Locale;

/**
 * A setting of an update rule besides the learning rate, declared once: its name in lesson files
 * and JSON (the command-line option is the name with {@code -} for {@code _}), its symbol in the
 * formulas, its default, what it means, and the values it may take.
 */
public enum HyperParameter {
  BETA("beta", "β", 0.9, Range.DECAY, "decay of the velocity (momentum, nesterov) or of the average of g² (rmsprop)"),
  BETA1("beta1", "β₁", 0.9, Range.DECAY, "decay of Adam's first moment m"),
  BETA2("beta2", "β₂", 0.999, Range.DECAY, "decay of Adam's second moment v"),
  EPS("eps", "ε", 1e-8, Range.SMALL, "the small number that keeps the division finite"),
  MU("mu", "μ", 0.9, Range.DECAY, "the share of the last move carried into the next (heavy-ball, momentum-velocity)"),
  WEIGHT_DECAY("weight_decay", "λ", 0.01, Range.SMALL, "decoupled weight decay: x shrinks by the factor 1 − ηλ each step");

  private final String key;
  private final String symbol;
  private final double fallback;
  private final Range range;
  private final String meaning;

  HyperParameter(String key, String symbol, double fallback, Range range, String meaning) {
    this.key = key;
    this.symbol = symbol;
    this.fallback = fallback;
    this.range = range;
    this.meaning = meaning;
  }

  /** The name in lesson files and JSON, such as {@code weight_decay}. */
  public String key() {
    return key;
  }

  /** The command-line option, such as {@code --weight-decay}. */
  public String option() {
    return "--" + key.replace('_', '-');
  }

  /** The symbol in formulas, such as {@code β₁}. */
  public String symbol() {
    return symbol;
  }

  /** The value used when none is given. */
  public double fallback() {
    return fallback;
  }

  /** What the setting does, in a few words. */
  public String meaning() {
    return meaning;
  }

  /** The allowed values in words, such as "at least 0 and below 1". */
  public String allowed() {
    return range.words;
  }

  /** {@code value}, checked against the allowed range. */
  public double check(double value) {
    if (!range.allows(value)) {
      throw new DescentException(key + " must be " + range.words + ", got " + Decimal.of(value));
    }
    return value;
  }

  /** The setting called {@code key} (as in a lesson file, or an option without its dashes), if any. */
  public static java.util.Optional<HyperParameter> named(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (HyperParameter p : values()) {
      if (p.key.equals(k)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  /** The values a setting may take. */
  private enum Range {
    DECAY("at least 0 and below 1") {
      @Override boolean allows(double v) { return v >= 0 && v < 1; }
    },
    SMALL("zero or a small positive number") {
      @Override boolean allows(double v) { return v >= 0 && Double.isFinite(v); }
    };

    final String words;

    Range(String words) {
      this.words = words;
    }

    abstract boolean allows(double v);
  }
}
