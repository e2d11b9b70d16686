package dev.descent.ui.demo;

import dev.descent.course.Block;
import dev.descent.course.Question;
import dev.descent.course.Question.Choice;
import dev.descent.course.Question.TableLayout;
import dev.descent.course.QuestionKind;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import dev.descent.render.TableOptions;
import dev.descent.render.TrajectoryTable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The content of the demo course: one step of gradient descent by hand, then a gradient in two variables. */
final class DemoLessons {
  private DemoLessons() {}

  static List<DemoLesson> all() {
    return List.of(updateRule(), twoVariables());
  }

  static DemoLesson updateRule() {
    DemoQuestion w1 = new DemoQuestion(
        new Question("w1", QuestionKind.NUMBER, "What is w1, the value of w after one step of gradient descent?",
            List.of(), false, null, 2, 1, "a number, e.g. 0.25 or 1/4"),
        new NumberJudge("w1", 0.2, Map.of(-0.2, "added the gradient instead of subtracting it",
            2.0, "forgot the learning rate")),
        List.of("dL/dw = 2(w - 1), so at w0 = 0 the gradient is -2.", "w1 = w0 - eta * dL/dw."),
        List.of("dL/dw at w0 = 0:  2 * (0 - 1) = -2", "w1 = w0 - eta * dL/dw = 0 - 0.1 * (-2) = 0.2"));
    DemoQuestion direction = new DemoQuestion(
        new Question("direction", QuestionKind.CHOICE, "Which way did that step move w?",
            List.of(new Choice("a", "towards the minimum at w = 1"), new Choice("b", "away from the minimum")),
            false, null, 1, 1, "the letter of an option, e.g. a"),
        new ChoiceJudge("a", Set.of("a", "b"), "w went from 0 to 0.2, towards 1."),
        List.of("Compare w0 = 0 and w1 with the minimum at w = 1."),
        List.of("w0 = 0, w1 = 0.2 and the minimum is at 1: the step went towards it (option a)."));
    DemoQuestion steps = new DemoQuestion(
        new Question("steps", QuestionKind.TABLE, "Fill in w and L(w) after each of the first three steps.",
            List.of(), false, new TableLayout(List.of("w", "L"), List.of(1, 2, 3), 0, List.of("0", "1")), 1, 1,
            "numbers, e.g. 0.36 or 9/25"),
        new TableJudge(0, 0.1, 3),
        List.of("Each step multiplies the distance to 1 by 1 - 2 * eta = 0.8."),
        List.of("step 1: w = 0 - 0.1 * 2(0 - 1) = 0.2,       L = 0.64",
            "step 2: w = 0.2 - 0.1 * 2(0.2 - 1) = 0.36,  L = 0.4096",
            "step 3: w = 0.36 - 0.1 * 2(0.36 - 1) = 0.488, L = 0.262144"));
    return DemoLesson.of("update-rule", "The update rule", "Step against the gradient, scaled by the learning rate.",
        List.of(
            DemoLesson.page("Downhill",
                "The gradient points uphill. Gradient descent takes a step the other way, scaled by the learning "
                    + "rate eta:",
                "    w <- w - eta * dL/dw",
                "A small eta takes small, safe steps; a large one can overshoot the minimum."),
            DemoLesson.page("Three steps on (w - 1)^2",
                "Here is gradient descent on L(w) = (w - 1)^2 from w = 0 with eta = 0.1, as the engine computes it.",
                new Block.Display("Gradient descent on (w - 1)^2", DemoLessons::table)),
            DemoLesson.page("One step by hand",
                "L(w) = (w - 1)^2, start at w0 = 0, learning rate eta = 0.1.", w1, direction),
            DemoLesson.page("Three steps by hand",
                "Same function, same start, same learning rate: carry on for three steps.", steps)),
        List.of(w1, direction, steps));
  }

  static DemoLesson twoVariables() {
    DemoQuestion dfdy = new DemoQuestion(
        new Question("dfdy", QuestionKind.NUMBER, "What is df/dy at (x, y) = (1, 1)?", List.of(), false, null, 1, 1,
            "a number, e.g. 6"),
        new NumberJudge("df/dy", 6, Map.of(3.0, "dropped the 2 of the derivative")),
        List.of("df/dy = 6y: differentiate 3y^2 and treat x as a constant."),
        List.of("df/dy = d(3y^2)/dy = 6y = 6 at y = 1"));
    return DemoLesson.of("two-variables", "Gradients in two variables",
        "Each coordinate has its own partial derivative.",
        List.of(
            DemoLesson.page("Partial derivatives",
                "For f(x, y) = x^2 + 3y^2 the gradient is the vector of partial derivatives:",
                "    grad f = (df/dx, df/dy) = (2x, 6y)"),
            DemoLesson.page("One partial derivative", "f(x, y) = x^2 + 3y^2.", dfdy)),
        List.of(dfdy));
  }

  private static List<String> table(int width) {
    Run run = Run.gradientDescent(Expression.parse("(w-1)^2").bind(List.of("w")), new double[] {0}, 0.1, 3);
    return TrajectoryTable.lines(Trajectory.of(run), TableOptions.defaults().withWidth(width));
  }
}
