package dev.descent.session;

import dev.descent.check.Checker;
import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.course.QuestionKind;
import dev.descent.course.Step;
import dev.descent.engine.DescentException;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.ProgressStore;
import dev.descent.progress.QuestionProgress;
import dev.descent.progress.TypedAnswer;
import java.time.Clock;
import java.time.Duration;
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
  private final Clock clock;
  private Instant lastActive;

  FileLessonSession(LessonVariant variant, LearnerProgress progress, ProgressStore store, Clock clock) {
    this.variant = variant;
    this.progress = progress;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Now, with the time since the learner's last action in this session added to the lesson's time; a pause
   * longer than {@link #IDLE} counts as {@code IDLE} (the learner was away).
   */
  private Instant now() {
    Instant now = clock.instant();
    if (lastActive != null) {
      Duration spent = Duration.between(lastActive, now);
      lesson().addTime(spent.compareTo(IDLE) > 0 ? IDLE : spent);
    }
    lastActive = now;
    return now;
  }

  /** The longest pause between two actions that counts whole as time spent. */
  static final Duration IDLE = Duration.ofMinutes(5);

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
    lesson().visit(page, now());
    save();
  }

  @Override
  public Feedback answer(String questionId, String typed) {
    LessonVariant.Located l = variant.question(questionId);
    Feedback f = variant.check(l, typed);
    if (f.counts()) {
      Instant now = now();
      record(questionId).recordAttempt(typed, f.isRight(), f.mistake(), now);
      missed(questionId, f, now);
      save();
    }
    return f;
  }

  @Override
  public Feedback answerTable(String questionId, List<List<String>> cells) {
    LessonVariant.Located l = variant.question(questionId);
    if (blank(cells)) {
      return Checker.unreadable("Nothing is typed in the table yet, so nothing was checked: fill in its rows.");
    }
    Feedback f = variant.checkTable(l, cells);
    if (f.counts()) {
      Instant now = now();
      record(questionId).recordTableAttempt(cells, f.isRight(), f.mistake(), now);
      missed(questionId, f, now);
      save();
    }
    return shown(questionId, f);
  }

  /**
   * A question answered wrong comes back for review (see {@link dev.descent.progress.ReviewCard}); a named
   * mistake made for the second time brings back every question of the lesson the learner has answered where
   * the engine finds the same mistake can be made.
   */
  private void missed(String questionId, Feedback f, Instant now) {
    if (f.isRight()) {
      return;
    }
    lesson().missed(questionId, now);
    if (f.mistake() == null || timesMade(f.mistake()) != 2) {
      return;
    }
    for (var e : lesson().questions().entrySet()) {
      if (e.getValue().attempts() > 0 && !lesson().review().containsKey(e.getKey())
          && variant.questions().containsKey(e.getKey()) && canMake(e.getKey(), f.mistake())) {
        lesson().missed(e.getKey(), now);
      }
    }
  }

  /** How often the learner has made mistake {@code id}, in every lesson. */
  private int timesMade(String id) {
    int n = 0;
    for (LessonProgress l : progress.lessons().values()) {
      for (QuestionProgress q : l.questions().values()) {
        n += q.mistakes().getOrDefault(id, 0);
      }
    }
    return n;
  }

  /** True when the engine lists mistake {@code id} among the usual ones of question {@code key}. */
  private boolean canMake(String key, String id) {
    try {
      return variant.outcome(variant.question(key)).mistakes().stream().anyMatch(m -> m.id().equals(id));
    } catch (DescentException e) {
      return false;
    }
  }

  private static boolean blank(List<List<String>> cells) {
    for (List<String> row : cells) {
      for (String cell : row) {
        if (cell != null && !cell.isBlank()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The reply as the learner may see it: what a wrong row should hold only once the solution is open. */
  private Feedback shown(String questionId, Feedback f) {
    return record(questionId).solutionShown() ? f : f.withoutValues();
  }

  @Override
  public Optional<String> nextHint(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    QuestionProgress q = record(questionId);
    Optional<String> hint = variant.hint(l, q.hintsUsed());
    now();
    if (hint.isPresent()) {
      q.recordHint();
      save();
    }
    return hint;
  }

  @Override
  public List<String> shownHints(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < record(questionId).hintsUsed(); i++) {
      Optional<String> hint = variant.hint(l, i);
      if (hint.isEmpty()) {
        break;
      }
      out.add(hint.get());
    }
    return out;
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
  public Optional<LastAnswer> lastAnswer(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    Optional<TypedAnswer> last = record(questionId).lastAnswer();
    if (last.isEmpty()) {
      return Optional.empty();
    }
    if (last.get() instanceof TypedAnswer.Table t) {
      return Optional.of(new LastAnswer("", t.rows(), shown(questionId, variant.checkTable(l, t.rows()))));
    }
    String text = ((TypedAnswer.Text) last.get()).text();
    return Optional.of(new LastAnswer(text, List.of(), variant.check(l, text)));
  }

  @Override
  public List<Step> steps(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    return variant.steps(l, row(l));
  }

  @Override
  public Feedback answerStep(String questionId, int index, String typed) {
    LessonVariant.Located l = variant.question(questionId);
    Feedback f = variant.checkStep(l, row(l), index, typed);
    now();
    if (f.mistake() != null) {
      record(questionId).recordMistake(f.mistake());
      save();
    }
    return f;
  }

  /**
   * The row of a table whose steps a break-down asks: the first the last answer got wrong or left out,
   * else the first row that is a step (0 for a question that is not a table).
   */
  private int row(LessonVariant.Located l) {
    if (l.question().kind() != QuestionKind.TABLE) {
      return 0;
    }
    Optional<LastAnswer> last = lastAnswer(l.key());
    if (last.isPresent()) {
      for (Feedback.RowMark m : last.get().reply().rows()) {
        if (m.step() >= 1 && (m.verdict() == Feedback.RowVerdict.WRONG || m.verdict() == Feedback.RowVerdict.MISSING)) {
          return m.step();
        }
      }
    }
    return Math.max(1, l.question().rows()[0]);
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
