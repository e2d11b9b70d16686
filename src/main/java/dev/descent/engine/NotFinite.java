package dev.descent.engine;

/**
 * Says why a function's numbers at a point are not finite, in the words of the two cases, which need
 * different fixes: not a number at all (0/0, the logarithm or square root of a negative number — the
 * function is not defined there) or infinite (1/0, the logarithm of 0, or a value past the largest double).
 */
public final class NotFinite {
  private NotFinite() {}

  /** "not defined (…)" when any value is NaN, else "infinite"; the values are a value and its derivatives. */
  public static String why(double value, double[]... derivatives) {
    boolean nan = Double.isNaN(value);
    for (double[] d : derivatives) {
      for (double x : d) {
        nan |= Double.isNaN(x);
      }
    }
    return nan ? "not defined (a value there is not a number, as 0/0 or the logarithm or square root of a negative "
        + "number give)" : "infinite (as 1/0 or the logarithm of 0 give, or a value too large for a double)";
  }
}
