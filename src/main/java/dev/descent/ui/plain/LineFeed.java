package dev.descent.ui.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Standard input as plain mode reads it, with a line that another thread can slip in between the typed ones:
 * a preview ends the lesson on screen with {@code :lessons} when its file changes, to show the new version. A
 * daemon thread reads the typed lines ahead; whatever is typed is passed on, in order, and never lost.
 */
final class LineFeed extends BufferedReader {
  private static final String END = new String("end of input");
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private String current = "";
  private int at;
  private boolean ended;

  LineFeed(Reader typed) {
    super(Reader.nullReader());
    BufferedReader in = typed instanceof BufferedReader b ? b : new BufferedReader(typed);
    Thread pump = new Thread(() -> {
      try {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line + "\n");
        }
      } catch (IOException e) {
        // the end of what can be read: treated as the end of input
      }
      lines.add(END);
    }, "descent: read standard input");
    pump.setDaemon(true);
    pump.start();
  }

  /** Puts {@code line} before whatever is typed next. */
  void slipIn(String line) {
    lines.add(line + "\n");
  }

  @Override
  public int read() throws IOException {
    while (at >= current.length()) {
      if (ended) {
        return -1;
      }
      try {
        String next = lines.take();
        if (next == END) {
          ended = true;
          return -1;
        }
        current = next;
        at = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
    return current.charAt(at++);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int c = read();
    if (c < 0) {
      return -1;
    }
    buffer[offset] = (char) c;
    return 1;
  }

  @Override
  public boolean markSupported() {
    return true;
  }

  private int marked;

  @Override
  public void mark(int limit) {
    marked = at;
  }

  @Override
  public void reset() {
    at = Math.min(marked, current.length());
  }
}
