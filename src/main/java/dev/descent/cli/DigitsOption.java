package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.render.Numbers;

/** The {@code --digits} option of {@code trace} and {@code hessian}: significant digits, 1 to 17. */
final class DigitsOption {
  private DigitsOption() {}

  /** {@code digits}, when a number can be shown with that many significant digits. */
  static int check(int digits) {
    if (digits < 1 || digits > Numbers.MAX_DIGITS) {
      throw new DescentException("--digits must be between 1 and " + Numbers.MAX_DIGITS + ", got " + digits);
    }
    return digits;
  }
}
