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

  /** The first question of the page not yet answered right at or after {@code from}, by id. */
  Optional<String> nextUnsolved(int from) {
    for (int i = Math.max(0, from); i < onPage.size(); i++) {
      if (!state(onPage.get(i).id()).solved) {
        return Optional.of(onPage.get(i).id());
      }
    }
    return Optional.empty();
  }

  /** The question to select when the page opens: the first not answered right, else the first; null for none. */
  String initial() {
    return nextUnsolved(0).orElse(onPage.isEmpty() ? null : onPage.get(0).id());
  }

  /** The question {@code steps} places after {@code id}, going round at the ends. */
  String after(String id, int steps) {
    int i = Math.floorMod(indexOf(id) + steps, onPage.size());
    return onPage.get(i).id();
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
