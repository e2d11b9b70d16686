package dev.descent.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descent.engine.DescentException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearnersTest {
  /** Ids that a naive encoding would merge, let out of the directory, hide, or make too long. */
  private static final List<String> TRICKY = List.of("../x", "..", ".", ".hidden", "a/b", "a\\b", "a_b", "a b",
      "a%20b", "a~b", "~", "alice", "Alice", "ALICE", "caf\u00e9", "cafe\u0301", "\u65e5\u672c\u8a9e", "\ud83d\ude00",
      "\ud800", "?", "con", "CON", "nul.txt", "com1", "x".repeat(64), "x".repeat(65), "x".repeat(1000),
      "x".repeat(1000) + "y", "a\u0000b", "a\nb", "-", "_", "a.json");

  @Test
  void userNamesTheDefaultLearner() {
    assertThat(Learners.defaultId(Map.of("USER", "ada", "LOGNAME", "lovelace"))).isEqualTo("ada");
  }

  @Test
  void lognameNamesTheDefaultLearnerWithoutUser() {
    assertThat(Learners.defaultId(Map.of("USER", " ", "LOGNAME", "lovelace"))).isEqualTo("lovelace");
  }

  @Test
  void withoutAUserTheDefaultLearnerIsLearner() {
    assertThat(Learners.defaultId(Map.of())).isEqualTo("learner");
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice", "bob-2", "ada_lovelace", "x.y", "0"})
  void plainLowerCaseIdsAreTheFileName(String id) {
    assertThat(Learners.fileName(id)).isEqualTo(id + ".json");
  }

  @Test
  void otherIdsKeepTheirReadableCharactersAndGetAHash() {
    assertThat(Learners.fileName("Ada Lovelace")).matches("Ada_Lovelace~[0-9a-f]{16}\\.json");
  }

  @Test
  void trickyIdsGetDistinctFileNamesEvenWhereCaseIsIgnored() {
    Set<String> names = TRICKY.stream().map(id -> Learners.fileName(id).toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    assertThat(names).hasSameSizeAs(TRICKY);
  }

  @Test
  void trickyIdsGetShortNamesOfSafeCharactersThatDoNotStartWithADot() {
    assertThat(TRICKY).map(Learners::fileName)
        .allSatisfy(name -> assertThat(name).matches("[A-Za-z0-9_-][A-Za-z0-9._~-]{0,63}\\.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"con", "nul.txt", "com1", "lpt9.x"})
  void windowsDeviceNamesAreNotUsedAsFileNames(String id) {
    assertThat(Learners.fileName(id)).contains("~");
  }

  @Test
  void theSameIdAlwaysGetsTheSameFile() {
    assertThat(Learners.fileName("Ada Lovelace")).isEqualTo(Learners.fileName("Ada Lovelace"));
  }

  @Test
  void anEmptyIdIsRefused() {
    assertThatThrownBy(() -> Learners.fileName("")).isInstanceOf(DescentException.class)
        .hasMessageContaining("must not be empty");
  }

  /** The hand-written check of a plain id against the expression that states it, on 500 seeded random ids. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
  void aPlainIdIsTheRegularExpression(long seed) {
    java.util.regex.Pattern plain = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    String[] pieces = {"a", "z", "0", "9", "_", "-", ".", "A", " ", "é", "x".repeat(40), "/", "~"};
    java.util.Random rnd = new java.util.Random(seed);
    for (int n = 0; n < 100; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(5); k >= 0; k--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String id = b.toString();
      assertThat(Learners.plain(id)).as(id).isEqualTo(plain.matcher(id).matches());
    }
  }
}
