package dev.descent.session;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.descent.check.Value;
import dev.descent.course.Block;
import dev.descent.course.Feedback;
import dev.descent.course.Page;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.problem.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the lesson and exercise loader with any text; for a file that loads, one learner's variant is
 * shown (every page, every display drawn), and each question's answer is computed and checked once. Only
 * descent's own {@link DescentException} may come out of the computations; the loader itself must report
 * problems as diagnostics and the checker must always reply.
 */
class LessonFileFuzzTest {

  /** The format's words, so that mutations reach past the JSON syntax into the lesson model. */
  @DictionaryEntries({"\"format\"", "\"kind\"", "\"lesson\"", "\"exercises\"", "\"pages\"", "\"type\"",
      "\"text\"", "\"example\"", "\"problem\"", "\"variables\"", "\"choose\"", "\"from\"", "\"to\"",
      "\"step\"", "\"calc\"", "\"require\"", "\"with\"", "\"show\"", "\"questions\"", "\"answer\"",
      "\"compute\"", "\"take\"", "\"steps\"", "\"start\"", "\"eta\"", "\"f\"", "\"at\"", "\"optimizer\"",
      "\"adam\"", "\"nesterov\"", "\"momentum\"", "\"adagrad\"", "\"rmsprop\"", "\"schedule\"", "\"clip\"",
      "\"table\"", "\"plot\"", "\"contour\"", "\"compare\"", "\"runs\"", "\"hessian\"", "\"sgd\"",
      "\"trajectory\"", "\"steps_until\"", "\"until\"", "\"behaviour\"", "\"newton\"", "\"bound\"",
      "\"score\"", "\"formula\"", "\"fixed\"", "\"correct\"", "\"choices\"", "\"multiple\"", "\"columns\"",
      "\"rows\"", "\"tolerance\"", "\"digits\"", "\"batch\"", "\"model\"", "\"logistic\"", "\"matrix\"",
      "\"eigenvalues\"", "\"entry\"", "{eta}", "{= 1 - 2*eta}", "1e308", "-0", "99999"})
  @FuzzTest
  @Timeout(10)
  void loadShowAndCheck(byte[] input) {
    LessonLoader.Result r = LessonLoader.parse(new String(input, StandardCharsets.UTF_8), "fuzz.json");
    if (r.lesson().isEmpty()) {
      if (r.diagnostics().isEmpty()) {
        throw new AssertionError("a file that does not load must say why");
      }
      return;
    }
    LessonVariant v = new LessonVariant(r.lesson().get(), "fuzz");
    for (Page p : v.pages()) {
      for (Block b : p.blocks()) {
        if (b instanceof Block.Display d) {
          d.lines(80);
        }
      }
    }
    for (LessonVariant.Located l : v.questions().values()) {
      v.view(l);
      v.hint(l, 0);
      v.solution(l);
      checkOnce(v, l);
    }
  }

  /** Types the engine's own answer, or the right table, at the question. */
  private static void checkOnce(LessonVariant v, LessonVariant.Located l) {
    Outcome o;
    try {
      o = v.outcome(l);
    } catch (DescentException undefined) {
      return;
    }
    Feedback f;
    if (l.question().kind() == QuestionKind.TABLE) {
      var model = ((Value.Table) o.answer()).model();
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < model.steps().size(); i++) {
        List<String> cells = new ArrayList<>();
        for (double x : model.truth(i)) {
          cells.add(Double.toString(x));
        }
        rows.add(cells);
      }
      f = v.checkTable(l, rows);
    } else {
      f = v.check(l, o.answer().show());
    }
    if (f == null || f.headline().isBlank()) {
      throw new AssertionError("no reply to " + l.key());
    }
  }
}
