package dev.descent.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON descent prints for scripts ({@code --format json}): pretty-printed, and pure ASCII — every
 * control character, DEL and every character beyond ASCII is written as a JSON escape (a backslash,
 * {@code u} and four hex digits) — so
 * that text from a file never reaches a terminal raw, and a script gets the same bytes whatever the
 * locale.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** The standard escapes, and DEL, which JSON allows raw but a terminal may act on. */
  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = withDelete();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }

    private int[] withDelete() {
      int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
      codes[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
      return codes;
    }
  };

  private JsonOutput() {}

  /** A compact generator (no spaces, no line breaks) onto {@code out}, which it flushes but never closes. */
  public static JsonGenerator compact(java.io.OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(ESCAPES);
    return g;
  }

  /** A pretty-printing generator onto {@code out}, which it flushes but never closes. */
  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(ESCAPES);
    g.useDefaultPrettyPrinter();
    return g;
  }
}
