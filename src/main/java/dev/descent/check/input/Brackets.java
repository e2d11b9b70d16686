package dev.descent.check.input;

/** Pairs the round and square brackets of a typed answer, refusing any left open or closed twice. */
final class Brackets {
  private final int[] partner;

  private Brackets(int[] partner) {
    this.partner = partner;
  }

  /**
   * The brackets of {@code text}, paired.
   *
   * @throws AnswerFormatException naming the column of a bracket without its partner
   */
  static Brackets of(String text) {
    int[] partner = new int[text.length()];
    int[] open = new int[text.length()];
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      partner[i] = -1;
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        open[depth++] = i;
      } else if (c == ')' || c == ']') {
        char wanted = c == ')' ? '(' : '[';
        if (depth == 0) {
          throw new AnswerFormatException("the '" + c + "' at column " + (i + 1) + " has no matching '"
              + wanted + "'", i + 1);
        }
        int o = open[--depth];
        if (text.charAt(o) != wanted) {
          throw new AnswerFormatException("the '" + text.charAt(o) + "' at column " + (o + 1)
              + " is closed by '" + c + "' at column " + (i + 1) + "; close it with '" + closing(text.charAt(o))
              + "'", i + 1);
        }
        partner[o] = i;
        partner[i] = o;
      }
    }
    if (depth > 0) {
      int o = open[depth - 1];
      throw new AnswerFormatException("the '" + text.charAt(o) + "' at column " + (o + 1)
          + " is never closed; add '" + closing(text.charAt(o)) + "'", o + 1);
    }
    return new Brackets(partner);
  }

  private static char closing(char open) {
    return open == '(' ? ')' : ']';
  }

  /** The index of the bracket paired with the one at {@code i}, or -1 when {@code i} is not a bracket. */
  int partner(int i) {
    return partner[i];
  }

  /** Whether {@code span} starts with an opening bracket whose partner is its last character. */
  boolean encloses(Span span) {
    return span.end() - span.start() >= 2 && partner[span.start()] == span.end() - 1
        && partner[span.start()] > span.start();
  }

  /** {@code span} without the outer brackets that enclose all of it, layer after layer. */
  Span unwrap(String text, Span span) {
    Span s = span.trim(text);
    while (encloses(s)) {
      s = new Span(s.start() + 1, s.end() - 1).trim(text);
    }
    return s;
  }

  /** The index after {@code i}, skipping to after its partner when {@code i} opens a bracket. */
  int next(int i) {
    return partner[i] > i ? partner[i] + 1 : i + 1;
  }
}
