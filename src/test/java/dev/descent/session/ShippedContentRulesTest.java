package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.check.Value;
import dev.descent.course.QuestionKind;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.lesson.QuestionSpec;
import dev.descent.problem.FixedChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The teaching rules the shipped course keeps: hints that lead (at least two), a worked reason for
 * every option of a choice, and homework whose draws are fair — no question of a problem can be
 * answered with another's answer, computed answers differ between students, and the right letter
 * of the concept questions moves around.
 */
class ShippedContentRulesTest {
  private static final CourseLoader.Loaded COURSE =
      CourseLoader.load(List.of(Path.of("lessons"), Path.of("exercises")));
  private static final int STUDENTS = 60;

  static Stream<LessonFile> files() {
    return COURSE.files().stream();
  }

  static Stream<LessonFile> sets() {
    return COURSE.files().stream().filter(LessonFile::exercises);
  }

  private static List<PageSpec.ProblemPage> problems(LessonFile f) {
    return f.pages().stream().filter(p -> p instanceof PageSpec.ProblemPage).map(p -> (PageSpec.ProblemPage) p)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyQuestionHasTwoHintsAndEveryChoiceExplainsItsOptions(LessonFile f) {
    for (PageSpec.ProblemPage p : problems(f)) {
      for (QuestionSpec q : p.questions()) {
        String where = f.id() + ":" + p.id() + "." + q.id();
        assertThat(q.hints()).as(where).hasSizeGreaterThanOrEqualTo(2);
        if (q.kind() == QuestionKind.CHOICE) {
          assertThat(q.explain()).as(where).isNotBlank();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void noQuestionOfAProblemIsAnsweredByAnothersAnswerInAnyDraw(LessonFile f) {
    for (int s = 0; s < STUDENTS; s++) {
      LessonVariant v = new LessonVariant(f, "student-" + s);
      for (PageSpec.ProblemPage p : problems(f)) {
        for (QuestionSpec a : p.questions()) {
          LessonVariant.Located la = new LessonVariant.Located(p, a);
          Value right = v.outcome(la).answer();
          if (right instanceof Value.Table || right instanceof Value.Function) {
            continue;
          }
          for (QuestionSpec b : p.questions()) {
            if (b == a || b.kind() != a.kind()) {
              continue;
            }
            LessonVariant.Located lb = new LessonVariant.Located(p, b);
            String typed = right instanceof Value.Choice ? letters(v, la) : right.show();
            String asB = right instanceof Value.Choice ? letters(v, lb) : null;
            boolean taken = asB != null ? typed.equals(asB) : v.check(lb, typed).isRight();
            assertThat(taken).as("%s student-%d: %s's answer %s also answers %s", f.id(), s, la.key(), typed, lb.key())
                .isFalse();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void computedAnswersDifferBetweenStudents(LessonFile f) {
    Map<String, Set<String>> seen = new HashMap<>();
    for (int s = 0; s < STUDENTS; s++) {
      LessonVariant v = new LessonVariant(f, "student-" + s);
      for (PageSpec.ProblemPage p : problems(f)) {
        if (p.variables().isEmpty()) {
          continue;
        }
        for (QuestionSpec q : p.questions()) {
          if (q.answer() instanceof FixedChoice) {
            continue;
          }
          LessonVariant.Located l = new LessonVariant.Located(p, q);
          Value a = v.outcome(l).answer();
          String shown = a instanceof Value.Table t ? java.util.Arrays.toString(t.model().truth(0)) : a.show();
          seen.computeIfAbsent(l.key(), k -> new HashSet<>()).add(shown);
        }
      }
    }
    seen.forEach((key, answers) -> assertThat(answers).as(f.id() + ":" + key).hasSizeGreaterThan(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void theRightLetterOfConceptQuestionsIsNotAlwaysTheSame(LessonFile f) {
    LessonVariant v = new LessonVariant(f, "student-0");
    List<String> letters = new ArrayList<>();
    for (PageSpec.ProblemPage p : problems(f)) {
      for (QuestionSpec q : p.questions()) {
        if (q.answer() instanceof FixedChoice) {
          letters.add(letters(v, new LessonVariant.Located(p, q)));
        }
      }
    }
    if (letters.size() >= 2) {
      assertThat(new HashSet<>(letters)).as(f.id() + " " + letters).hasSizeGreaterThan(1);
    }
  }

  @Test
  void rmspropHomeworkNeverLandsOnTheMinimumAndAdamsShortcutNeverPasses() {
    LessonFile f = file("adaptive-homework");
    for (int s = 0; s < 200; s++) {
      LessonVariant v = new LessonVariant(f, "student-" + s);
      // A first RMSProp step of length eta/sqrt(1 - beta) = |w0| would make w1 = 0 (review A1).
      assertThat(v.check(v.question("p2.w1"), "0").isRight()).as("student-%d p2.w1", s).isFalse();
      // "Adam moves eta each step": w0 - 2 eta sign(w0) must not pass for w2 (review A11).
      Map<String, Double> b = v.bindings(v.question("p3.w2").problem()).values();
      double shortcut = b.get("w0") - 2 * b.get("eta") * Math.signum(b.get("w0"));
      assertThat(v.check(v.question("p3.w2"), Double.toString(shortcut)).isRight()).as("student-%d p3.w2", s).isFalse();
    }
  }

  @Test
  void theClippingCheckNeverDrawsAZeroComponent() {
    LessonFile f = file("schedules");
    for (int s = 0; s < 200; s++) {
      LessonVariant v = new LessonVariant(f, "learner-" + s);
      Map<String, Double> b = v.bindings(v.question("check.clipped").problem()).values();
      assertThat(b.get("g1")).as("learner-%d", s).isNotZero();
      assertThat(b.get("g2")).as("learner-%d", s).isNotZero();
    }
  }

  private static LessonFile file(String id) {
    return COURSE.files().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  /** The letters a learner types for the right options of a choice question. */
  private static String letters(LessonVariant v, LessonVariant.Located l) {
    Set<String> ids = ((Value.Choice) v.outcome(l).answer()).ids();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.question().choices().size(); i++) {
      if (ids.contains(l.question().choices().get(i).id())) {
        out.add(v.view(l).choices().get(i).id());
      }
    }
    return String.join(", ", out);
  }
}
