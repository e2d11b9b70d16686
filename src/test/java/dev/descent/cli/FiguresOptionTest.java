package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descent.engine.DescentException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --figures and DESCENT_FIGURES: figures on unless turned off, the option over the environment. */
class FiguresOptionTest {
  @TempDir Path data;

  private static CourseOptions figures(String value) {
    CourseOptions o = new CourseOptions();
    o.figures = value;
    return o;
  }

  @Test
  void figuresAreOnUnlessTurnedOff() {
    assertThat(new CourseOptions().figures(Map.of())).isTrue();
    assertThat(new CourseOptions().figures(Map.of("DESCENT_FIGURES", "off"))).isFalse();
    assertThat(new CourseOptions().figures(Map.of("DESCENT_FIGURES", "ON"))).isTrue();
    assertThat(figures("off").figures(Map.of())).isFalse();
    assertThat(figures("on").figures(Map.of("DESCENT_FIGURES", "off"))).isTrue();
  }

  @Test
  void aValueOtherThanOnOrOffIsNamed() {
    assertThatThrownBy(() -> figures("maybe").figures(Map.of())).isInstanceOf(DescentException.class)
        .hasMessage("--figures is on or off, not 'maybe'");
    assertThatThrownBy(() -> new CourseOptions().figures(Map.of("DESCENT_FIGURES", "0")))
        .hasMessage("DESCENT_FIGURES is on or off, not '0'");
    Cli c = Cli.run("--figures", "maybe", "--data-dir", data.toString());
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).contains("--figures is on or off, not 'maybe'");
  }

  @Test
  void plainModeWithFiguresOffPrintsNoPlotArt() {
    String walk = ":next\n".repeat(40);
    Cli on = Cli.runWithInput(walk, "learn", "1", "--data-dir", data.resolve("on").toString());
    Cli off = Cli.runWithInput(walk, "learn", "1", "--figures=off", "--data-dir", data.resolve("off").toString());
    String axis = "(?m)^ *\\+-{10,}";
    assertThat(on.out()).containsPattern(axis);
    assertThat(off.out()).doesNotContainPattern(axis).doesNotContainPattern("(?m)^ *[-0-9.e]* \\|");
    assertThat(off.out()).contains("plot against step:\nSteps 0 to 10: w falls from 6 to 3.322;");
  }
}
