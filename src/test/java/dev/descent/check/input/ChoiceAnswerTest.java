package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceAnswerTest {

  private static final List<Option> BEHAVIOURS = List.of(
      new Option("a", "converges"),
      new Option("b", "oscillates"),
      new Option("c", "diverges"),
      new Option("d", "stays put"));

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"b", "B", " b ", "(b)", "b)", "[b]", "b.", "2", "oscillates", "OSCILLATES", " Oscillates. "})
  void readsOneOptionByIdNumberOrText(String typed) {
    assertThat(AnswerReader.choices(typed, BEHAVIOURS, false)).containsExactly("b");
  }

  @Test
  void readsATextOfSeveralWords() {
    assertThat(AnswerReader.choices("  Stays   put ", BEHAVIOURS, false)).containsExactly("d");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"a, c", "a c", "a and c", "A AND C", "1, 3", "c, a", "a;c", "a & c", "(a), (c)",
      "converges, diverges", "a, c, a"})
  void readsSeveralOptionsInTheirOrder(String typed) {
    assertThat(AnswerReader.choices(typed, BEHAVIOURS, true)).containsExactly("a", "c");
  }

  @Test
  void readsSeveralWordsTextsAmongSeveral() {
    assertThat(AnswerReader.choices("stays put and b", BEHAVIOURS, true)).containsExactly("b", "d");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "a, c | choose only one option; you gave a and c",
      "e | 'e' is not one of the options; type a, b, c or d (or their numbers, 1 to 4)",
      "5 | '5' is not one of the options",
      "0 | '0' is not one of the options",
      "'' | choose one of a, b, c or d",
      "',,,' | choose one of a, b, c or d",
  })
  void refusesWithAMessageThatSaysWhy(String typed, String keyWords) {
    assertThatThrownBy(() -> AnswerReader.choices(typed, BEHAVIOURS, false))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining(keyWords);
  }

  @Test
  void anEmptyAnswerToAMultipleChoiceAsksForOneOrMore() {
    assertThatThrownBy(() -> AnswerReader.choices(null, BEHAVIOURS, true))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("choose one or more of a, b, c or d");
  }

  @Test
  void optionsWithTheSameIdAreTheCallersMistake() {
    List<Option> twice = List.of(new Option("a", "one"), new Option("A", "two"));
    assertThatThrownBy(() -> AnswerReader.choices("a", twice, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given twice");
  }

  @Test
  void anOptionNeedsAnId() {
    assertThatThrownBy(() -> new Option(" ", "text")).isInstanceOf(IllegalArgumentException.class);
  }
}
