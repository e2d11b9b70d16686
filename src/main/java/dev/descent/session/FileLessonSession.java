package dev.descent.session;

import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.engine.DescentException;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.ProgressStore;
import dev.descent.progress.QuestionProgress;
import dev.descent.progress.TypedAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A learner in a lesson: answers are checked by the learner's variant and recorded, and saved, at once. */
final class FileLessonSession implements LessonSession {
  private final LessonVariant variant;
  private final LearnerProgress progress;
  private final ProgressStore store;
  private final List<String> notices = new ArrayList<>();
  private boolean failing;
  private List<Page> pages;

  FileLessonSession(LessonVariant variant, LearnerProgress progress, ProgressStore store) {
    this.variant = variant;
    this.progress = progress;
    this.store = store;
  }

  private LessonProgress lesson() {
    return progress.lesson(variant.file().id());
  }

  private QuestionProgress record(String key) {
    return lesson().question(key);
  }

  @Override
  public String lessonId() {
    return variant.file().id();
  }

  @Override
  public String title() {
    return variant.file().title();
  }

  @Override
  public List<Page> pages() {
    if (pages == null) {
      pages = variant.pages();
    }
    return pages;
  }

  @Override
  public int resumePage() {
    int page = lesson().page();
    return page >= 0 && page < pages().size() ? page : 0;
  }

  @Override
  public void visit(int page) {
    lesson().visit(page, Instant.now());
    save();
  }

  @Override
  public Feedback answer(String questionId, String typed) {
    LessonVariant.Located l = variant.question(questionId);
    Feedback f = variant.check(l, typed);
    if (f.counts()) {
      record(questionId).recordAttempt(typed, f.isRight(), f.mistake(), Instant.now());
      save();
    }
    return f;
  }

  @Override
  public Feedback answerTable(String questionId, List<List<String>> cells) {
    LessonVariant.Located l = variant.question(questionId);
    Feedback f = variant.checkTable(l, cells);
    if (f.counts()) {
      record(questionId).recordTableAttempt(cells, f.isRight(), f.mistake(), Instant.now());
      save();
    }
    return f;
  }

  @Override
  public Optional<String> nextHint(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    QuestionProgress q = record(questionId);
    Optional<String> hint = variant.hint(l, q.hintsUsed());
    if (hint.isPresent()) {
      q.recordHint();
      save();
    }
    return hint;
  }

  @Override
  public int hintsShown(String questionId) {
    return Math.min(record(questionId).hintsUsed(), variant.question(questionId).question().hints().size());
  }

  @Override
  public Optional<List<String>> solution(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    QuestionProgress q = record(questionId);
    if (q.attempts() == 0) {
      return Optional.empty();
    }
    if (!q.solutionShown()) {
      q.recordSolutionShown();
      save();
    }
    return Optional.of(variant.solution(l));
  }

  @Override
  public Optional<Feedback> lastFeedback(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    Optional<TypedAnswer> last = record(questionId).lastAnswer();
    if (last.isEmpty()) {
      return Optional.empty();
    }
    if (last.get() instanceof TypedAnswer.Table t) {
      return Optional.of(variant.checkTable(l, t.rows()));
    }
    return Optional.of(variant.check(l, ((TypedAnswer.Text) last.get()).text()));
  }

  @Override
  public boolean solved(String questionId) {
    return record(questionId).solved();
  }

  @Override
  public void save() {
    try {
      notices.addAll(store.save(progress));
      if (failing) {
        failing = false;
        notices.add("Progress is saved again.");
      }
    } catch (DescentException e) {
      if (!failing) {
        failing = true;
        notices.add("Your progress cannot be saved: " + e.getMessage() + ". You can go on reading and answering; "
            + "descent tries again at every answer and page, and says when saving works again.");
      }
    }
  }

  @Override
  public boolean saved() {
    return !failing && progress.savable();
  }

  @Override
  public List<String> notices() {
    List<String> fresh = List.copyOf(notices);
    notices.clear();
    return fresh;
  }
}
