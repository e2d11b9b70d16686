package dev.descent.problem;

import dev.descent.check.Answer;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.optim.Schedule;
import java.util.ArrayList;
import java.util.List;

/** The learning rate of step k under a schedule. */
public record ScheduleComputation(String spec, NumParam eta, NumParam k, NumParam total) implements Computation {

  @Override
  public QuestionKind kind() {
    return QuestionKind.NUMBER;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    int step = k.evalInt(b, "k");
    if (step < 1) {
      throw new DescentException("k counts steps from 1, got " + step);
    }
    double eta0 = eta.eval(b);
    Schedule s = Schedule.parse(spec, total == null ? Math.max(step, 1) : total.evalInt(b, "total"));
    double rate = s.rate(eta0, step);
    List<Mistake> mistakes = new ArrayList<>();
    if (step > 1) {
      mistakes.add(new Mistake("schedule-k-minus-1", "That is the rate of step " + (step - 1)
          + ": the schedule counts the first update as k = 1.", new Answer.Scalar(s.rate(eta0, step - 1))));
    }
    mistakes.add(new Mistake("schedule-k-plus-1", "That is the rate of step " + (step + 1) + ", one step later.",
        new Answer.Scalar(s.rate(eta0, step + 1))));
    if (s instanceof Schedule.Cosine c) {
      mistakes.add(new Mistake("cosine-without-half", "The cosine schedule halves: η₀·(1 + cos(πk/K))/2.",
          new Answer.Scalar(2 * rate)));
    }
    if (s instanceof Schedule.StepDecay d) {
      mistakes.add(new Mistake("step-decay-without-floor", "Step decay changes the rate only every " + d.every()
          + " steps: the power is floor(k/" + d.every() + "), a whole number.",
          new Answer.Scalar(eta0 * Math.pow(d.gamma(), (double) step / d.every()))));
    }
    if (s instanceof Schedule.InverseSqrt) {
      mistakes.add(new Mistake("inverse-not-sqrt", "The rate falls with the square root of k: η₀/√k, not η₀/k.",
          new Answer.Scalar(eta0 / step)));
    }
    List<String> solution = List.of(s.formula() + " with η₀ = " + Explain.n(eta0) + " and k = " + step,
        "η_" + step + " = " + Explain.n(rate));
    return new Outcome(new Answer.Scalar(rate), mistakes, solution);
  }
}
