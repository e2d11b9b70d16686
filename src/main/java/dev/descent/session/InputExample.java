package dev.descent.session;

import dev.descent.course.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The example in a question's input hint, chosen so that it is not the question's answer: the kind's usual
 * example, or else the first stand-in that the checker would not accept ("such as 2w - 4" is no hint for
 * dL/dw of w² − 4w + 5). An expression's example is written in the question's own variable.
 */
final class InputExample {
  /** Further examples of each kind, tried in order when the usual one is right. */
  private static final Map<QuestionKind, List<String>> OTHERS = Map.of(
      QuestionKind.NUMBER, List.of("0.75, 3/4 or 7.5e-1", "1.5, 3/2 or 1.5e0"),
      QuestionKind.VECTOR, List.of("(0.5, 3)", "(-2, 0.25)"),
      QuestionKind.MATRIX, List.of("1 2; 2 5", "3 0; 0 -1"),
      QuestionKind.EXPRESSION, List.of("3w + 1", "w/2 - 5"));

  private InputExample() {}

  /** The input hint of a question of {@code kind}, whose answer {@code right} accepts, in {@code variable}. */
  static String hint(QuestionKind kind, boolean multiple, String variable, Predicate<String> right) {
    String usual = kind.inputHint(multiple);
    String example = kind.example(multiple);
    if (example.isEmpty() || !OTHERS.containsKey(kind)) {
      return usual;
    }
    String head = usual.substring(0, usual.length() - example.length());
    for (String e : candidates(kind, example)) {
      String written = kind == QuestionKind.EXPRESSION && variable != null ? e.replace("w", variable) : e;
      if (!right.test(kind == QuestionKind.NUMBER ? written.split(",")[0] : written)) {
        return head + written;
      }
    }
    return usual.substring(0, usual.length() - example.length() - ", such as ".length());
  }

  private static List<String> candidates(QuestionKind kind, String usual) {
    List<String> out = new java.util.ArrayList<>(List.of(usual));
    out.addAll(OTHERS.get(kind));
    return out;
  }
}
