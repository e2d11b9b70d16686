package dev.descent.session;

import dev.descent.check.Checker;
import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.PracticeRound;
import dev.descent.course.Page;
import dev.descent.course.Step;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.PracticeProgress;
import dev.descent.progress.ProgressStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One variant of a problem practised toward mastery: the problem alone, with the numbers of the current
 * round (drawn from the learner, the problem and the round, so the round in progress can be replayed and
 * checked). A round counts toward mastery when every question is answered right at its first attempt, with
 * no hint and no solution; a wrong answer, a hint or the solution starts the count again at once, and the
 * next round is drawn at once, both saved, so that leaving does not bring back numbers already seen. Practice answers are not the lesson's answers: only their named mistakes are counted.
 */
public final class PracticeSession implements PracticeRound {
  private final LessonFile file;
  private final PageSpec.ProblemPage problem;
  private final LearnerProgress progress;
  private final ProgressStore store;
  private final Clock clock;
  private final LessonVariant variant;
  private final int round;
  private final Set<String> right = new HashSet<>();
  private final Map<String, String> last = new HashMap<>();
  private final Map<String, Integer> hints = new HashMap<>();
  private boolean spoiled;
  private final List<String> notices = new java.util.ArrayList<>();
  private Instant lastActive;
  private List<Page> pages;

  /** The round in progress of {@code problemId} (the first round when it was never practised). */
  PracticeSession(LessonFile file, String problemId, String learner, LearnerProgress progress, ProgressStore store,
      Clock clock) {
    this.file = file;
    this.problem = problemOf(file, problemId);
    this.progress = progress;
    this.store = store;
    this.clock = clock;
    PracticeProgress record = record();
    this.round = record.round() == 0 ? record.nextRound() : record.round();
    this.variant = new LessonVariant(file, variantLearner(learner, problemId, round));
  }

  /** The id whose numbers a round is drawn from: the learner's, the problem's and the round's. */
  static String variantLearner(String learner, String problemId, int round) {
    return learner + "\npractice " + problemId + " " + round;
  }

  /** The problem {@code id} of {@code file} that has questions. */
  static PageSpec.ProblemPage problemOf(LessonFile file, String id) {
    for (PageSpec.ProblemPage p : file.problems()) {
      if (id.equals(p.id()) && !p.example()) {
        return p;
      }
    }
    throw new DescentException("no problem \"" + id + "\" to practise in " + file.id());
  }

  private LessonProgress lesson() {
    return progress.lesson(file.id());
  }

  private PracticeProgress record() {
    return lesson().practice(problem.id());
  }

  @Override
  public int round() {
    return round;
  }

  @Override
  public boolean done() {
    for (var q : problem.questions()) {
      if (!right.contains(problem.id() + "." + q.id())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Standing finish() {
    PracticeProgress r = record();
    if (!spoiled) {
      r.recordVariant(true, file.mastery());
      r.nextRound();
    }
    save();
    return new Standing(!spoiled, r.streak(), r.mastered());
  }

  @Override
  public int mastery() {
    return file.mastery();
  }

  private void spoil() {
    if (!spoiled) {
      spoiled = true;
      record().recordVariant(false, file.mastery());
      // The next round is drawn at once: a learner who leaves now does not come back to numbers seen.
      record().nextRound();
      save();
    }
  }

  private Instant now() {
    Instant now = clock.instant();
    if (lastActive != null) {
      Duration spent = Duration.between(lastActive, now);
      lesson().addTime(spent.compareTo(FileLessonSession.IDLE) > 0 ? FileLessonSession.IDLE : spent);
    }
    lastActive = now;
    return now;
  }

  @Override public String lessonId() { return file.id(); }

  @Override public String title() { return file.title() + " · practice: " + problem.title() + " · round " + round; }

  @Override
  public List<Page> pages() {
    if (pages == null) {
      pages = List.of(variant.page(problem));
    }
    return pages;
  }

  @Override public int resumePage() { return 0; }

  @Override public void visit(int page) { now(); }

  @Override
  public Feedback answer(String questionId, String typed) {
    return judged(questionId, typed, variant.check(variant.question(questionId), typed));
  }

  @Override
  public Feedback answerTable(String questionId, List<List<String>> cells) {
    if (cells.stream().allMatch(row -> row.stream().allMatch(c -> c == null || c.isBlank()))) {
      return Checker.unreadable("Nothing is typed in the table yet, so nothing was checked: fill in its rows.");
    }
    return judged(questionId, null, variant.checkTable(variant.question(questionId), cells)).withoutValues();
  }

  private Feedback judged(String questionId, String typed, Feedback f) {
    if (!f.counts()) {
      return f;
    }
    now();
    if (typed != null) {
      last.put(questionId, typed);
    }
    if (f.mistake() != null) {
      lesson().question(questionId).recordMistake(f.mistake());
    }
    if (f.isRight()) {
      right.add(questionId);
      save();
    } else {
      spoil();
    }
    return f;
  }

  @Override
  public Optional<String> nextHint(String questionId) {
    int used = hints.getOrDefault(questionId, 0);
    Optional<String> hint = variant.hint(variant.question(questionId), used);
    if (hint.isPresent()) {
      hints.put(questionId, used + 1);
      spoil();
    }
    return hint;
  }

  @Override
  public List<String> shownHints(String questionId) {
    return java.util.stream.IntStream.range(0, hints.getOrDefault(questionId, 0))
        .mapToObj(i -> variant.hint(variant.question(questionId), i).orElse("")).toList();
  }

  @Override
  public Optional<List<String>> solution(String questionId) {
    if (!last.containsKey(questionId) && !right.contains(questionId)) {
      return Optional.empty();
    }
    spoil();
    return Optional.of(variant.solution(variant.question(questionId)));
  }

  @Override
  public Optional<LastAnswer> lastAnswer(String questionId) {
    String text = last.get(questionId);
    return text == null ? Optional.empty()
        : Optional.of(new LastAnswer(text, List.of(), variant.check(variant.question(questionId), text)));
  }

  @Override public boolean solved(String questionId) { return right.contains(questionId); }

  @Override
  public List<Step> steps(String questionId) {
    LessonVariant.Located l = variant.question(questionId);
    return variant.steps(l, Math.max(1, l.question().rows() == null ? 0 : l.question().rows()[0]));
  }

  @Override
  public Feedback answerStep(String questionId, int index, String typed) {
    LessonVariant.Located l = variant.question(questionId);
    return variant.checkStep(l, Math.max(1, l.question().rows() == null ? 0 : l.question().rows()[0]), index, typed);
  }

  @Override
  public void save() {
    try {
      store.save(progress);
    } catch (DescentException e) {
      notices.add("Your practice cannot be saved: " + e.getMessage() + ".");
    }
  }

  @Override
  public List<String> notices() {
    List<String> fresh = List.copyOf(notices);
    notices.clear();
    return fresh;
  }
}
