package dev.descent.ui.demo;

import dev.descent.course.Feedback;
import java.util.List;

/** Judges what a learner typed for one demo question. */
interface Judge {

  /** The feedback on a typed answer (a table's rows come as cells). */
  Feedback judge(List<List<String>> cells);

  /** Feedback with no details and no row marks. */
  static Feedback simple(Feedback.Verdict v, String headline, String mistake, List<String> details) {
    double credit = v == Feedback.Verdict.RIGHT ? 1 : 0;
    return new Feedback(v, headline, details, mistake, credit, List.of());
  }
}
