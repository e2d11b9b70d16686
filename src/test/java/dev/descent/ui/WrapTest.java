package dev.descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WrapTest {
  private static final String PROSE = "The gradient points uphill. Gradient descent takes a step the other way, "
      + "scaled by the learning rate eta, and a_very_long_identifier_that_is_longer_than_any_line_here goes too.";

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 12, 20, 40, 78})
  void noLineIsWiderThanTheWidth(int width) {
    assertThat(Wrap.lines(PROSE, width)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
  }

  @Test
  void wrappingKeepsEveryWordInOrder() {
    assertThat(String.join(" ", Wrap.lines("one two three four five", 9))).isEqualTo("one two three four five");
  }

  @Test
  void breaksAtSpacesBeforeTheWidth() {
    assertThat(Wrap.lines("one two three four five", 9)).containsExactly("one two", "three", "four five");
  }

  @Test
  void controlCharactersNeverReachTheScreen() {
    assertThat(Wrap.lines("red \u001b[31mtext", 40)).containsExactly("red ^[[31mtext");
  }
}
