package dev.descent.render;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that lets nothing reach a terminal raw: every stream descent writes to (standard output
 * and error, plain mode, the gradebook) goes through one. Newlines and tabs pass, and so does a
 * carriage return right before a newline (CSV's CRLF); every other character that {@link Visible}
 * calls unsafe is written in its visible form, and with {@code asciiOnly} every character beyond
 * ASCII as its ASCII stand-in. A character split across two writes (a surrogate pair, CR then LF) is
 * held until the next.
 */
public final class VisibleWriter extends Writer {
  private final Writer out;
  private final boolean asciiOnly;
  private final StringBuilder buffer = new StringBuilder();
  private char pendingHigh;
  private boolean pendingReturn;

  /** A writer onto {@code out}; with {@code asciiOnly}, for a terminal that cannot show UTF-8. */
  public VisibleWriter(Writer out, boolean asciiOnly) {
    super(out);
    this.out = out;
    this.asciiOnly = asciiOnly;
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    synchronized (lock) {
      if (plain(java.nio.CharBuffer.wrap(chars, off, len))) {
        out.write(chars, off, len);
        return;
      }
      for (int i = off; i < off + len; i++) {
        take(chars[i]);
      }
      drain();
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    synchronized (lock) {
      if (plain(java.nio.CharBuffer.wrap(s, off, off + len))) {
        out.write(s, off, len);
        return;
      }
      for (int i = off; i < off + len; i++) {
        take(s.charAt(i));
      }
      drain();
    }
  }

  @Override
  public void write(int c) throws IOException {
    synchronized (lock) {
      take((char) c);
      drain();
    }
  }

  /** True when nothing is held and {@code chars} are all printable ASCII, newlines and tabs: the common case. */
  private boolean plain(CharSequence chars) {
    if (pendingReturn || pendingHigh != 0) {
      return false;
    }
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if ((c < 0x20 || c >= 0x7f) && c != '\n' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private void take(char c) {
    if (pendingReturn) {
      pendingReturn = false;
      buffer.append(c == '\n' ? "\r" : Visible.form('\r'));
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        codePoint(Character.toCodePoint(high, c));
        return;
      }
      codePoint(high);
    }
    if (c == '\r') {
      pendingReturn = true;
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else {
      codePoint(c);
    }
  }

  private void codePoint(int cp) {
    if (cp == '\n' || cp == '\t') {
      buffer.append((char) cp);
    } else if (Visible.unsafe(cp)) {
      buffer.append(Visible.form(cp));
    } else if (asciiOnly && cp >= 0x80) {
      buffer.append(Character.isSurrogate((char) cp) ? "?" : Visible.ascii(cp));
    } else {
      buffer.appendCodePoint(cp);
    }
  }

  private void drain() throws IOException {
    if (buffer.length() > 0) {
      out.write(buffer.toString());
      buffer.setLength(0);
    }
  }

  /** Flushes what was written; a carriage return or half a surrogate pair waits for what follows it. */
  @Override
  public void flush() throws IOException {
    synchronized (lock) {
      drain();
      out.flush();
    }
  }

  /** Writes what is still held, in its visible form, and closes the stream below. */
  @Override
  public void close() throws IOException {
    synchronized (lock) {
      if (pendingReturn) {
        pendingReturn = false;
        buffer.append(Visible.form('\r'));
      }
      if (pendingHigh != 0) {
        codePoint(pendingHigh);
        pendingHigh = 0;
      }
      drain();
      out.close();
    }
  }
}
