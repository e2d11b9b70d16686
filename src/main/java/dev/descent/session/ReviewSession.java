package dev.descent.session;

import dev.descent.check.Checker;
import dev.descent.course.Block;
import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.course.Step;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.ProgressStore;
import dev.descent.progress.ReviewCard;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of one lesson due for review, one page each, with new numbers (drawn from the learner, the
 * question and how often it came back). The first answer that counts decides the question's Leitner box:
 * right (without a hint or the solution before it) moves it up, anything else puts it back in box 1.
 */
final class ReviewSession implements LessonSession {
  private final LessonFile file;
  private final LearnerProgress progress;
  private final ProgressStore store;
  private final Clock clock;
  private final List<String> due = new ArrayList<>();
  private final Map<String, LessonVariant> variants = new HashMap<>();
  private final Set<String> decided = new HashSet<>();
  private final Set<String> helped = new HashSet<>();
  private final Set<String> right = new HashSet<>();
  private final Map<String, String> last = new HashMap<>();
  private final Map<String, Integer> hints = new HashMap<>();
  private final List<String> notices = new ArrayList<>();
  private List<Page> pages;

  ReviewSession(LessonFile file, String learner, LearnerProgress progress, ProgressStore store, Clock clock) {
    this.file = file;
    this.progress = progress;
    this.store = store;
    this.clock = clock;
    LessonVariant own = new LessonVariant(file, learner);
    Instant now = clock.instant();
    for (Map.Entry<String, ReviewCard> e : lesson().review().entrySet()) {
      if (e.getValue().dueAt(now) && own.questions().containsKey(e.getKey())) {
        due.add(e.getKey());
        variants.put(e.getKey(), new LessonVariant(file, learner + "\nreview " + e.getKey() + " " + e.getValue().round()));
      }
    }
  }

  private LessonProgress lesson() {
    return progress.lesson(file.id());
  }

  private LessonVariant variant(String key) {
    LessonVariant v = variants.get(key);
    if (v == null) {
      throw new DescentException("question " + key + " is not due for review");
    }
    return v;
  }

  @Override public String lessonId() { return file.id(); }

  @Override public String title() { return file.title() + " · review"; }

  @Override
  public List<Page> pages() {
    if (pages == null) {
      pages = new ArrayList<>();
      for (String key : due) {
        LessonVariant v = variant(key);
        Page whole = v.page(v.question(key).problem());
        List<Block> blocks = new ArrayList<>();
        for (Block b : whole.blocks()) {
          if (!(b instanceof Block.Ask a) || a.question().id().equals(key)) {
            blocks.add(b);
          }
        }
        pages.add(new Page(whole.title() + " (review, new numbers)", blocks));
      }
    }
    return pages;
  }

  @Override public int resumePage() { return 0; }

  @Override public void visit(int page) { }

  @Override
  public Feedback answer(String questionId, String typed) {
    LessonVariant v = variant(questionId);
    Feedback f = v.check(v.question(questionId), typed);
    if (f.counts()) {
      last.put(questionId, typed);
    }
    return decide(questionId, f);
  }

  @Override
  public Feedback answerTable(String questionId, List<List<String>> cells) {
    if (cells.stream().allMatch(row -> row.stream().allMatch(c -> c == null || c.isBlank()))) {
      return Checker.unreadable("Nothing is typed in the table yet, so nothing was checked: fill in its rows.");
    }
    LessonVariant v = variant(questionId);
    return decide(questionId, v.checkTable(v.question(questionId), cells)).withoutValues();
  }

  /** The first answer that counts moves the question's card; later ones only get their reply. */
  private Feedback decide(String questionId, Feedback f) {
    if (!f.counts()) {
      return f;
    }
    if (f.isRight()) {
      right.add(questionId);
    }
    if (f.mistake() != null) {
      lesson().question(questionId).recordMistake(f.mistake());
    }
    if (decided.add(questionId)) {
      lesson().reviewed(questionId, f.isRight() && !helped.contains(questionId), clock.instant());
    }
    save();
    return f;
  }

  @Override
  public Optional<String> nextHint(String questionId) {
    int used = hints.getOrDefault(questionId, 0);
    Optional<String> hint = variant(questionId).hint(variant(questionId).question(questionId), used);
    if (hint.isPresent()) {
      hints.put(questionId, used + 1);
      helped.add(questionId);
    }
    return hint;
  }

  @Override
  public List<String> shownHints(String questionId) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hints.getOrDefault(questionId, 0); i++) {
      variant(questionId).hint(variant(questionId).question(questionId), i).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public Optional<List<String>> solution(String questionId) {
    if (!decided.contains(questionId)) {
      return Optional.empty();
    }
    return Optional.of(variant(questionId).solution(variant(questionId).question(questionId)));
  }

  @Override
  public Optional<LastAnswer> lastAnswer(String questionId) {
    String text = last.get(questionId);
    LessonVariant v = variant(questionId);
    return text == null ? Optional.empty() : Optional.of(new LastAnswer(text, List.of(), v.check(v.question(questionId), text)));
  }

  @Override public boolean solved(String questionId) { return right.contains(questionId); }

  @Override
  public List<Step> steps(String questionId) {
    LessonVariant v = variant(questionId);
    LessonVariant.Located l = v.question(questionId);
    return v.steps(l, l.question().rows() == null ? 0 : Math.max(1, l.question().rows()[0]));
  }

  @Override
  public Feedback answerStep(String questionId, int index, String typed) {
    LessonVariant v = variant(questionId);
    LessonVariant.Located l = v.question(questionId);
    return v.checkStep(l, l.question().rows() == null ? 0 : Math.max(1, l.question().rows()[0]), index, typed);
  }

  @Override
  public void save() {
    try {
      store.save(progress);
    } catch (DescentException e) {
      notices.add("Your review cannot be saved: " + e.getMessage() + ".");
    }
  }

  @Override
  public List<String> notices() {
    List<String> fresh = List.copyOf(notices);
    notices.clear();
    return fresh;
  }
}
