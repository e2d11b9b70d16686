package dev.descent.it;

/**
 * What must never come out of descent raw, written here from the standards rather than from descent's
 * own list: the C0 controls but newline, tab and the CR of a CRLF (ECMA-48), DEL, the C1 controls
 * U+0080–U+009F, the bidirectional formatting characters of UAX #9 (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), the zero-width and invisible characters U+200B–U+200D, U+2060–U+2064,
 * U+FEFF, the line and paragraph separators U+2028–U+2029, and the tag characters U+E0000–U+E007F.
 */
public final class RawCharacters {
  private RawCharacters() {}

  /** True when {@code cp} must not reach a terminal. */
  public static boolean forbidden(int cp) {
    return cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r'
        || cp >= 0x7f && cp <= 0x9f
        || cp == 0x061c || cp >= 0x200b && cp <= 0x200f || cp >= 0x202a && cp <= 0x202e
        || cp >= 0x2060 && cp <= 0x2064 || cp >= 0x2066 && cp <= 0x2069 || cp == 0xfeff
        || cp == 0x2028 || cp == 0x2029 || cp >= 0xe0000 && cp <= 0xe007f;
  }

  /** Fails, naming {@code where} and the first such character with what surrounds it, when {@code text} holds one. */
  public static void assertNone(String text, String where) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean lone = cp == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
      if (forbidden(cp) || lone) {
        String around = text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40));
        throw new AssertionError(escaped(where) + ": a raw U+" + String.format("%04X", cp) + " at character " + i
            + " in ..." + escaped(around) + "...");
      }
      i += Character.charCount(cp);
    }
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return sb.toString();
  }
}
