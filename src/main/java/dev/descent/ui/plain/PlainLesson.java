package dev.descent.ui.plain;

import dev.descent.course.Block;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.ui.Text;
import java.util.List;
import java.util.Optional;

/** Runs one lesson in plain mode, page by page from where the learner left off. */
record PlainLesson(LessonSession session, Prompter io, boolean figures) {
  /** Displays are drawn this wide: a common terminal width that screen readers read line by line. */
  static final int DISPLAY_WIDTH = 80;

  /** Shows pages until the learner finishes, goes back to the list or quits; LESSONS when finished. */
  Destination run() {
    List<Page> pages = session.pages();
    int page = Math.max(0, Math.min(session.resumePage(), pages.size() - 1));
    io.blank();
    io.say("Lesson: " + Text.clean(session.title()) + ", " + pages.size() + (pages.size() == 1 ? " page." : " pages."));
    if (page > 0) {
      io.say("Going on from page " + (page + 1) + ", where you left off. Type :back for earlier pages.");
    }
    while (page < pages.size()) {
      session.visit(page);
      Destination o = showPage(page, pages.get(page), pages.size());
      if (o == Destination.BACK) {
        page = Math.max(0, page - 1);
      } else if (o == Destination.NEXT) {
        page++;
      } else {
        return o;
      }
    }
    io.say("End of the lesson: " + Text.clean(session.title()) + ".");
    return Destination.LESSONS;
  }

  private Destination showPage(int index, Page page, int count) {
    io.blank();
    String title = page.title() == null || page.title().isBlank() ? "" : ": " + Text.clean(page.title());
    io.say("Page " + (index + 1) + " of " + count + title);
    // Questions are numbered through the lesson, so that the learner sees how far along it is.
    List<Page> pages = session.pages();
    int asked = 0;
    int questions = 0;
    for (int i = 0; i < pages.size(); i++) {
      int here = (int) pages.get(i).blocks().stream().filter(b -> b instanceof Block.Ask).count();
      asked += i < index ? here : 0;
      questions += here;
    }
    for (Block b : page.blocks()) {
      if (b instanceof Block.Paragraph p) {
        paragraph(p);
      } else if (b instanceof Block.Display d) {
        display(d);
      } else if (b instanceof Block.Ask a) {
        asked++;
        io.blank();
        String label = "Question " + asked + " of " + questions;
        Destination o = new PlainQuestion(session, a.question(), io).ask(label);
        if (o != Destination.NEXT) {
          return o;
        }
      }
    }
    return endOfPage(index, count);
  }

  private Destination endOfPage(int index, int count) {
    String next = index + 1 < count ? "Press Enter for the next page" : "Press Enter to finish the lesson";
    io.say("End of page " + (index + 1) + ". " + next + (index > 0 ? ", or type :back." : "."));
    while (true) {
      Optional<String> line = io.ask("page> ");
      if (line.isEmpty()) {
        return Destination.QUIT;
      }
      if (line.get().isBlank()) {
        return Destination.NEXT;
      }
      Optional<Command> c = Command.parse(line.get());
      if (c.isPresent() && Destination.of(c.get()) != null) {
        return Destination.of(c.get());
      }
      if (c.isPresent() && c.get() == Command.HELP) {
        io.commands();
      } else {
        io.say("This page has nothing to answer. Press Enter to go on, or type :back, :lessons or :quit.");
      }
    }
  }

  private void paragraph(Block.Paragraph p) {
    io.blank();
    if (p.preformatted()) {
      for (String line : Text.clean(p.text()).split("\n", -1)) {
        io.verbatim(line.stripTrailing());
      }
    } else {
      io.say(Text.clean(p.text()).replaceAll("\\s+", " ").strip());
    }
  }

  private void display(Block.Display d) {
    io.blank();
    if (d.caption() != null && !d.caption().isBlank()) {
      io.say(Text.clean(d.caption()) + ":");
    }
    if (d.figure()) {
      io.say(Text.clean(d.description()));
      if (!figures) {
        return;
      }
    }
    int width = io.width() > 0 ? Math.min(DISPLAY_WIDTH, io.width()) : DISPLAY_WIDTH;
    for (String line : d.lines(width)) {
      io.verbatim(Text.clean(line).stripTrailing());
    }
  }
}
