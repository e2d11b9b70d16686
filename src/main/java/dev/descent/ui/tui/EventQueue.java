package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Keys and resizes in one queue that the UI waits on without polling: a daemon thread blocks in
 * {@link Screen#readInput()}, and the terminal's resize listener posts a resize.
 */
final class EventQueue {
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

  void post(Event e) {
    events.add(e);
  }

  /** Waits for the next event, using no CPU while waiting. */
  Event take() throws InterruptedException {
    return events.take();
  }

  /** True when an event is waiting, so that drawing can wait until the last of a burst of keys. */
  boolean pending() {
    return !events.isEmpty();
  }

  /** Posts a resize whenever {@code terminal} changes size. */
  void listenForResizes(Terminal terminal) {
    terminal.addResizeListener((t, size) -> post(new Event.Resized()));
  }

  /** Starts the daemon thread that reads keys from {@code screen} until input ends. */
  void readKeys(Screen screen) {
    Thread reader = new Thread(() -> {
      try {
        while (true) {
          KeyStroke k = screen.readInput();
          if (k == null || k.getKeyType() == KeyType.EOF) {
            post(new Event.InputClosed());
            return;
          }
          post(new Event.Key(k));
        }
      } catch (IOException | RuntimeException e) {
        post(new Event.Failed(e));
      }
    }, "descent keys");
    reader.setDaemon(true);
    reader.start();
  }
}
