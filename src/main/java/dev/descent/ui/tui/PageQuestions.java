package dev.descent.ui.tui;

import dev.descent.course.Block;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.course.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questions of the page on screen, in order, and what the screen holds of every question seen so far. */
final class PageQuestions {
  private final LessonSession session;
  private final Map<String, QuestionState> states = new HashMap<>();
  private List<Question> onPage = List.of();

  PageQuestions(LessonSession session) {
    this.session = session;
  }

  /** Makes {@code page}'s questions the current ones. */
  void show(Page page) {
    List<Question> qs = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (b instanceof Block.Ask a) {
        qs.add(a.question());
        state(a.question());
      }
    }
    onPage = List.copyOf(qs);
  }

  boolean isEmpty() {
    return onPage.isEmpty();
  }

  /** The state of a question of this page, by id. */
  QuestionState state(String id) {
    return states.get(id);
  }

  /** Every question's state by id, for laying the page out. */
  Map<String, QuestionState> states() {
    return states;
  }

  /**
   * The first question of the page whose latest answer is not right, looking from the one after
   * {@code id} to the end and then from the start; empty when every question on the page is right.
   */
  Optional<String> nextOpen(String id) {
    int from = id == null ? 0 : indexOf(id) + 1;
    for (int k = 0; k < onPage.size(); k++) {
      String q = onPage.get((from + k) % onPage.size()).id();
      if (!state(q).rightNow()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** True when the latest answer to every question of the page is right (so also when it has none). */
  boolean allRight() {
    return nextOpen(null).isEmpty();
  }

  /** The questions of the page whose latest answer is not right, in order. */
  List<Question> open() {
    List<Question> out = new ArrayList<>();
    for (Question q : onPage) {
      if (!state(q.id()).rightNow()) {
        out.add(q);
      }
    }
    return out;
  }

  /** True when no question of the page has a reply yet: the learner has not begun it. */
  boolean untouched() {
    for (Question q : onPage) {
      if (state(q.id()).feedback != null) {
        return false;
      }
    }
    return true;
  }

  /** The question to select when the page opens: the first not answered right, else the first; null for none. */
  String initial() {
    return nextOpen(null).orElse(onPage.isEmpty() ? null : onPage.get(0).id());
  }

  /** The question {@code steps} places after {@code id}, going round at the ends. */
  String after(String id, int steps) {
    int i = Math.floorMod(indexOf(id) + steps, onPage.size());
    return onPage.get(i).id();
  }

  /** The question {@code steps} places after {@code id}, or empty past either end. */
  Optional<String> beside(String id, int steps) {
    int i = indexOf(id) + steps;
    return i >= 0 && i < onPage.size() ? Optional.of(onPage.get(i).id()) : Optional.empty();
  }


  /** The place of the question {@code id} on the page (0 when it is not there). */
  int indexOf(String id) {
    for (int i = 0; i < onPage.size(); i++) {
      if (onPage.get(i).id().equals(id)) {
        return i;
      }
    }
    return 0;
  }

  private QuestionState state(Question q) {
    return states.computeIfAbsent(q.id(), k -> new QuestionState(q, session));
  }
}
