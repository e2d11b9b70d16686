package dev.descent.ui;

import dev.descent.course.LearnerReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A learner's report as paragraphs of text, for {@code descent report} and the text UI's report page. */
public final class ReportLines {
  private ReportLines() {}

  /** The report's paragraphs: time and questions right per lesson, mastered problems, mistakes, review. */
  public static List<String> of(LearnerReport r) {
    List<String> out = new ArrayList<>();
    out.add("Lessons (questions right, time spent):");
    boolean any = false;
    for (LearnerReport.LessonLine l : r.lessons()) {
      if (l.solved() > 0 || l.seconds() > 0) {
        out.add("  " + Text.clean(l.title()) + ": " + l.solved() + " of " + l.questions() + " right, " + time(l.seconds())
            + ".");
        any = true;
      }
    }
    if (!any) {
      out.add("  None started yet.");
    }
    out.add("Mastered in practice:");
    for (LearnerReport.Mastered m : r.mastered()) {
      out.add("  " + Text.clean(m.title()) + " (" + Text.clean(m.lesson()) + "." + Text.clean(m.problem()) + ")");
    }
    if (r.mastered().isEmpty()) {
      out.add("  Nothing yet: 'descent practice LESSON' brings a problem back with new numbers until it holds.");
    }
    out.add("Your most frequent mistakes:");
    for (LearnerReport.MistakeLine m : r.mistakes()) {
      out.add("  " + Text.clean(m.id()) + " (" + times(m.count()) + "): " + Text.clean(m.explanation()));
    }
    if (r.mistakes().isEmpty()) {
      out.add("  None named so far.");
    }
    out.add("For review: " + r.dueNow() + " due now" + (r.review().size() > r.dueNow() ? ", "
        + (r.review().size() - r.dueNow()) + " later" : "") + ".");
    for (LearnerReport.Due d : r.review()) {
      out.add("  " + Text.clean(d.lesson()) + " " + Text.clean(d.question()) + ": box " + d.box() + ", "
          + (d.dueAt(r.at()) ? "due now" : "due " + d.due().toString().substring(0, 10)));
    }
    return out;
  }

  /** A time spent, in minutes (hours and minutes past an hour), "under a minute" below one. */
  static String time(int seconds) {
    Duration d = Duration.ofSeconds(seconds);
    if (d.toMinutes() < 1) {
      return seconds == 0 ? "no time recorded" : "under a minute";
    }
    return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }
}
