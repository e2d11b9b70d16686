package dev.descent.homework;

import dev.descent.files.FileKind;
import dev.descent.files.SpecialFile;
import dev.descent.render.Visible;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The lines of an answer file, read within bounds: at most {@link #MAX_BYTES} bytes, {@link #MAX_LINES}
 * lines and {@link #MAX_LINE_LENGTH} characters a line. What lies beyond a bound is left out with a
 * note, so a huge file is graded on what was read in bounded time and memory. UTF-8 is expected; a
 * byte-order mark (UTF-8 or UTF-16, as Windows editors write) is honoured; a file with NUL bytes or
 * mostly undecodable bytes is not text and is refused.
 */
public final class AnswerText {
  /** The most bytes read from one file (1 MiB; a filled answer file is a few kilobytes). */
  public static final int MAX_BYTES = 1 << 20;
  /** The most lines read from one file. */
  public static final int MAX_LINES = 10_000;
  /** The longest line read, in characters; longer lines are skipped. */
  public static final int MAX_LINE_LENGTH = 2_000;
  /** What the decoder puts for bytes that are not text (U+FFFD, the replacement character). */
  private static final char UNDECODED = '\uFFFD';

  /**
   * The lines read, {@code lines.get(i)} being line {@code i + 1}; a line that was too long is null.
   * {@code notes} say what was left out.
   */
  public record Lines(List<String> lines, List<Note> notes) {
    public Lines {
      lines = Collections.unmodifiableList(new ArrayList<>(lines));
      notes = List.copyOf(notes);
    }
  }

  private AnswerText() {}

  /**
   * The lines of the file at {@code path}.
   *
   * @throws UnreadableFile when it is missing, a folder, unreadable or not text
   */
  public static Lines read(Path path) {
    String shown = Visible.inline(path.toString());
    FileKind kind = FileKind.of(path);
    if (kind == FileKind.MISSING) {
      throw new UnreadableFile("no such file: " + shown);
    }
    if (kind == FileKind.FOLDER) {
      throw new UnreadableFile(shown + " is a folder, not an answer file");
    }
    if (!kind.readable() && kind != FileKind.UNREADABLE) {
      throw new UnreadableFile(shown + " is " + kind.words() + ", not an answer file");
    }
    // A plain FileInputStream: Files.newInputStream would set up NIO channels, which a quick
    // command pays for at start-up, for one small file. A pipe or a device is read as a stream too.
    try (InputStream in = kind == FileKind.REGULAR ? new FileInputStream(path.toFile()) : SpecialFile.open(path)) {
      return read(in);
    } catch (FileNotFoundException e) {
      throw new UnreadableFile(Files.exists(path) ? "cannot read " + shown + ": permission denied"
          : "no such file: " + shown);
    } catch (IOException | UnsupportedOperationException e) {
      throw new UnreadableFile("cannot read " + shown + ": " + e.getMessage());
    }
  }

  /**
   * The lines of {@code path}, which a walk of the class folder found to be a regular file. A class is read
   * seconds after it was listed, so what is there is looked at again, without following a link: a file
   * that is by now a link is not followed (grade follows no link in a class folder), and one that is a FIFO
   * or a device is not opened (opening a FIFO waits for a writer, for ever).
   *
   * @throws UnreadableFile as {@link #read(Path)}, or when it is no longer a regular file
   */
  static Lines readFound(Path path) {
    FileKind kind = FileKind.itself(path);
    if (kind != FileKind.REGULAR) {
      if (kind == FileKind.LINK || kind.readable()) {
        throw new UnreadableFile(Visible.inline(path.toString()) + " is now " + kind.words()
            + ", not a regular file; it was not read");
      }
      return read(path); // says why: gone, a folder, unreadable
    }
    InputStream opened;
    try {
      opened = new FileInputStream(path.toFile());
    } catch (FileNotFoundException e) {
      // A name not in this system's encoding (müller.txt in Latin-1, read under UTF-8) has no java.io name;
      // the walk's path keeps its bytes.
      try {
        opened = Files.newInputStream(path);
      } catch (IOException | UnsupportedOperationException again) {
        return read(path); // says why
      }
    }
    try (InputStream in = opened) {
      return read(in);
    } catch (IOException | UnsupportedOperationException e) {
      throw new UnreadableFile("cannot read " + Visible.inline(path.toString()) + ": " + e.getMessage());
    }
  }

  /**
   * The lines of a stream, which is read to at most {@link #MAX_BYTES} + 1 bytes and not closed.
   *
   * @throws UnreadableFile when it is not text
   * @throws IOException when reading fails
   */
  public static Lines read(InputStream in) throws IOException {
    byte[] bytes = readBounded(in, MAX_BYTES + 1);
    List<Note> notes = new ArrayList<>();
    boolean cut = bytes.length > MAX_BYTES;
    int length = cut ? lastNewline(bytes, MAX_BYTES) : bytes.length;
    String text = decode(bytes, length);
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      if (lines.size() == MAX_LINES) {
        notes.add(new Note(MAX_LINES + 1, "the file has more than " + count(MAX_LINES)
            + " lines; descent read the first " + count(MAX_LINES) + " and left out the rest"));
        cut = false;
        break;
      }
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int lineNumber = lines.size() + 1;
      if (end - start > MAX_LINE_LENGTH) {
        notes.add(new Note(lineNumber, "this line is " + count(end - start)
            + " characters long; the limit is " + count(MAX_LINE_LENGTH) + ", so it was left out"));
        lines.add(null);
      } else {
        lines.add(text.substring(start, end));
      }
      start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    if (cut) {
      notes.add(new Note(lines.size() + 1, "the file is larger than " + (MAX_BYTES >> 20) + " MiB; descent read "
          + "the first " + (MAX_BYTES >> 20) + " MiB (" + count(lines.size())
          + " lines) and left out the rest"));
    }
    int bad = firstUndecodedLine(lines);
    if (bad > 0) {
      notes.add(new Note(bad, "this line holds bytes that are not UTF-8; save the file as UTF-8 text"));
    }
    return new Lines(lines, notes);
  }

  /**
   * At most {@code limit} bytes of {@code in}, read with plain reads: JDK 17's FileInputStream.readNBytes
   * asks for the file's size and position first, which fails on a pipe ("Illegal seek"). The buffer starts
   * at the size the stream says it has left (a regular file's size; a pipe says 0), plus one byte to see
   * the end: a buffer of 8 KiB for every file of a class was an eighth of what grading it allocated.
   */
  private static byte[] readBounded(InputStream in, int limit) throws IOException {
    int size;
    try {
      size = in.available();
    } catch (IOException e) {
      size = 0; // a device that cannot say; read it as a pipe
    }
    byte[] buffer = new byte[size > 0 && size < limit ? size + 1 : Math.min(limit, 8192)];
    int length = 0;
    while (length < limit) {
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.min(limit, buffer.length * 2));
      }
      int n = in.read(buffer, length, Math.min(buffer.length, limit) - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    return length == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, length);
  }

  /** The length up to and including the last newline before {@code limit}, so no line is cut in two. */
  private static int lastNewline(byte[] bytes, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return limit;
  }

  private static String decode(byte[] bytes, int length) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    if (charset == StandardCharsets.UTF_8 && indexOf(bytes, length, (byte) 0) >= 0) {
      throw new UnreadableFile("it is not a text file (it holds NUL bytes); write the answers in a plain text "
          + "editor and save them as UTF-8");
    }
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(UNDECODED));
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes, skip, length - skip)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UnreadableFile("it is not a text file; save the answers as UTF-8 text");
    }
    // Text in another encoding (Latin-1 accents in a comment) has some undecodable bytes and is read with
    // a note; binary data has control characters or is mostly undecodable.
    int undecoded = 0;
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == UNDECODED) {
        undecoded++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    if (control > Math.max(8, text.length() / 50) || undecoded > Math.max(8, text.length() / 3)) {
      throw new UnreadableFile("it is not a text file (most of its bytes are not UTF-8 text); write the answers in "
          + "a plain text editor and save them as UTF-8");
    }
    return text;
  }

  /** {@code n} with thousands separated by commas, whatever the locale. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static int indexOf(byte[] bytes, int length, byte b) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int firstUndecodedLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l != null && l.indexOf(UNDECODED) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }
}
