package dev.descent.progress;

import java.util.List;

/** A learner's progress as loaded, and warnings for the learner about files that could not be used. */
public record LoadResult(LearnerProgress progress, List<String> warnings) {
  public LoadResult {
    warnings = List.copyOf(warnings);
  }
}
