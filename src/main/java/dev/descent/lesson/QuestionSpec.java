package dev.descent.lesson;

import dev.descent.check.Tolerance;
import dev.descent.check.input.Option;
import dev.descent.course.QuestionKind;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.Computation;
import java.util.List;

/** A question as written: id, kind, prompt, the computation that answers it, hints, and how to judge it. */
public record QuestionSpec(String id, QuestionKind kind, String prompt, Computation answer, List<String> hints,
    String explain, Tolerance tolerance, double points, List<Option> choices, boolean multiple,
    List<String> columns, int[] rows, Pos pos) {

  public QuestionSpec {
    hints = List.copyOf(hints);
    choices = List.copyOf(choices);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }
}
