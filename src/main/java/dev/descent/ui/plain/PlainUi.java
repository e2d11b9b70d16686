package dev.descent.ui.plain;

import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.ui.LessonChoice;
import dev.descent.ui.NewWarnings;
import dev.descent.ui.Settings;
import dev.descent.ui.Standing;
import dev.descent.ui.Text;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The course in plain mode: the lesson list, then lessons, line by line, until :quit or end of input. */
public final class PlainUi {
  private final Course course;
  private final String learner;
  private final Prompter io;
  private final NewWarnings news = new NewWarnings();
  private final Settings settings;
  private LessonSession current;
  private boolean saved = true;

  /** A plain-mode course for {@code learner}, reading {@code in} and writing {@code out} in whole lines. */
  public PlainUi(Course course, String learner, BufferedReader in, PrintWriter out) {
    this(course, learner, in, out, Settings.DEFAULT);
  }

  /** A plain-mode course presented as {@code settings} say: wrapped or whole lines, figures or their descriptions. */
  public PlainUi(Course course, String learner, BufferedReader in, PrintWriter out, Settings settings) {
    this.course = course;
    this.learner = learner;
    this.settings = settings;
    this.io = new Prompter(in, out, settings.width());
    io.notices(this::notices);
  }

  private synchronized List<String> notices() {
    return current == null ? List.of() : current.notices();
  }

  /**
   * Practises a problem of {@code lessonId} ({@code problemId}, or the first not mastered when null) round after
   * round until it is mastered or the learner stops; progress is saved on every way out.
   */
  public void practice(String lessonId, String problemId) {
    io.say("descent, plain mode, practice for the learner \"" + Text.clean(learner) + "\". Type :help for the "
        + "commands; :quit stops.");
    new PlainPractice(course, learner, io, settings.figures()).run(lessonId, problemId, round -> {
      synchronized (this) {
        current = round;
      }
    });
    saveCurrent();
    io.say(settings.farewell(learner, saved));
  }

  /**
   * Asks the questions due for review now, lesson by lesson, each with new numbers; progress is saved on every
   * way out.
   */
  public void review() {
    io.say("descent, plain mode, review for the learner \"" + Text.clean(learner) + "\". Type :help for the "
        + "commands; :quit stops.");
    int asked = 0;
    for (LessonInfo l : course.lessons()) {
      if (course.status(l.id(), learner).due() == 0) {
        continue;
      }
      LessonSession s = course.review(l.id(), learner);
      asked += s.pages().size();
      synchronized (this) {
        current = s;
      }
      Destination d = new PlainLesson(s, io, settings.figures()).run();
      saveCurrent();
      if (d == Destination.QUIT) {
        break;
      }
    }
    io.say(asked == 0 ? "Nothing is due for review now: a question you answer wrong comes back a day later, then "
        + "after 3 and 7 days while you answer it right." : "That was everything due for review now.");
    io.say(settings.farewell(learner, saved));
  }

  /** Runs the course, starting in the lesson {@code lessonId} when given; progress is saved on every way out. */
  public void run(Optional<String> lessonId) {
    List<String> guide = List.of(
        "descent, plain mode, for the learner \"" + Text.clean(learner) + "\". Each page is printed in turn; type "
            + "your answer after answer> and press Enter, or press Enter alone to go on to the next page.",
        "Commands, typed alone on a line: :next, :back, :hint, :solution, :lessons, :help, :quit.",
        "Your progress is saved after every answer, in " + Text.clean(course.progressLocation(learner))
            + "; the end of input also saves and quits. Start descent with --learner NAME to keep someone else's "
            + "progress apart.");
    io.guide(guide);
    if (course.isNew(learner)) {
      for (String line : guide) {
        io.say(line);
      }
      io.say(":help shows this again.");
    } else {
      io.say("descent, plain mode, for the learner \"" + Text.clean(learner) + "\". Type :help for the commands.");
    }
    try {
      Destination o = lessonId.isPresent() ? lesson(lessonId.get()) : Destination.LESSONS;
      while (o == Destination.LESSONS) {
        Optional<String> chosen = choose();
        o = chosen.isEmpty() ? Destination.QUIT : lesson(chosen.get());
      }
      io.say(settings.farewell(learner, saved));
    } finally {
      saveCurrent();
      io.flush();
    }
  }

  /** Saves the open lesson's progress, as on quitting; safe to call from a shutdown hook. */
  public synchronized void saveCurrent() {
    if (current != null) {
      current.save();
    }
  }

  private Destination lesson(String id) {
    LessonSession s = course.open(id, learner);
    synchronized (this) {
      current = s;
    }
    warnings();
    try {
      return new PlainLesson(s, io, settings.figures()).run();
    } finally {
      saveCurrent();
      synchronized (this) {
        saved = s.saved();
        for (String n : s.notices()) {
          io.say("Note: " + Text.clean(n));
        }
        current = null;
      }
    }
  }

  private void warnings() {
    for (String w : news.take(course)) {
      io.say("Warning: " + Text.clean(w));
    }
  }

  private Optional<String> choose() {
    List<LessonInfo> lessons = course.lessons();
    io.blank();
    if (lessons.isEmpty()) {
      io.say("There are no lessons to open.");
      return Optional.empty();
    }
    io.say("Lessons:");
    for (int i = 0; i < lessons.size(); i++) {
      LessonInfo l = lessons.get(i);
      String summary = l.summary() == null || l.summary().isBlank() ? "" : " " + Text.clean(l.summary());
      io.say((i + 1) + ". " + Text.clean(l.title()) + ": " + Standing.describe(course.status(l.id(), learner)) + "."
          + summary);
    }
    warnings();
    int first = LessonChoice.goOn(course, learner);
    if (!course.isNew(learner)) {
      io.say("Welcome back: " + Standing.goOn(lessons.get(first), course.status(lessons.get(first).id(), learner))
          + ".");
    }
    io.say("Type a lesson's number to open it (Enter opens " + (first + 1) + "), or :quit.");
    while (true) {
      Optional<String> line = io.ask("lesson> ");
      if (line.isEmpty()) {
        return Optional.empty();
      }
      String t = line.get().strip();
      Optional<Command> c = Command.parse(t);
      if (c.isPresent() && c.get() == Command.QUIT) {
        return Optional.empty();
      }
      if (c.isPresent() && c.get() == Command.HELP) {
        io.commands();
        continue;
      }
      Optional<LessonInfo> picked = t.isEmpty() ? Optional.of(lessons.get(first)) : LessonChoice.find(lessons, t);
      if (picked.isPresent()) {
        return Optional.of(picked.get().id());
      }
      io.say("There is no lesson '" + t + "'. Type a number from 1 to " + lessons.size() + ", or :quit.");
    }
  }
}
