package dev.descent.render;

/** A named sequence of values, one per step from step 0, such as the loss of a run. */
public record Series(String name, double[] values) {

  public Series {
    if (name == null || values == null) {
      throw new IllegalArgumentException("a series needs a name and values");
    }
    values = values.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }
}
