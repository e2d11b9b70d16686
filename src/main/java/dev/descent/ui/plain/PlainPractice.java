package dev.descent.ui.plain;

import dev.descent.course.Course;
import dev.descent.course.PracticeRound;
import dev.descent.ui.Text;

/** Practice in plain mode: rounds of a problem with fresh numbers, until it is mastered or the learner stops. */
final class PlainPractice {
  private final Course course;
  private final String learner;
  private final Prompter io;
  private final boolean figures;

  PlainPractice(Course course, String learner, Prompter io, boolean figures) {
    this.course = course;
    this.learner = learner;
    this.io = io;
    this.figures = figures;
  }

  /** Runs rounds of {@code problemId} (null: the first not mastered) until mastery, :lessons, :quit or the end of input. */
  Destination run(String lessonId, String problemId, PracticeSink current) {
    while (true) {
      PracticeRound round = course.practice(lessonId, problemId, learner);
      current.accept(round);
      io.blank();
      io.say("Practice, round " + round.round() + ": new numbers. " + round.mastery() + " rounds in a row, each right "
          + "at the first try without a hint or the solution, master the problem.");
      Destination d = new PlainLesson(round, io, figures).run();
      if (!round.done()) {
        return d == Destination.LESSONS ? Destination.LESSONS : Destination.QUIT;
      }
      PracticeRound.Standing s = round.finish();
      if (!s.counted()) {
        io.say("Round " + round.round() + " is done, but with a wrong answer, a hint or the solution: the count of "
            + "rounds in a row starts again.");
      } else {
        io.say("Round " + round.round() + " right without help: " + s.streak() + " in a row of " + round.mastery() + ".");
      }
      if (s.counted() && s.mastered() && s.streak() >= round.mastery()) {
        io.say("Mastered: " + Text.clean(round.title().replaceFirst(" · round \\d+$", "")) + ". It can come back "
            + "in review; 'descent report' lists what you have mastered.");
        return Destination.LESSONS;
      }
    }
  }

  /** Where the round in progress is kept, so that it is saved on every way out. */
  interface PracticeSink {
    void accept(PracticeRound round);
  }
}
