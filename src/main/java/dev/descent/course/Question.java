package dev.descent.course;

import java.util.List;

/**
 * A question as shown: its id (unique in the lesson, stable across edits, used for progress), kind,
 * prompt with the learner's numbers filled in, and what the front end needs to take the answer.
 *
 * @param choices the options of a choice question, else empty
 * @param multiple whether several options may be chosen
 * @param table the grid of a table question, else null
 * @param hints how many hints there are
 * @param inputHint a short note on how to type the answer, such as "a number, e.g. 0.25 or 1/4"
 * @param precision the sentence that says how precise the answer must be, as the checker holds it ("Give
 *     at least 5 significant digits."), or empty when the question uses the usual tolerance
 */
public record Question(String id, QuestionKind kind, String prompt, List<Choice> choices, boolean multiple,
    TableLayout table, int hints, double points, String inputHint, String precision) {

  public Question {
    choices = List.copyOf(choices);
    precision = precision == null ? "" : precision;
  }

  /** An option of a choice question: its id (often a letter) and text. */
  public record Choice(String id, String text) {}

  /**
   * The grid of a table question: column headers, the step of each row to fill, and the given
   * first row (step and values of the start) shown above them.
   */
  public record TableLayout(List<String> columns, List<Integer> steps, int givenStep, List<String> given) {
    public TableLayout {
      columns = List.copyOf(columns);
      steps = List.copyOf(steps);
      given = List.copyOf(given);
    }
  }
}
