package dev.descent.render;

/**
 * What a trajectory table shows and how: significant digits, the width limit, the loss header and
 * the prefix of gradient headers ({@code dL/d} gives {@code dL/dw}), which optional columns appear
 * (gradient, optimizer state, learning rate, clipped marker), and every how many steps a row is
 * shown (the last row always is). Start from {@link #defaults()} and change with the {@code with}
 * methods.
 */
public record TableOptions(int digits, int width, String lossHeader, String gradientPrefix, boolean gradient,
    boolean state, boolean eta, boolean clipped, int every) {

  /** The narrowest width accepted; any formatted number fits beside the step column in it. */
  public static final int MIN_WIDTH = 40;

  /** The width used when none is given. */
  public static final int DEFAULT_WIDTH = 80;

  public TableOptions {
    if (digits < 1 || digits > Numbers.MAX_DIGITS) {
      throw new IllegalArgumentException("digits must be between 1 and " + Numbers.MAX_DIGITS + ", got " + digits);
    }
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("the width must be at least " + MIN_WIDTH + " columns, got " + width);
    }
    if (lossHeader == null || lossHeader.isBlank() || gradientPrefix == null) {
      throw new IllegalArgumentException("the loss header must not be blank, nor the gradient prefix null");
    }
    if (every < 1) {
      throw new IllegalArgumentException("every must be 1 or more, got " + every);
    }
  }

  /** Ten digits, 80 columns, headers {@code L} and {@code dL/dw}, with gradients, every step. */
  public static TableOptions defaults() {
    return new TableOptions(Numbers.DEFAULT_DIGITS, DEFAULT_WIDTH, "L", "dL/d", true, false, false, false, 1);
  }

  /** These options with {@code n} significant digits. */
  public TableOptions withDigits(int n) {
    return new TableOptions(n, width, lossHeader, gradientPrefix, gradient, state, eta, clipped, every);
  }

  /** These options with lines at most {@code w} long. */
  public TableOptions withWidth(int w) {
    return new TableOptions(digits, w, lossHeader, gradientPrefix, gradient, state, eta, clipped, every);
  }

  /** These options with the loss column headed {@code header} and gradients headed {@code prefix}+variable. */
  public TableOptions withLossHeader(String header, String prefix) {
    return new TableOptions(digits, width, header, prefix, gradient, state, eta, clipped, every);
  }

  /** These options with or without the gradient columns. */
  public TableOptions withGradient(boolean on) {
    return new TableOptions(digits, width, lossHeader, gradientPrefix, on, state, eta, clipped, every);
  }

  /** These options with or without the optimizer state columns. */
  public TableOptions withState(boolean on) {
    return new TableOptions(digits, width, lossHeader, gradientPrefix, gradient, on, eta, clipped, every);
  }

  /** These options with or without the learning-rate column. */
  public TableOptions withEta(boolean on) {
    return new TableOptions(digits, width, lossHeader, gradientPrefix, gradient, state, on, clipped, every);
  }

  /** These options with or without the clipped marker column. */
  public TableOptions withClipped(boolean on) {
    return new TableOptions(digits, width, lossHeader, gradientPrefix, gradient, state, eta, on, every);
  }

  /** These options showing only steps that are multiples of {@code n}, and the last step. */
  public TableOptions withEvery(int n) {
    return new TableOptions(digits, width, lossHeader, gradientPrefix, gradient, state, eta, clipped, n);
  }
}
