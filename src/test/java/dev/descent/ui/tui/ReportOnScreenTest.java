package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.descent.check.UsualMistakes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page of the full-screen course: r in the lesson list, Enter back to the list. */
class ReportOnScreenTest {
  @TempDir Path data;

  @Test
  void rInTheListShowsTheReportWithTheMistakesMadeAndEnterGoesBack() {
    // Lesson 3, page 4: new w = 0.2 by hand; -0.2 adds the step.
    VirtualUi.at(data, "sgd-step", "linear", 100, 40).answer("0").answer("-1").answer("-2").answer("-0.2").ctrl('x');
    VirtualUi v = VirtualUi.start(data).type("r");
    assertThat(v.screen()).contains("Your report", "One SGD step: 3 of 27 right", UsualMistakes.ADDED_GRADIENT.id() + " (once)",
        "For review: 0 due now, 1 later.");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("1. The update rule").doesNotContain("Your report");
  }
}
