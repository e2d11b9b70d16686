package dev.descent.render;

/**
 * The size and look of a {@link ContourMap}: grid columns and rows (odd counts put a labelled grid
 * line through the middle), the box shown ({@code null} to fit the path with {@code margin} on each
 * side), the shades from low to high, significant digits of the axis labels, and whether path points
 * show their step modulo 10 or just {@code o}.
 */
public record ContourOptions(int columns, int rows, Box box, double margin, String shades, int labelDigits,
    boolean stepDigits) {

  /** The shades used when none are given, from low to high. */
  public static final String SHADES = " .:-=+*#%@";

  /** Characters the path uses, which shades may not. */
  static final String PATH_MARKS = "SEo?0123456789";

  public ContourOptions {
    if (columns < 10 || rows < 3) {
      throw new IllegalArgumentException("a contour map needs at least 10 columns and 3 rows, got "
          + columns + " x " + rows);
    }
    if (!(margin >= 0 && Double.isFinite(margin))) {
      throw new IllegalArgumentException("the margin must be a finite number, zero or more, got " + margin);
    }
    if (shades == null || shades.length() < 2 || shades.chars().anyMatch(ch -> PATH_MARKS.indexOf(ch) >= 0)) {
      throw new IllegalArgumentException("shades need at least two characters, none of " + PATH_MARKS);
    }
    if (labelDigits < 1 || labelDigits > Numbers.MAX_DIGITS) {
      throw new IllegalArgumentException("label digits must be between 1 and " + Numbers.MAX_DIGITS);
    }
  }

  /** A 61 × 21 grid around the path with a 15% margin, shades {@value #SHADES}, 4-digit labels, step digits. */
  public static ContourOptions defaults() {
    return new ContourOptions(61, 21, null, 0.15, SHADES, 4, true);
  }

  /** These options with a grid of {@code c} columns and {@code r} rows. */
  public ContourOptions withSize(int c, int r) {
    return new ContourOptions(c, r, box, margin, shades, labelDigits, stepDigits);
  }

  /** These options showing {@code b} rather than a box fitted to the path. */
  public ContourOptions withBox(Box b) {
    return new ContourOptions(columns, rows, b, margin, shades, labelDigits, stepDigits);
  }

  /** These options fitting the box to the path with {@code m} times its size added on each side. */
  public ContourOptions withMargin(double m) {
    return new ContourOptions(columns, rows, box, m, shades, labelDigits, stepDigits);
  }

  /** These options with path points drawn as step digits or as {@code o}. */
  public ContourOptions withStepDigits(boolean on) {
    return new ContourOptions(columns, rows, box, margin, shades, labelDigits, on);
  }
}
