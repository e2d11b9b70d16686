package dev.descent.ui;

import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A wrong answer taken apart, for both front ends: the quantities worked out on the way to it are asked
 * one at a time, the first that goes wrong is named (with its usual mistake, when the reply names one),
 * the learner puts it right, and at the end is sent back to the question.
 */
public final class Breakdown {
  private final LessonSession session;
  private final String questionId;
  private final List<Step> steps;
  private int index;
  private Step wentWrong;

  private Breakdown(LessonSession session, String questionId, List<Step> steps) {
    this.session = session;
    this.questionId = questionId;
    this.steps = List.copyOf(steps);
  }

  /** The break-down of a question, or empty when its answer is one step. */
  public static Optional<Breakdown> of(LessonSession session, String questionId) {
    List<Step> steps = session.steps(questionId);
    return steps.isEmpty() ? Optional.empty() : Optional.of(new Breakdown(session, questionId, steps));
  }

  /**
   * What to say after reply {@code f} to question {@code id}: a wrong answer no usual mistake explains, on a
   * question with steps, is offered a break-down on {@code key} (a key or a command); it never starts unasked,
   * so what the learner types next still goes to the question.
   */
  public static Optional<String> offer(LessonSession session, String id, Feedback f, String key) {
    if (f.counts() && !f.isRight() && f.mistake() == null && !session.steps(id).isEmpty()) {
      return Optional.of("No usual mistake explains this answer: " + key + " breaks it down, one step at a time.");
    }
    return Optional.empty();
  }

  /** The reply to a learner who asks to break down a question whose answer is one step. */
  public static String oneStep() {
    return "This answer is one step, with nothing worked out on the way to ask for on its own.";
  }

  /** What the break-down says first: how many quantities it asks for, and which. */
  public String opening() {
    List<String> names = new ArrayList<>();
    for (Step s : steps) {
      names.add(s.name());
    }
    return "Let's take it step by step: " + steps.size() + " quantities, one at a time: " + String.join(", ", names)
        + ".";
  }

  /** The step asked now. */
  public Step current() {
    return steps.get(Math.min(index, steps.size() - 1));
  }

  /** Which step is asked now, as "Step 2 of 4". */
  public String position() {
    return "Step " + (Math.min(index, steps.size() - 1) + 1) + " of " + steps.size();
  }

  /** True once every step has been answered right. */
  public boolean done() {
    return index >= steps.size();
  }

  /** The step named as the first that went wrong, if one did. */
  public Optional<Step> wentWrong() {
    return Optional.ofNullable(wentWrong);
  }

  /** What came of an answer to a step: the checker's reply and what the break-down says after it. */
  public record Reply(Feedback feedback, List<String> said) {
    public Reply {
      said = List.copyOf(said);
    }
  }

  /** Checks {@code typed} as the answer to the current step, and goes on to the next when it is right. */
  public Reply answer(String typed) {
    if (done()) {
      throw new IllegalStateException("the break-down is over");
    }
    Step step = current();
    Feedback f = session.answerStep(questionId, index, typed);
    List<String> said = new ArrayList<>();
    if (f.isRight()) {
      index++;
      if (done()) {
        said.add(closing());
      }
    } else if (f.counts()) {
      if (wentWrong == null) {
        wentWrong = step;
        said.add("This is where it goes wrong: " + step.name() + ".");
      }
      said.add("Try " + step.name() + " again, or go back to the question.");
    }
    return new Reply(f, said);
  }

  /** What the break-down says once every step is right. */
  private String closing() {
    if (wentWrong == null) {
      return "Every step is right. Back to the question: put them together again.";
    }
    return "You put right " + wentWrong.name() + ", where it went wrong. Back to the question: try it again.";
  }
}
