package dev.descent.cli;

/** Lends the multi-feature SGD lesson of {@link FeatureSgdLessonTest} to the schema's test. */
public final class FeatureSgdLessonTestAccess {
  private FeatureSgdLessonTestAccess() {}

  /** The lesson text. */
  public static String lesson() {
    return FeatureSgdLessonTest.LESSON;
  }
}
