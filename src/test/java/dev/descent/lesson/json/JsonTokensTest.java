package dev.descent.lesson.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokens read from a {@link Reader} a few characters at a time are those read from the whole text
 * in memory, with the same places, and a broken text fails with the same message at the same place:
 * the buffer's refills (across a string, an escape, a number, a literal, a CR LF) change nothing.
 * Documents are generated from a seed, then broken by cutting them or changing one character.
 */
class JsonTokensTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aReaderInSmallPiecesGivesWhatTheWholeTextGives(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 200; n++) {
      String text = document(random, 0);
      assertThat(tokens(JsonTokens.of(new Trickle(text, random.nextLong()), (p, m) -> { })))
          .as(text).isEqualTo(tokens(JsonTokens.of(text, (p, m) -> { })));
      String broken = random.nextBoolean() ? text.substring(0, random.nextInt(text.length() + 1))
          : changeOne(text, random);
      assertThat(tokens(JsonTokens.of(new Trickle(broken, random.nextLong()), (p, m) -> { })))
          .as(broken).isEqualTo(tokens(JsonTokens.of(broken, (p, m) -> { })));
    }
  }

  /** Every token with its place and text, then the end or the syntax error that stopped the reading. */
  private static List<String> tokens(JsonTokens t) {
    List<String> seen = new ArrayList<>();
    try {
      for (JsonTokens.Token k = t.next(); k != JsonTokens.Token.END; k = t.next()) {
        seen.add(k + " " + t.pos() + " " + (k == JsonTokens.Token.NUMBER ? t.numberText() + " " + t.integral()
            : k == JsonTokens.Token.STRING || k == JsonTokens.Token.FIELD_NAME ? t.text() : ""));
      }
      seen.add("END");
    } catch (JsonSyntaxException e) {
      seen.add("error " + e.pos() + " " + e.getMessage());
    }
    return seen;
  }

  private static String document(Random r, int depth) {
    int kind = depth > 3 ? 2 + r.nextInt(5) : r.nextInt(7);
    String space = new String[] {"", " ", "\n", "\r\n", "\r", "\t  "}[r.nextInt(6)];
    switch (kind) {
      case 0: {
        StringBuilder sb = new StringBuilder("{" + space);
        for (int i = r.nextInt(4); i > 0; i--) {
          sb.append(string(r)).append(space).append(':').append(document(r, depth + 1)).append(i > 1 ? "," : "");
        }
        return sb.append(space).append('}').toString();
      }
      case 1: {
        StringBuilder sb = new StringBuilder("[");
        for (int i = r.nextInt(4); i > 0; i--) {
          sb.append(space).append(document(r, depth + 1)).append(i > 1 ? "," : "");
        }
        return sb.append(']').toString();
      }
      case 2:
        return space + string(r);
      case 3:
        return new String[] {"0", "-12", "3.25", "1e9", "-0.5E-3", "123456789012"}[r.nextInt(6)];
      case 4:
        return "true";
      case 5:
        return "false" + space;
      default:
        return "null";
    }
  }

  private static String string(Random r) {
    String[] parts = {"a", "key", "\\n", "\\\"", "\\u03b7", "é", "\\\\", " ", "p\u0302"};
    StringBuilder sb = new StringBuilder("\"");
    for (int i = r.nextInt(6); i > 0; i--) {
      sb.append(parts[r.nextInt(parts.length)]);
    }
    return sb.append('"').toString();
  }

  private static String changeOne(String text, Random r) {
    if (text.isEmpty()) {
      return "x";
    }
    char[] c = text.toCharArray();
    String breakers = "{}[],:\"\\ex0-.\n/'";
    c[r.nextInt(c.length)] = breakers.charAt(r.nextInt(breakers.length()));
    return new String(c);
  }

  /** A reader that hands out its text one to three characters at a time. */
  private static final class Trickle extends Reader {
    private final String text;
    private final Random random;
    private int at;

    Trickle(String text, long seed) {
      this.text = text;
      this.random = new Random(seed);
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(3)), text.length() - at);
      text.getChars(at, at + n, buf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
