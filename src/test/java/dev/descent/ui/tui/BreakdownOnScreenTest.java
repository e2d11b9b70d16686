package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-F in the full-screen course, on lesson 3's page 4 ("Your linear step": w = 0, x = 2, y = 1,
 * eta = 0.1; by hand y_hat = 0, error = -1, gradient = -2, new w = 0.2, and adding the step gives -0.2).
 */
class BreakdownOnScreenTest {
  @TempDir Path data;

  /** The page's first three questions answered right, the fourth marked. */
  private VirtualUi atTheStep() {
    return VirtualUi.at(data, "sgd-step", "linear", 100, 40).answer("0").answer("-1").answer("-2");
  }

  @Test
  void ctrlDAsksTheStepsOneAtATimeAndNamesTheStepThatGoesWrong() {
    VirtualUi v = atTheStep().ctrl('f');
    assertThat(v.screen()).contains("break it down", "Step 1 of 4: The prediction");
    v.answer("0").answer("-1").answer("-2").answer("-0.2");
    assertThat(v.screen()).contains("This is where it goes wrong: the step.", "you added the step");
    v.answer("0.2");
    assertThat(v.screen()).contains("You put right the step");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("Your linear step").doesNotContain("break it down");
  }

  @Test
  void aWrongAnswerNoUsualMistakeExplainsIsOfferedABreakDown() {
    VirtualUi v = atTheStep().answer("5");
    assertThat(v.status()).contains("^F breaks it down");
  }

  @Test
  void escGoesBackToTheQuestion() {
    VirtualUi v = atTheStep().ctrl('f').keys(KeyType.Escape);
    assertThat(v.screen()).contains("Your linear step").doesNotContain("Step 1 of 4");
  }

  @Test
  void aQuestionOfOneStepSaysSo() {
    VirtualUi v = VirtualUi.at(data, "sgd-step", "linear", 100, 40).ctrl('f');
    assertThat(v.status()).contains("This answer is one step");
  }
}
