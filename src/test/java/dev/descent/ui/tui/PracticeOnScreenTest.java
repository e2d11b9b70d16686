package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** p in the lesson list practises the selected lesson's first problem with drawn numbers; ^L goes back. */
class PracticeOnScreenTest {
  @TempDir Path data;

  /**
   * Answers the round on screen from the numbers its page states ("Weight w = .., example x = .., y = .., η = ..")
   * by the closed form: error = w*x - y, gradient = error*x, new w = w - eta*gradient.
   */
  private static void answerTheRound(VirtualUi v) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "Weight w = (\\S+), example x = (\\S+), y = (\\S+), η = ([^.\\s]+(?:\\.\\d+)?)").matcher(v.flat());
    assertThat(m.find()).as(v.screen()).isTrue();
    double w = Double.parseDouble(m.group(1).replace("−", "-"));
    double x = Double.parseDouble(m.group(2).replace("−", "-"));
    double y = Double.parseDouble(m.group(3).replace("−", "-"));
    double eta = Double.parseDouble(m.group(4));
    double error = w * x - y;
    v.answer(Double.toString(error)).answer(Double.toString(error * x)).answer(Double.toString(w - eta * error * x));
  }

  @Test
  void threeRoundsRightOnScreenMasterTheProblem() {
    VirtualUi.at(data, "sgd-step", "From a dataset to one example", 100, 40).ctrl('x');
    VirtualUi v = VirtualUi.start(data).type("3").type("p");
    answerTheRound(v);
    assertThat(v.screen()).contains("Round 1 right without help: 1 in a row of 3.");
    v.keys(com.googlecode.lanterna.input.KeyType.Enter);
    answerTheRound(v);
    v.keys(com.googlecode.lanterna.input.KeyType.Enter);
    answerTheRound(v);
    assertThat(v.screen()).contains("Mastered", "3 in a row of 3");
    v.keys(com.googlecode.lanterna.input.KeyType.Enter);
    assertThat(v.screen()).contains("1 problem mastered");
  }

  @Test
  void pOpensTheFirstRoundOfPracticeAndCtrlLGoesBackToTheList() {
    VirtualUi.at(data, "sgd-step", "From a dataset to one example", 100, 40).ctrl('x');
    VirtualUi v = VirtualUi.start(data).type("3").type("p");
    assertThat(v.screen()).contains("One SGD step · practice: Practice: a linear step",
        "Practice, round 1: new numbers.");
    v.ctrl('l');
    assertThat(v.screen()).contains("1. The update rule");
  }
}
