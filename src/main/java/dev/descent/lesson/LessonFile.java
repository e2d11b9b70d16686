package dev.descent.lesson;

import dev.descent.problem.VariableSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lesson or exercise set as loaded: where it came from (as printed in messages), its kind, id,
 * title, summary, the variables every problem of the file shares, and the pages.
 */
public record LessonFile(String source, boolean exercises, String id, String title, String summary,
    Map<String, VariableSpec> variables, List<PageSpec> pages) {

  public LessonFile {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    pages = List.copyOf(pages);
  }

  /** The questions of every problem, in order. */
  public List<QuestionSpec> questions() {
    List<QuestionSpec> out = new ArrayList<>();
    for (PageSpec.ProblemPage p : problems()) {
      out.addAll(p.questions());
    }
    return List.copyOf(out);
  }

  /** The problem pages, in order. */
  public List<PageSpec.ProblemPage> problems() {
    List<PageSpec.ProblemPage> out = new ArrayList<>();
    for (PageSpec p : pages) {
      if (p instanceof PageSpec.ProblemPage problem && !problem.questions().isEmpty()) {
        out.add(problem);
      }
    }
    return List.copyOf(out);
  }
}
