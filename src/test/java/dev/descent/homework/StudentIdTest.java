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
  void anIdLongerThanTheLimitIsRefused() {
    assertThatThrownBy(() -> StudentId.of("a".repeat(StudentId.MAX_LENGTH + 1)))
        .hasMessageContaining("the limit is " + StudentId.MAX_LENGTH);
  }
}
