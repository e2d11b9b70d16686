package dev.descent.session;

import dev.descent.check.Mistake;
import dev.descent.course.LearnerReport;
import dev.descent.engine.DescentException;
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
    Map<String, String> madeIn = new LinkedHashMap<>();
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
        e.getValue().mistakes().forEach((id, n) -> {
          counts.merge(id, n, Integer::sum);
          madeIn.putIfAbsent(id, f.id() + "\n" + e.getKey());
        });
      }
    }
    review.sort(Comparator.comparing(LearnerReport.Due::due).thenComparing(LearnerReport.Due::question));
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(id -> id));
    List<LearnerReport.MistakeLine> mistakes = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(MISTAKES, ids.size()))) {
      mistakes.add(new LearnerReport.MistakeLine(id, counts.get(id), explanation(id, madeIn.get(id), files, learner)));
    }
    return new LearnerReport(learner, now, lessons, mastered, mistakes, review);
  }

  /**
   * The learner's sentence for a named mistake, as the question where it was made (or, for a table's row,
   * another question of that lesson) words it for the learner's numbers. When the catalogue of usual
   * mistakes (check.UsualMistakes) is merged, its one-line sentence by id replaces this look-up: here, in one
   * place.
   */
  private static String explanation(String id, String where, List<LessonFile> files, String learner) {
    String lesson = where.substring(0, where.indexOf('\n'));
    String question = where.substring(where.indexOf('\n') + 1);
    for (LessonFile f : files) {
      if (f.id().equals(lesson)) {
        LessonVariant v = new LessonVariant(f, learner);
        List<String> keys = new ArrayList<>(List.of(question));
        keys.addAll(v.questions().keySet());
        for (String key : keys) {
          String said = said(v, key, id);
          if (said != null) {
            return said;
          }
        }
      }
    }
    return "descent has no sentence for this mistake in the course as it is now.";
  }

  /** The sentence question {@code key} (or a step of its break-down) gives mistake {@code id}, or null. */
  private static String said(LessonVariant v, String key, String id) {
    try {
      var outcome = v.outcome(v.question(key));
      List<Mistake> all = new ArrayList<>(outcome.mistakes());
      outcome.parts(1).forEach(p -> all.addAll(p.mistakes()));
      for (Mistake m : all) {
        if (m.id().equals(id)) {
          return m.message();
        }
      }
    } catch (DescentException e) {
      // a question that cannot be computed, or no longer exists, says nothing
    }
    return null;
  }
}
