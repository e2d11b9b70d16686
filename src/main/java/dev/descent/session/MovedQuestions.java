package dev.descent.session;

import dev.descent.check.input.AnswerFormatException;
import dev.descent.check.input.AnswerReader;
import dev.descent.course.Feedback;
import dev.descent.engine.Decimal;
import dev.descent.lesson.LessonFile;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.QuestionProgress;
import dev.descent.progress.TypedAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Questions of the shipped course that moved to another lesson or took a new id when the course was
 * reworked (issue 16), so that a returning learner's saved answers follow them. Progress is kept by lesson
 * id and question key; a saved answer is carried to the question's new place only where that has no record
 * yet, and it is judged again there, since the numbers of some moved questions changed (Adam's η, the first
 * clipped step's η): an answer that was right is right again only if it still is. The old record stays in
 * the file, as every record of a question a lesson no longer has does.
 *
 * <p>It runs on the way to a returning learner's first frame, so it links no lambda and reads no lesson file
 * unless a move applies (see {@code StartupClassesIT}).
 */
final class MovedQuestions {
  /**
   * One move: the answer saved under {@code from} in lesson {@code fromLesson}, carried as typed when
   * {@code entry} is {@link #AS_TYPED}, else as the diagonal entry {@code entry} of the typed matrix.
   */
  private record Move(String fromLesson, String from, String toLesson, String to, int entry) {
    Move(String fromLesson, String from, String toLesson, String to) {
      this(fromLesson, from, toLesson, to, AS_TYPED);
    }

    /** The answer to carry, or null when the saved text does not give one. */
    String typed(String saved) {
      return entry == AS_TYPED ? saved : MovedQuestions.entry(saved, entry);
    }
  }

  private static final int AS_TYPED = -1;

  private static final List<Move> MOVES = moves();

  private MovedQuestions() {}

  private static List<Move> moves() {
    List<Move> out = new ArrayList<>();
    for (String q : List.of("p", "s1", "s0", "mean", "est")) {
      out.add(new Move("beyond", "score." + q, "score-function", "score." + q));
    }
    out.add(new Move("beyond", "check.baseline", "score-function", "check.baseline"));
    out.add(new Move("beyond", "start-b.kind", "landscapes", "start-b.kind"));
    for (String q : List.of("g1", "m1", "v1", "mhat1", "vhat1", "w1")) {
      out.add(new Move("adaptive", "adam-1." + q, "adaptive", "adam-first." + q));
    }
    for (String q : List.of("g2", "m2", "v2", "mhat2", "vhat2", "w2")) {
      out.add(new Move("adaptive", "adam-2." + q, "adaptive", "adam-second." + q));
    }
    for (String q : List.of("g", "free", "clipped")) {
      out.add(new Move("schedules", "clip-step." + q, "schedules", "first-step." + q));
    }
    for (String q : List.of("nest", "best")) {
      out.add(new Move("momentum", "race." + q, "momentum", "race-predict." + q));
    }
    // The Hessian once asked as a whole matrix is now asked entry by entry.
    out.add(new Move("curvature", "diag.h", "curvature", "diag.hxx", 0));
    out.add(new Move("curvature", "diag.h", "curvature", "diag.hyy", 1));
    return List.copyOf(out);
  }

  /**
   * Carries the learner's saved answers of moved questions to their new places, judged there, with the lesson
   * files of {@code course} (read only when a move applies). True when anything was carried.
   */
  static boolean carry(LearnerProgress progress, String learner, FileCourse course) {
    Map<String, LessonProgress> lessons = progress.lessons();
    boolean carried = false;
    for (Move m : MOVES) {
      LessonProgress from = lessons.get(m.fromLesson());
      QuestionProgress old = from == null ? null : from.questions().get(m.from());
      LessonProgress to = lessons.get(m.toLesson());
      if (old == null || old.lastAnswer().isEmpty() || !(old.lastAnswer().get() instanceof TypedAnswer.Text text)
          || to != null && to.questions().containsKey(m.to())) {
        continue;
      }
      LessonFile file = course.fileOrNull(m.toLesson());
      String typed = m.typed(text.text());
      if (file == null || typed == null) {
        continue;
      }
      LessonVariant v = new LessonVariant(file, learner);
      if (!v.questions().containsKey(m.to())) {
        continue;
      }
      Feedback f = v.check(v.question(m.to()), typed);
      if (f.counts()) {
        Instant when = old.lastAttempt().orElse(Instant.now());
        progress.lesson(m.toLesson()).question(m.to()).recordAttempt(typed, f.isRight(), f.mistake(), when);
        carried = true;
      }
    }
    return carried;
  }

  /** The diagonal entry {@code i} of a typed matrix, or null when the text is not a matrix with it. */
  static String entry(String typed, int i) {
    try {
      double[][] m = AnswerReader.matrix(typed);
      return m.length > i && m[i].length > i ? Decimal.of(m[i][i]) : null;
    } catch (AnswerFormatException | IllegalArgumentException e) {
      return null;
    }
  }
}
