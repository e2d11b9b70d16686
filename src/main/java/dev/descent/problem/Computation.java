package dev.descent.problem;

import dev.descent.course.QuestionKind;

/** A computation of the reference engine that a question asks for, with its parameters. */
public interface Computation {

  /** The kind of answer the computation gives. */
  QuestionKind kind();

  /**
   * The answer, the usual wrong answers and a worked solution for one variant's numbers.
   *
   * @throws dev.descent.engine.DescentException when the numbers make it undefined (a run that
   *     diverges before the step asked for, a Hessian that is not positive definite, …)
   */
  Outcome evaluate(Bindings b);

  /** The run the computation steps, if it steps one ({@code validate} probes it with other settings). */
  default java.util.Optional<RunSpec> stepped() {
    return java.util.Optional.empty();
  }
}
