package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.LessonSession;
import dev.descent.progress.ProgressStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's session in the real lesson 2 ("eight-steps"), whose first table (run-a.table) is
 * w_k = 2 − 2·0.4^k, L = (w − 2)² + 1 from w = 0 at η = 0.3 (notes 004), asked to five significant digits.
 */
class LessonSessionTest {
  private static final String TABLE = "run-a.table";
  private static CourseLoader.Loaded lessons;

  @TempDir Path data;

  @BeforeAll
  static void load() {
    lessons = CourseLoader.load(List.of(Path.of("lessons")));
  }

  private FileCourse course() {
    return new FileCourse(lessons, ProgressStore.open(data));
  }

  private LessonSession session() {
    return course().open("eight-steps", "ann");
  }

  /** Rows 1 to 3 right and row 4 slipped to w = 1.9 (L(1.9) = 1.01); the rest left empty. */
  private static List<List<String>> slipped() {
    List<List<String>> rows = new ArrayList<>(List.of(List.of("1.2", "1.64"), List.of("1.68", "1.1024"),
        List.of("1.872", "1.016384"), List.of("1.9", "1.01")));
    while (rows.size() < 8) {
      rows.add(List.of("", ""));
    }
    return rows;
  }

  private static List<List<String>> empty() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(List.of("", ""));
    }
    return rows;
  }

  @Test
  void anEmptyTableIsNotAnAttemptAndKeepsTheAnswerBefore() {
    LessonSession s = session();
    s.answerTable(TABLE, slipped());
    Feedback f = s.answerTable(TABLE, empty());
    assertThat(f.counts()).isFalse();
    assertThat(f.details()).anyMatch(d -> d.contains("Nothing is typed in the table"));
    LastAnswer last = session().lastAnswer(TABLE).orElseThrow();
    assertThat(last.rows().get(3)).containsExactly("1.9", "1.01");
    assertThat(course().status("eight-steps", "ann").attempted()).isEqualTo(1);
  }

  @Test
  void aWrongRowSaysWhatItShouldHoldOnlyOnceTheSolutionIsOpen() {
    LessonSession s = session();
    Feedback before = s.answerTable(TABLE, slipped());
    assertThat(before.rows().get(3).verdict()).isEqualTo(Feedback.RowVerdict.WRONG);
    assertThat(before.rows().get(3).note()).isEqualTo("w does not follow from your row above.");
    assertThat(before.rows().get(3).values()).isEmpty();
    assertThat(s.solution(TABLE)).isPresent();
    Feedback after = session().lastAnswer(TABLE).orElseThrow().reply();
    assertThat(after.rows().get(3).values()).isEqualTo("w should be 1.9488 from your row above, not 1.9.");
  }

  @Test
  void theLastLineTypedAndTheHintsSeenComeBackInTheNextRun() {
    LessonSession s = session();
    s.answer("setup.l0", "4");
    s.nextHint("setup.l0");
    LessonSession again = session();
    assertThat(again.lastAnswer("setup.l0").orElseThrow().text()).isEqualTo("4");
    assertThat(again.lastAnswer("setup.l0").orElseThrow().reply().isRight()).isFalse();
    assertThat(again.shownHints("setup.l0")).hasSize(1);
  }

  @Test
  void aLearnerIsNewUntilSomethingIsSavedAndIsToldWhereItIs() {
    assertThat(course().isNew("ann")).isTrue();
    assertThat(course().progressLocation("ann")).isEqualTo(data.resolve("learners").resolve("ann.json").toString());
    session().visit(0);
    assertThat(course().isNew("ann")).isFalse();
  }
}
