package dev.descent.progress;

import dev.descent.lesson.json.JsonTokens;
import dev.descent.lesson.json.JsonTokens.Token;

/** The start of a value a progress file holds where it should not, quoted as compact JSON for a message. */
final class ProgressQuote {
  /** How many characters of a value a message quotes. */
  static final int CHARS = 40;

  private ProgressQuote() {}

  /** The current value as compact JSON, cut after {@value #CHARS} characters; the rest is left unread. */
  static String of(JsonTokens p) {
    StringBuilder sb = new StringBuilder();
    int depth = p.depth() - (p.token() == Token.START_OBJECT || p.token() == Token.START_ARRAY ? 1 : 0);
    boolean first = true;
    for (Token t = p.token(); sb.length() <= CHARS; t = p.next()) {
      boolean end = t == Token.END_OBJECT || t == Token.END_ARRAY;
      if (!first && !end && sb.charAt(sb.length() - 1) != ':' && sb.charAt(sb.length() - 1) != '['
          && sb.charAt(sb.length() - 1) != '{') {
        sb.append(',');
      }
      first = false;
      switch (t) {
        case START_OBJECT -> sb.append('{');
        case START_ARRAY -> sb.append('[');
        case END_OBJECT -> sb.append('}');
        case END_ARRAY -> sb.append(']');
        case FIELD_NAME -> quoted(p.text(), sb).append(':');
        case STRING -> quoted(p.text(), sb);
        case NUMBER -> sb.append(p.numberText());
        case TRUE -> sb.append("true");
        case FALSE -> sb.append("false");
        default -> sb.append("null");
      }
      if (p.depth() <= depth) {
        break;
      }
    }
    return sb.length() > CHARS ? sb.substring(0, CHARS) + "..." : sb.toString();
  }

  private static StringBuilder quoted(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length() && sb.length() <= CHARS; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"');
  }
}
