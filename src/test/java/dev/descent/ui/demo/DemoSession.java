package dev.descent.ui.demo;

import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.engine.DescentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One learner in a demo lesson; every answer, hint and page visit goes into {@link DemoProgress}. */
final class DemoSession implements LessonSession {
  private static final String CELL = "\u001f";
  private static final String ROW = "\u001e";

  private final DemoLesson lesson;
  private final DemoProgress progress;
  private final String prefix;

  DemoSession(DemoLesson lesson, DemoProgress progress, String learner) {
    this.lesson = lesson;
    this.progress = progress;
    this.prefix = learner + "/" + lesson.info().id() + "/";
  }

  @Override public String lessonId() { return lesson.info().id(); }

  @Override public String title() { return lesson.info().title(); }

  @Override public List<Page> pages() { return lesson.pages(); }

  @Override
  public int resumePage() {
    return Math.min(progress.number(prefix + "page"), lesson.pages().size() - 1);
  }

  @Override
  public void visit(int page) {
    progress.put(prefix + "page", page);
  }

  @Override
  public Feedback answer(String questionId, String typed) {
    return record(questionId, List.of(List.of(typed == null ? "" : typed)));
  }

  @Override
  public Feedback answerTable(String questionId, List<List<String>> cells) {
    return record(questionId, cells);
  }

  private Feedback record(String questionId, List<List<String>> cells) {
    Feedback f = question(questionId).judge().judge(cells);
    String key = prefix + questionId + "/";
    if (f.counts()) {
      progress.put(key + "attempts", progress.number(key + "attempts") + 1);
      progress.put(key + "last", encode(cells));
    }
    if (f.isRight()) {
      progress.put(key + "solved", 1);
    }
    save();
    return f;
  }

  @Override
  public Optional<String> nextHint(String questionId) {
    List<String> hints = question(questionId).hints();
    String key = prefix + questionId + "/hints";
    int shown = progress.number(key);
    if (shown >= hints.size()) {
      return Optional.empty();
    }
    progress.put(key, shown + 1);
    return Optional.of(hints.get(shown));
  }

  @Override
  public int hintsShown(String questionId) {
    question(questionId);
    return progress.number(prefix + questionId + "/hints");
  }

  @Override
  public Optional<List<String>> solution(String questionId) {
    DemoQuestion q = question(questionId);
    return attempts(questionId) > 0 ? Optional.of(q.solution()) : Optional.empty();
  }

  @Override
  public Optional<Feedback> lastFeedback(String questionId) {
    String last = progress.get(prefix + questionId + "/last", null);
    return last == null ? Optional.empty() : Optional.of(question(questionId).judge().judge(decode(last)));
  }

  @Override
  public boolean solved(String questionId) {
    return progress.number(prefix + questionId + "/solved") > 0;
  }

  @Override
  public void save() {
    progress.save();
  }

  int attempts(String questionId) {
    return progress.number(prefix + questionId + "/attempts");
  }

  private DemoQuestion question(String id) {
    DemoQuestion q = lesson.questions().get(id);
    if (q == null) {
      throw new DescentException("no question '" + id + "' in lesson " + lessonId());
    }
    return q;
  }

  private static String encode(List<List<String>> cells) {
    List<String> rows = new ArrayList<>();
    for (List<String> row : cells) {
      rows.add(String.join(CELL, row));
    }
    return String.join(ROW, rows);
  }

  private static List<List<String>> decode(String s) {
    List<List<String>> rows = new ArrayList<>();
    for (String row : s.split(ROW, -1)) {
      rows.add(Arrays.asList(row.split(CELL, -1)));
    }
    return rows;
  }
}
