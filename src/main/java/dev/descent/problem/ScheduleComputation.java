package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.DescentException;
import dev.descent.engine.optim.Schedule;
import java.util.ArrayList;
import java.util.List;

/** The learning rate of step k under a schedule. */
public record ScheduleComputation(String spec, NumParam eta, NumParam k, NumParam total) implements Computation {

  @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

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
      mistakes.add(UsualMistakes.SCHEDULE_K_MINUS_1.at(step - 1).of(new Value.Scalar(s.rate(eta0, step - 1))));
    }
    mistakes.add(UsualMistakes.SCHEDULE_K_PLUS_1.at(step + 1).of(new Value.Scalar(s.rate(eta0, step + 1))));
    if (s instanceof Schedule.Cosine c) {
      mistakes.add(UsualMistakes.COSINE_WITHOUT_HALF.of(new Value.Scalar(2 * rate)));
    }
    if (s instanceof Schedule.StepDecay d) {
      mistakes.add(UsualMistakes.STEP_DECAY_WITHOUT_FLOOR.at(d.every())
          .of(new Value.Scalar(eta0 * Math.pow(d.gamma(), (double) step / d.every()))));
    }
    if (s instanceof Schedule.InverseSqrt) {
      mistakes.add(UsualMistakes.INVERSE_NOT_SQRT.of(new Value.Scalar(eta0 / step)));
    }
    List<String> solution = List.of(s.formula() + " with η₀ = " + Explain.n(eta0) + " and k = " + step,
        "η_" + step + " = " + Explain.n(rate));
    Outcome outcome = new Outcome(new Value.Scalar(rate), mistakes, solution);
    return outcome.withParts(row -> parts(s, step, eta0, outcome));
  }

  /**
   * What the schedule multiplies η₀ by, worked out first with its own usual mistake (the power ⌊k/S⌋ of step
   * decay, √k, the cosine's factor), then the rate; none for a constant rate.
   */
  private static List<Part> parts(Schedule s, int step, double eta0, Outcome outcome) {
    Part first;
    if (s instanceof Schedule.StepDecay d) {
      first = new Part("the power", "What is the power ⌊k/" + d.every() + "⌋ at k = " + step + "?",
          new Value.Scalar(Math.floorDiv(step, d.every())),
          List.of(UsualMistakes.STEP_DECAY_WITHOUT_FLOOR.at(d.every()).of(new Value.Scalar((double) step / d.every()))));
    } else if (s instanceof Schedule.InverseSqrt) {
      first = new Part("√k", "What is √k at k = " + step + "?", new Value.Scalar(Math.sqrt(step)),
          List.of(UsualMistakes.INVERSE_NOT_SQRT.of(new Value.Scalar(step))));
    } else if (s instanceof Schedule.Cosine || s instanceof Schedule.WarmRestarts) {
      double factor = s.rate(1, step);
      String asked = s instanceof Schedule.Cosine c ? "(1 + cos(π·k/K))/2 at k = " + step + ", K = " + c.total()
          : "(1 + cos(π·j/K))/2, j the step within its cycle, at k = " + step + ", K = "
              + ((Schedule.WarmRestarts) s).cycle();
      first = new Part("the factor", "What is " + asked + "?", new Value.Scalar(factor),
          List.of(UsualMistakes.COSINE_WITHOUT_HALF.of(new Value.Scalar(2 * factor))));
    } else {
      return List.of();
    }
    return List.of(first, new Part("the rate", "What is the rate η_" + step + " with η₀ = " + Explain.n(eta0) + "?",
        outcome.answer(), outcome.mistakes()));
  }
}
