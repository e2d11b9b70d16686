package dev.descent.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The progress file's times read by hand agree with java.time: every instant descent writes (Instant's
 * own toString, over four-digit years and every fraction length) reads back as itself, and for text cut
 * or changed at random the hand path either gives what Instant.parse gives or leaves it to Instant.parse.
 */
class InstantsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void everyInstantDescentWritesReadsBackAsItself(long seed) {
    Random random = new Random(seed);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int n = 0; n < 20_000; n++) {
      long second = first + (long) (random.nextDouble() * (last - first));
      int nanos = new int[] {0, 500_000_000, 974_968_683, 1_000, 123_000}[random.nextInt(5)];
      Instant t = Instant.ofEpochSecond(second, nanos);
      assertThat(Instants.quick(t.toString())).as(t.toString()).isEqualTo(t);
    }
    for (String leap : new String[] {"2024-02-29T12:00:00Z", "2000-02-29T00:00:00Z", "0000-02-29T23:59:59.5Z"}) {
      assertThat(Instants.quick(leap)).as(leap).isEqualTo(Instant.parse(leap));
    }
    for (String none : new String[] {"1900-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2023-04-31T12:00:00Z",
        "2023-01-01T24:00:00Z", "2023-01-01T12:60:00Z", "2023-01-01T12:00:00.Z", "2023-01-01T12:00:00.1234567890Z"}) {
      assertThat(Instants.quick(none)).as(none).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7, 8})
  void brokenTextIsReadAsJavaTimeReadsItOrLeftToIt(long seed) {
    Random random = new Random(seed);
    String breakers = "0123456789:-TZ.+ x";
    for (int n = 0; n < 20_000; n++) {
      char[] c = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(3) * 250_000_000).toString()
          .toCharArray();
      c[random.nextInt(c.length)] = breakers.charAt(random.nextInt(breakers.length()));
      String text = new String(c, 0, c.length - (random.nextInt(4) == 0 ? random.nextInt(c.length) : 0));
      Instant quick = Instants.quick(text);
      if (quick != null) {
        assertThat(quick).as(text).isEqualTo(Instant.parse(text));
      }
      Instant reference;
      try {
        reference = Instant.parse(text);
      } catch (DateTimeParseException e) {
        reference = null;
      }
      if (reference == null) {
        assertThat(quick).as("refused by java.time: " + text).isNull();
      }
    }
  }
}
