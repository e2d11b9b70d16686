package dev.descent.check;

import dev.descent.check.input.AnswerFormatException;
import dev.descent.course.Feedback;
import dev.descent.engine.DescentException;
import java.util.List;

/**
 * Judges a typed answer against the engine's answer: right, a named usual mistake, right but for
 * the sign or a power of ten, close but not close enough, or wrong; text that cannot be read gets
 * a reply saying why, and any text at all gets a reply, never an exception.
 */
public final class Checker {
  private Checker() {}

  /** The verdict on {@code typed} for a question that is not a table. */
  public static Feedback check(Asked q, Value answer, List<Mistake> mistakes, String typed) {
    Value value;
    try {
      value = answer.read(typed, q);
    } catch (AnswerFormatException e) {
      return unreadable(e.getMessage());
    } catch (DescentException e) {
      return unreadable(e.getMessage());
    }
    if (answer.accepts(value, q.tolerance())) {
      return new Feedback(Feedback.Verdict.RIGHT, "Right.", List.of(), null, 1, List.of());
    }
    for (Mistake m : mistakes) {
      if (m.value().getClass() == answer.getClass() && !Matching.same(m.value(), answer, q.tolerance())
          && m.value().accepts(value, q.tolerance())) {
        return new Feedback(Feedback.Verdict.WRONG, "Not right.", List.of(m.message()), m.id(), 0, List.of());
      }
    }
    // What to do next (a hint, the solution) is the front end's to say: its keys differ.
    return new Feedback(Feedback.Verdict.WRONG, "Not right.", answer.diagnose(value, q.tolerance()), null, 0, List.of());
  }

  /** A reply for text that is not an answer of the asked kind. */
  public static Feedback unreadable(String why) {
    return new Feedback(Feedback.Verdict.UNREADABLE, "Could not read the answer.", List.of(why), null, 0, List.of());
  }
}
