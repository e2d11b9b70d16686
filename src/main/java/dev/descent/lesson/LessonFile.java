package dev.descent.lesson;

import java.util.List;

/**
 * One lesson or exercise set as loaded: where it came from (as printed in messages), its kind, id,
 * title, summary and pages.
 */
public record LessonFile(String source, boolean exercises, String id, String title, String summary,
    List<PageSpec> pages) {

  public LessonFile {
    pages = List.copyOf(pages);
  }

  /** The questions of every problem, in order. */
  public List<QuestionSpec> questions() {
    return pages.stream().filter(p -> p instanceof PageSpec.ProblemPage).map(p -> (PageSpec.ProblemPage) p)
        .flatMap(p -> p.questions().stream()).toList();
  }

  /** The problem pages, in order. */
  public List<PageSpec.ProblemPage> problems() {
    return pages.stream().filter(p -> p instanceof PageSpec.ProblemPage).map(p -> (PageSpec.ProblemPage) p)
        .filter(p -> !p.questions().isEmpty()).toList();
  }
}
