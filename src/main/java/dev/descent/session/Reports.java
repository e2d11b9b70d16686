package dev.descent.session;

import dev.descent.check.UsualMistake;
import dev.descent.check.UsualMistakes;
import dev.descent.course.LearnerReport;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.QuestionProgress;
import dev.descent.progress.ReviewCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a learner's report from the course's lesson files and the learner's progress. */
final class Reports {
  /** How many of the most frequent named mistakes a report lists. */
  static final int MISTAKES = 5;

  private Reports() {}

  /** The report of {@code learner} at {@code now}: lessons in course order, mistakes most frequent first. */
  static LearnerReport of(String learner, List<LessonFile> files, LearnerProgress progress, Instant now) {
    List<LearnerReport.LessonLine> lessons = new ArrayList<>();
    List<LearnerReport.Mastered> mastered = new ArrayList<>();
    List<LearnerReport.Due> review = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (LessonFile f : files) {
      LessonProgress p = progress.lessons().get(f.id());
      List<String> keys = new ArrayList<>(new LessonVariant(f, learner).questions().keySet());
      int solved = p == null ? 0 : p.status(keys, now).solved();
      lessons.add(new LearnerReport.LessonLine(f.id(), f.title(), solved, keys.size(), p == null ? 0 : p.seconds()));
      if (p == null) {
        continue;
      }
      for (PageSpec.ProblemPage problem : f.problems()) {
        if (problem.id() != null && p.practices().containsKey(problem.id()) && p.practices().get(problem.id()).mastered()) {
          mastered.add(new LearnerReport.Mastered(f.id(), problem.id(), problem.title()));
        }
      }
      for (Map.Entry<String, ReviewCard> e : p.review().entrySet()) {
        review.add(new LearnerReport.Due(f.id(), e.getKey(), e.getValue().box(), e.getValue().due()));
      }
      for (Map.Entry<String, QuestionProgress> e : p.questions().entrySet()) {
        e.getValue().mistakes().forEach((id, n) -> counts.merge(id, n, Integer::sum));
      }
    }
    review.sort(Comparator.comparing(LearnerReport.Due::due).thenComparing(LearnerReport.Due::question));
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(id -> id));
    List<LearnerReport.MistakeLine> mistakes = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(MISTAKES, ids.size()))) {
      mistakes.add(new LearnerReport.MistakeLine(id, counts.get(id), explanation(id)));
    }
    return new LearnerReport(learner, now, lessons, mastered, mistakes, review);
  }

  /**
   * The sentence for a named mistake: the catalogue's one sentence for its id (its numbers shown by name,
   * as the mistake may have been made with several), or a plain word for an id the catalogue no longer has.
   */
  private static String explanation(String id) {
    UsualMistake m = UsualMistakes.byId(id);
    return m == null ? "descent has no sentence for this mistake any more." : m.sentence();
  }
}
