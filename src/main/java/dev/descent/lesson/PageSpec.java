package dev.descent.lesson;

import dev.descent.lesson.json.Pos;
import dev.descent.problem.Condition;
import dev.descent.problem.VariableSpec;
import java.util.List;
import java.util.Map;

/** A page of a lesson file as written: text, or a worked example or problem with variables. */
public sealed interface PageSpec permits PageSpec.TextPage, PageSpec.ProblemPage {

  /** The page's title, or null. */
  String title();

  /** Where the page starts in the file. */
  Pos pos();

  /** Explanation only. */
  record TextPage(String title, List<String> text, Pos pos) implements PageSpec {
    public TextPage {
      text = List.copyOf(text);
    }
  }

  /**
   * A worked example ({@code example}, no questions) or a problem: text with placeholders, the
   * variables and conditions that make a variant, engine displays, and questions.
   */
  record ProblemPage(boolean example, String id, String title, List<String> text, Map<String, VariableSpec> variables,
      List<Condition> require, List<DisplaySpec> show, List<QuestionSpec> questions, Pos pos) implements PageSpec {
    public ProblemPage {
      text = List.copyOf(text);
      variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
      require = List.copyOf(require);
      show = List.copyOf(show);
      questions = List.copyOf(questions);
    }
  }
}
