package dev.descent.ui.plain;

import dev.descent.course.Block;
import dev.descent.course.Draft;
import dev.descent.course.Page;
import dev.descent.ui.Settings;
import dev.descent.ui.Text;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A preview of a lesson file in plain mode: the lesson line by line as a learner gets it, shown again from the
 * page that was showing whenever the file is saved (looked for every {@link #POLL_MILLIS} ms, and shown at the
 * next prompt), and while the file does not load its problems, located. {@code :key} prints the page's answer
 * key.
 */
public final class PlainPreview {
  /** How often the file's attributes are looked at. */
  static final int POLL_MILLIS = 250;
  private static final String RELOAD = ":lessons";

  private final Draft draft;
  private final LineFeed in;
  private final Prompter io;
  private final Settings settings;
  private volatile boolean changed;
  private Draft.Reading reading;

  /** A preview of {@code draft} reading {@code in} and writing {@code out}. */
  public PlainPreview(Draft draft, Reader in, PrintWriter out, Settings settings) {
    this.draft = draft;
    this.in = new LineFeed(in);
    this.io = new Prompter(this.in, out, settings.width());
    this.settings = settings;
    io.intercept(this::own);
  }

  /** Runs until {@code :quit} or the end of input. */
  public void run() {
    io.say("descent preview of " + draft.shown() + ", with the numbers of learner " + Text.clean(draft.learner())
        + ". Save the file and the preview shows it again; :key prints the answer key of the page, :quit stops. "
        + "Nothing is saved as progress.");
    watch();
    reading = draft.read();
    List<Page> pages = null;
    int anchor = 0;
    while (true) {
      changed = false;
      if (!reading.loaded()) {
        problems();
        io.say("Fix the file and save it: the preview shows it again. (:quit stops.)");
        Optional<String> line = io.ask("preview> ");
        if (line.isEmpty() || Command.parse(line.get()).filter(c -> c == Command.QUIT).isPresent()) {
          break;
        }
        reading = changed || line.get().strip().equals(RELOAD) ? draft.read() : reading;
        continue;
      }
      if (!reading.problems().isEmpty()) {
        problems();
      }
      List<Page> after = reading.session().pages();
      reading.session().visit(pages == null ? 0 : Draft.samePage(pages, anchor, after));
      pages = after;
      Destination o = new PlainLesson(reading.session(), io, settings.figures()).run();
      anchor = reading.session().resumePage();
      if (o == Destination.QUIT) {
        break;
      }
      if (!changed) {
        io.say("The end of the preview: save the file to see it again, or :quit.");
        Optional<String> line = io.ask("preview> ");
        if (line.isEmpty() || Command.parse(line.get()).filter(c -> c == Command.QUIT).isPresent()) {
          break;
        }
      }
      io.blank();
      io.say("Reloaded " + draft.shown() + ".");
      reading = draft.read();
    }
    io.say("The preview of " + draft.shown() + " ended; nothing was saved.");
    io.flush();
  }

  private void problems() {
    List<String> p = reading.problems();
    io.blank();
    io.say(p.size() + (p.size() == 1 ? " problem" : " problems") + " in " + draft.shown()
        + (reading.loaded() ? " (the lesson loads, and follows):" : ":"));
    for (String line : p) {
      io.say("  " + Text.clean(line));
    }
  }

  /** Lines the preview takes care of itself: {@code :key}. */
  private boolean own(String line) {
    if (!line.strip().toLowerCase(Locale.ROOT).equals(":key")) {
      return false;
    }
    if (reading == null || !reading.loaded()) {
      io.say("The file does not load, so there is no answer key yet.");
      return true;
    }
    int page = reading.session().resumePage();
    List<String> ids = new ArrayList<>();
    List<Page> pages = reading.session().pages();
    if (page < pages.size()) {
      for (Block b : pages.get(page).blocks()) {
        if (b instanceof Block.Ask a) {
          ids.add(a.question().id());
        }
      }
    }
    List<String> key = draft.key(ids);
    io.say(key.isEmpty() ? "There is no question on this page." : "Answer key of page " + (page + 1) + ":");
    for (String k : key) {
      for (String l : k.split("\\R")) {
        io.verbatim("  " + Text.clean(l));
      }
    }
    return true;
  }

  /** Starts the daemon thread that ends the page showing when the file changes, to show it again. */
  private void watch() {
    Thread watcher = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(POLL_MILLIS);
          if (!changed && draft.changed()) {
            Thread.sleep(POLL_MILLIS);
            changed = true;
            in.slipIn(RELOAD);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "descent preview: watch the file");
    watcher.setDaemon(true);
    watcher.start();
  }
}
