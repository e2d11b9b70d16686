package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.check.Value;
import dev.descent.check.TableModel;
import dev.descent.course.Block;
import dev.descent.course.Page;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.Placeholders;
import dev.descent.progress.ProgressStore;
import dev.descent.render.Numbers;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import dev.descent.session.LessonVariant;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson and exercise set of the shipped course, played in plain mode from its first page to
 * its last by a learner who types the key's answers: each answer must be taken as right at the
 * first try, and the lesson must end finished in the learner's progress.
 */
class ShippedCoursePlayTest {
  private static final CourseLoader.Loaded COURSE =
      CourseLoader.load(List.of(Path.of("lessons"), Path.of("exercises")));

  /** Expression answers the key cannot type for itself, written as a learner would, per lesson:question. */
  private static final Map<String, String> EXPRESSIONS = Map.of(
      "update-rule:by-hand.dldw", "2(w - 3)",
      "curvature:diag.dfdx", "10x",
      "eight-steps-homework:p1.dldw", "2*{a}*(w - {c})");

  @TempDir Path data;

  static Stream<Arguments> filesAndLearners() {
    List<Arguments> out = new ArrayList<>();
    for (LessonFile f : COURSE.files()) {
      for (String learner : List.of("player-1", "player-2", "player-3")) {
        out.add(Arguments.of(f.id(), learner));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("filesAndLearners")
  void everyAnswerOfTheKeyIsRightAtTheFirstTryAndTheLessonEndsFinished(String id, String learner) {
    FileCourse course = new FileCourse(COURSE, ProgressStore.open(data));
    LessonVariant key = new LessonVariant(course.file(id), learner);
    List<String> script = new ArrayList<>();
    int questions = 0;
    for (Page page : key.pages()) {
      for (Block b : page.blocks()) {
        if (b instanceof Block.Ask ask) {
          script.addAll(typed(id, key, ask.question().id()));
          questions++;
        }
      }
      script.add("");
    }
    StringWriter out = new StringWriter();
    new PlainUi(course, learner, new BufferedReader(new StringReader(String.join("\n", script) + "\n")),
        new PrintWriter(out, true)).run(Optional.of(id));

    String shown = out.toString();
    assertThat(shown).as(shown).doesNotContain("answer> Wrong", "answer> Partly", "Could not read", "Try again")
        .contains("End of the lesson");
    assertThat(shown.split("> Right", -1).length - 1).as(shown).isEqualTo(questions);
    assertThat(course.status(id, learner).finished()).isTrue();
  }

  /** The lines a learner types for one question: one line, or one line per row of a table. */
  private static List<String> typed(String lesson, LessonVariant key, String questionKey) {
    LessonVariant.Located l = key.question(questionKey);
    Value a = key.outcome(l).answer();
    if (a instanceof Value.Table t) {
      TableModel m = t.model();
      List<String> rows = new ArrayList<>();
      for (int r = 0; r < m.steps().size(); r++) {
        List<String> cells = new ArrayList<>();
        for (double v : m.truth(r)) {
          cells.add(Numbers.format(v));
        }
        rows.add(String.join(" ", cells));
      }
      return rows;
    }
    if (a instanceof Value.Choice c) {
      List<String> letters = new ArrayList<>();
      for (int i = 0; i < l.question().choices().size(); i++) {
        if (c.ids().contains(l.question().choices().get(i).id())) {
          letters.add(key.view(l).choices().get(i).id());
        }
      }
      return List.of(String.join(", ", letters));
    }
    if (a instanceof Value.Function) {
      String template = EXPRESSIONS.get(lesson + ":" + questionKey);
      assertThat(template).as("a typed expression for %s:%s", lesson, questionKey).isNotNull();
      return List.of(Placeholders.fill(template, key.bindings(l.problem())));
    }
    return List.of(a.show());
  }
}
