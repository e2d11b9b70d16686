package dev.descent.ui.plain;

import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.LessonSession;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import dev.descent.ui.Breakdown;
import dev.descent.ui.Text;
import dev.descent.ui.Verdicts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Asks one question line by line until it is answered right, skipped, or the learner leaves. */
record PlainQuestion(LessonSession session, Question q, Prompter io) {
  /**
   * Shows the question, with the last answer kept in progress and its reply, and takes answers; a question
   * answered right before is only shown.
   */
  Destination ask(String label) {
    io.say(label + ": " + Text.clean(q.prompt()));
    for (Question.Choice c : q.choices()) {
      io.say(c.id() + ") " + Text.clean(c.text()));
    }
    Optional<LastAnswer> last = session.lastAnswer(q.id());
    last.ifPresent(this::showLast);
    if (session.solved(q.id())) {
      io.say(last.isEmpty() || last.get().reply().isRight() ? "You answered this one right before."
          : "You answered this one right before, and that still counts; your last answer above is not right.");
      return Destination.NEXT;
    }
    String precision = q.precision().isBlank() ? "" : " " + Text.clean(q.precision());
    if (q.kind() == QuestionKind.TABLE) {
      describeTable(precision);
    } else if (q.inputHint() != null && !q.inputHint().isBlank()) {
      io.say("Answer with " + Text.clean(q.inputHint()) + "." + precision);
    }
    while (true) {
      Optional<Round> round = q.kind() == QuestionKind.TABLE ? tableAnswer() : lineAnswer();
      if (round.isEmpty()) {
        return Destination.QUIT;
      }
      if (round.get().leave() != null) {
        return round.get().leave();
      }
      Feedback f = round.get().feedback();
      if (f == null) {
        io.say("The table is empty, so nothing was checked and it does not count. Type its rows, or :next to skip.");
        continue;
      }
      show(f);
      if (f.isRight()) {
        return Destination.NEXT;
      }
      // offered, not started: the learner's next line (a new try, a command) still goes to the question
      Breakdown.offer(session, q.id(), f, ":break").ifPresent(io::say);
      io.say(session.steps(q.id()).isEmpty() ? "Try again, or type :hint, :solution or :next."
          : "Try again, or type :hint, :solution, :break or :next.");
    }
  }

  /** The last answer kept in progress, and what it gets now. */
  private void showLast(LastAnswer last) {
    if (last.rows().isEmpty()) {
      io.say("Your last answer: " + Text.clean(last.text()));
      show(last.reply());
      return;
    }
    io.say("Your last answer, row by row:");
    for (int i = 0; i < last.rows().size() && i < q.table().steps().size(); i++) {
      io.say("step " + q.table().steps().get(i) + ": " + Text.clean(String.join(" ", last.rows().get(i))));
    }
    show(last.reply());
  }

  /** What came of one round of input: feedback, or a place to go. */
  private record Round(Feedback feedback, Destination leave) {}

  private Optional<Round> lineAnswer() {
    while (true) {
      Optional<String> line = io.ask("answer> ");
      if (line.isEmpty()) {
        return Optional.empty();
      }
      Optional<Destination> leave = command(line.get());
      if (leave.isPresent()) {
        return Optional.of(new Round(null, leave.get()));
      }
      if (!isCommand(line.get()) && !line.get().isBlank()) {
        return Optional.of(new Round(session.answer(q.id(), line.get().strip()), null));
      }
      if (line.get().isBlank()) {
        io.say("Type an answer, or :next to skip this question.");
      }
    }
  }

  /** The rows typed, checked; feedback null when every row was left blank (nothing to check). */
  private Optional<Round> tableAnswer() {
    List<List<String>> rows = new ArrayList<>();
    boolean typed = false;
    for (int i = 0; i < q.table().steps().size(); i++) {
      Optional<String> line = io.ask("step " + q.table().steps().get(i) + "> ");
      if (line.isEmpty()) {
        return Optional.empty();
      }
      Optional<Destination> leave = command(line.get());
      if (leave.isPresent()) {
        return Optional.of(new Round(null, leave.get()));
      }
      if (isCommand(line.get())) {
        i--;
        continue;
      }
      rows.add(TableRows.cells(line.get()));
      typed |= !line.get().isBlank();
    }
    return Optional.of(new Round(typed ? session.answerTable(q.id(), rows) : null, null));
  }

  private void describeTable(String precision) {
    Question.TableLayout t = q.table();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < t.columns().size() && i < t.given().size(); i++) {
      given.add(t.columns().get(i) + " = " + t.given().get(i));
    }
    io.say("Columns: " + String.join(", ", t.columns()) + ". Given, step " + t.givenStep() + ": "
        + String.join(", ", given) + ".");
    io.say("Type one row per step, its values in the order " + String.join(", ", t.columns())
        + ", separated by spaces." + precision);
  }

  private boolean isCommand(String line) {
    return Command.parse(line).isPresent() || Command.looksLikeCommand(line);
  }

  /** Carries out a command; returns where to go when it leaves the question. */
  private Optional<Destination> command(String line) {
    if (Command.looksLikeCommand(line)) {
      io.say("There is no command " + line.strip() + ". Type :help for the list.");
      return Optional.empty();
    }
    Optional<Command> c = Command.parse(line);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    switch (c.get()) {
      case BREAK -> {
        if (!new PlainBreakdown(session, io).run(q.id())) {
          return Optional.of(Destination.QUIT);
        }
        io.say("Question: " + Text.clean(q.prompt()));
      }
      case HINT -> hint();
      case SOLUTION -> solution();
      case HELP -> io.commands();
      default -> {
        return Optional.of(Destination.of(c.get()));
      }
    }
    return Optional.empty();
  }

  private void hint() {
    Optional<String> hint = session.nextHint(q.id());
    if (hint.isPresent()) {
      io.say("Hint " + session.shownHints(q.id()).size() + " of " + q.hints() + ": " + Text.clean(hint.get()));
    } else {
      io.say(q.hints() == 0 ? "This question has no hints." : "No more hints: you have seen all " + q.hints() + ".");
    }
  }

  private void solution() {
    Optional<List<String>> lines = session.solution(q.id());
    if (lines.isEmpty()) {
      io.say("The worked solution opens after one attempt that counts. Try an answer first.");
      return;
    }
    io.say("Worked solution:");
    for (String l : lines.get()) {
      io.say(Text.clean(l));
    }
  }

  private void show(Feedback f) {
    io.say(Text.clean(Verdicts.sentence(f)));
    for (Feedback.RowMark m : f.rows()) {
      String said = Text.clean(Verdicts.row(m));
      io.say("Step " + m.step() + ": " + said + (said.endsWith(".") ? "" : "."));
    }
    for (String d : f.details()) {
      io.say(Text.clean(d));
    }
  }
}
