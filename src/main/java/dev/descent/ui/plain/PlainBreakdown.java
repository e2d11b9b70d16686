package dev.descent.ui.plain;

import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Question;
import dev.descent.ui.Breakdown;
import dev.descent.ui.Text;
import dev.descent.ui.Verdicts;
import java.util.Optional;

/** A question broken down in plain mode: its steps asked line by line, then back to the question. */
final class PlainBreakdown {
  private final LessonSession session;
  private final Prompter io;

  PlainBreakdown(LessonSession session, Prompter io) {
    this.session = session;
    this.io = io;
  }

  /**
   * Asks the steps of {@code questionId} until each is right or the learner goes back with a command;
   * returns false when the learner quit or input ended.
   */
  boolean run(String questionId) {
    Optional<Breakdown> found = Breakdown.of(session, questionId);
    if (found.isEmpty()) {
      io.say(Breakdown.oneStep());
      return true;
    }
    Breakdown b = found.get();
    io.say(b.opening());
    while (!b.done()) {
      Question step = b.current().question();
      io.say(b.position() + ": " + Text.clean(step.prompt()));
      if (step.inputHint() != null && !step.inputHint().isBlank()) {
        io.say("Answer with " + Text.clean(step.inputHint()) + ". Any command (such as :next) goes back to the question.");
      }
      Optional<String> line = answer();
      if (line.isEmpty()) {
        return false;
      }
      Optional<Command> c = Command.parse(line.get());
      if (c.isPresent() || Command.looksLikeCommand(line.get())) {
        if (c.isPresent() && c.get() == Command.QUIT) {
          return false;
        }
        io.say("Back to the question.");
        return true;
      }
      Breakdown.Reply r = b.answer(line.get().strip());
      show(r.feedback());
      for (String s : r.said()) {
        io.say(Text.clean(s));
      }
    }
    return true;
  }

  /** The next line that is not blank, or empty at the end of input. */
  private Optional<String> answer() {
    while (true) {
      Optional<String> line = io.ask("step> ");
      if (line.isEmpty() || !line.get().isBlank()) {
        return line;
      }
      io.say("Type this step's answer, or :next to go back to the question.");
    }
  }

  private void show(Feedback f) {
    io.say(Text.clean(Verdicts.sentence(f)));
    for (String d : f.details()) {
      io.say(Text.clean(d));
    }
  }
}
