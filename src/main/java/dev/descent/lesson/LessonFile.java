package dev.descent.lesson;

import dev.descent.problem.VariableSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lesson or exercise set as loaded: where it came from (as printed in messages), its kind, id,
 * title, summary, the variables every problem of the file shares, the pages, and how many variants of a
 * problem in a row practice asks for mastery.
 */
public record LessonFile(String source, boolean exercises, String id, String title, String summary,
    Map<String, VariableSpec> variables, List<PageSpec> pages, int mastery) {

  /** The mastery count when the file gives none: three variants right in a row. */
  public static final int MASTERY = 3;
  /** The largest mastery count a file may ask for. */
  public static final int MAX_MASTERY = 20;

  public LessonFile {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    pages = List.copyOf(pages);
    if (mastery < 1 || mastery > MAX_MASTERY) {
      throw new IllegalArgumentException("mastery must be 1 to " + MAX_MASTERY);
    }
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
