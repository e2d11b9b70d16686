package dev.descent.progress;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps what descent writes within what it reads back ({@link ProgressLimits}). Progress nearly never
 * comes close; when it does (records of many lessons merged from two sessions, say), the last answers
 * of the lessons visited longest ago are left out first, then those lessons' records, and the learner
 * is told. Each lesson's size is measured once, so that this stays linear in the progress's size.
 */
final class SizeGuard {
  private SizeGuard() {}

  /**
   * Leaves out of {@code progress} what would not fit a file, measuring without writing; returns what
   * was left out, in words for the learner, or null when nothing was.
   */
  static String fit(LearnerProgress progress) throws IOException {
    long size = ProgressJson.size(progress);
    if (fits(size, progress)) {
      return null;
    }
    List<String> oldestFirst = oldestFirst(progress);
    int answersDropped = 0;
    for (String id : oldestFirst) {
      if (size <= ProgressLimits.FILE_BYTES && counted(progress)) {
        break;
      }
      LessonProgress lesson = progress.lessons().get(id);
      size -= ProgressJson.lessonBytes(lesson, true) - ProgressJson.lessonBytes(lesson, false);
      lesson.forgetLastAnswers();
      answersDropped++;
    }
    int lessonsDropped = 0;
    for (String id : oldestFirst) {
      if (size <= ProgressLimits.FILE_BYTES && counted(progress)) {
        break;
      }
      // the id, its quotes, the colon and a comma, besides the record
      size -= ProgressJson.lessonBytes(progress.lessons().get(id), false) + id.length() + 4;
      progress.forget(id);
      lessonsDropped++;
    }
    for (int i = lessonsDropped; !fits(ProgressJson.size(progress), progress) && i < oldestFirst.size(); i++) {
      progress.forget(oldestFirst.get(i)); // the estimate fell short (ids with escapes): one more at a time
      lessonsDropped++;
    }
    return "the progress of " + progress.learnerId() + " outgrew what a progress file holds ("
        + (ProgressLimits.FILE_BYTES >> 20) + " MiB, " + ProgressLimits.QUESTIONS + " questions), so "
        + (lessonsDropped > 0 ? "the records of the " + lessonsDropped + " lessons visited longest ago were left out"
            : "the answers last typed in the " + answersDropped + " lessons visited longest ago were left out");
  }

  private static boolean fits(long bytes, LearnerProgress progress) {
    return bytes <= ProgressLimits.FILE_BYTES && counted(progress);
  }

  /** True when the records are within the limits on lessons and questions. */
  private static boolean counted(LearnerProgress progress) {
    int lessons = 0;
    int questions = 0;
    for (LessonProgress l : progress.lessons().values()) {
      if (!l.untouched()) {
        lessons++;
        questions += l.questions().size();
      }
    }
    return lessons <= ProgressLimits.LESSONS && questions <= ProgressLimits.QUESTIONS;
  }

  private static List<String> oldestFirst(LearnerProgress progress) {
    List<Map.Entry<String, LessonProgress>> lessons = new ArrayList<>(progress.lessons().entrySet());
    lessons.sort(Comparator.comparing(e -> e.getValue().lastVisited().orElse(Instant.MIN)));
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, LessonProgress> e : lessons) {
      ids.add(e.getKey());
    }
    return ids;
  }
}
