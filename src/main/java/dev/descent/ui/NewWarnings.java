package dev.descent.ui;

import dev.descent.course.Course;
import java.util.List;

/** The course's warnings not yet shown to the learner (a progress file set aside, a lesson left out). */
public final class NewWarnings {
  private int shown;

  /** The warnings that appeared since the last call, now counted as shown. */
  public List<String> take(Course course) {
    List<String> all = course.warnings();
    List<String> fresh = shown >= all.size() ? List.of() : List.copyOf(all.subList(shown, all.size()));
    shown = all.size();
    return fresh;
  }
}
