package dev.descent.render;

/**
 * The size and labels of a {@link LinePlot}: total width in characters, height of the grid in rows
 * (an odd height also labels the middle row), significant digits of the tick labels, and the axis
 * titles (a blank y title is made from the series names).
 */
public record PlotOptions(int width, int height, int labelDigits, String yTitle, String xTitle) {

  /** The narrowest plot accepted. */
  public static final int MIN_WIDTH = 40;

  public PlotOptions {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("a plot must be at least " + MIN_WIDTH + " columns wide, got " + width);
    }
    if (height < 3) {
      throw new IllegalArgumentException("a plot must be at least 3 rows high, got " + height);
    }
    if (labelDigits < 1 || labelDigits > Numbers.MAX_DIGITS) {
      throw new IllegalArgumentException("label digits must be between 1 and " + Numbers.MAX_DIGITS);
    }
    if (yTitle == null || xTitle == null) {
      throw new IllegalArgumentException("axis titles must not be null (use \"\")");
    }
  }

  /** 80 columns, an 11-row grid (15 lines with axis, labels and legend), 6-digit labels, x titled {@code step}. */
  public static PlotOptions defaults() {
    return new PlotOptions(80, 11, 6, "", "step");
  }

  /** These options with the plot {@code w} characters wide. */
  public PlotOptions withWidth(int w) {
    return new PlotOptions(w, height, labelDigits, yTitle, xTitle);
  }

  /** These options with a grid of {@code h} rows. */
  public PlotOptions withHeight(int h) {
    return new PlotOptions(width, h, labelDigits, yTitle, xTitle);
  }

  /** These options with tick labels of {@code n} significant digits. */
  public PlotOptions withLabelDigits(int n) {
    return new PlotOptions(width, height, n, yTitle, xTitle);
  }

  /** These options with the given axis titles. */
  public PlotOptions withTitles(String y, String x) {
    return new PlotOptions(width, height, labelDigits, y, x);
  }
}
