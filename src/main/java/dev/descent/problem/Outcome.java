package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What a computation gives for one variant: the right answer, the values of the usual wrong rules,
 * the engine's own reason for a choice's options where it has one (a behaviour choice's right option says
 * what the run does and why), a worked solution as lines of text, and the parts it is made of (the
 * quantities worked out on the way, see {@link Part}). The solution and the parts are worked out only when
 * first asked for: checking answers (a whole class's, or one file at start-up) never needs them.
 */
public final class Outcome {
  private final Value answer;
  private final List<Mistake> mistakes;
  private final Map<String, String> reasons;
  private Supplier<List<String>> writer;
  private List<String> solution;
  private IntFunction<List<Part>> parts = step -> List.of();

  /** An outcome whose solution is written on demand by {@code solution}. */
  public Outcome(Value answer, List<Mistake> mistakes, Supplier<List<String>> solution) {
    this(answer, mistakes, solution, Map.of());
  }

  /** An outcome whose options {@code reasons} explains by id, with its solution written on demand. */
  public Outcome(Value answer, List<Mistake> mistakes, Supplier<List<String>> solution, Map<String, String> reasons) {
    this.answer = answer;
    this.mistakes = List.copyOf(mistakes);
    this.writer = solution;
    this.reasons = Map.copyOf(reasons);
  }

  /** An outcome with its solution already written. */
  public Outcome(Value answer, List<Mistake> mistakes, List<String> solution) {
    this(answer, mistakes, () -> solution);
  }

  /** The right answer. */
  public Value answer() {
    return answer;
  }

  /** The values of the usual wrong rules. */
  public List<Mistake> mistakes() {
    return mistakes;
  }

  /** The engine's reason for each option it can explain, by option id (empty for most questions). */
  public Map<String, String> reasons() {
    return reasons;
  }

  /**
   * This outcome, broken down into {@code parts}: for a step of a table, the quantities of that row (the
   * argument is the row's step); for any other question the argument is ignored.
   */
  public Outcome withParts(IntFunction<List<Part>> parts) {
    this.parts = parts;
    return this;
  }

  /**
   * The quantities worked out on the way to the answer, in the order they are worked out, the answer's own
   * last; empty when the answer is one step. For a table, those of the row of {@code step}.
   *
   * @throws dev.descent.engine.DescentException when a row of the table cannot be worked out
   */
  public List<Part> parts(int step) {
    return List.copyOf(parts.apply(step));
  }

  /** The worked solution. */
  public synchronized List<String> solution() {
    if (solution == null) {
      solution = List.copyOf(writer.get());
      writer = null;
    }
    return solution;
  }
}
