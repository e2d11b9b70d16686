package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descent.engine.DescentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Student ids: one student whatever the case, and only characters that are safe in a file name. */
class StudentIdTest {

  @Test
  void caseAndSurroundingSpacesDoNotMakeAnotherStudent() {
    assertThat(StudentId.of("  Alice ")).isEqualTo(StudentId.of("alice"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice", "s1234567", "alice.smith@uni.example", "a_b-c+d", "élodie"})
  void emailsRegistrationNumbersAndAccentsAreIds(String id) {
    assertThat(StudentId.of(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "alice smith", "../etc", "-alice", "a/b", "a\u0000b"})
  void otherTextIsRefusedWithAReason(String id) {
    assertThatThrownBy(() -> StudentId.of(id)).isInstanceOf(DescentException.class).hasMessageContaining("student id");
  }

  @Test
  void aRefusedIdIsQuotedAsItWasWrittenNotLowerCased() {
    assertThatThrownBy(() -> StudentId.of(" Mallory O'Neil ")).isInstanceOf(DescentException.class)
        .hasMessageContaining("'Mallory O'Neil'");
  }

  @Test
  void anIdLongerThanTheLimitIsRefused() {
    assertThatThrownBy(() -> StudentId.of("a".repeat(StudentId.MAX_LENGTH + 1)))
        .hasMessageContaining("the limit is " + StudentId.MAX_LENGTH);
  }

  /** The shape, against the regular expression that states it, on random short texts. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void theShapeIsTheRegularExpression(long seed) {
    java.util.regex.Pattern shape = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@+-]{0,63}");
    String[] pieces = {"a", "z", "0", "9", "é", "中", "\u216B", "\u00B2", "\uD835\uDC9C", ".", "_", "@", "+", "-", "/",
        " ", "#", "x".repeat(30)};
    java.util.Random rnd = new java.util.Random(seed);
    StringBuilder b = new StringBuilder();
    for (int k = rnd.nextInt(6); k >= 0; k--) {
      b.append(pieces[rnd.nextInt(pieces.length)]);
    }
    String text = b.toString();
    boolean accepted;
    try {
      new StudentId(text);
      accepted = true;
    } catch (DescentException e) {
      accepted = false;
    }
    boolean normal = text.equals(text.toLowerCase(java.util.Locale.ROOT));
    assertThat(accepted).as(text).isEqualTo(shape.matcher(text).matches() && normal);
  }

  static java.util.stream.Stream<Long> seeds() {
    return java.util.stream.LongStream.range(0, 500).boxed();
  }
}
