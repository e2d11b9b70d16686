package dev.descent.progress;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A learner's progress in memory, by lesson id and question id; lessons that the course no longer has are
 * kept and written back untouched.
 */
public final class LearnerProgress {
  private final String learnerId;
  private final Map<String, LessonProgress> lessons = new TreeMap<>();
  private boolean savable = true;

  /** Fresh progress for a learner who has done nothing yet. */
  public LearnerProgress(String learnerId) {
    this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
  }

  /** A record as read from a file. */
  LearnerProgress(String learnerId, Map<String, LessonProgress> lessons) {
    this(learnerId);
    this.lessons.putAll(lessons);
  }

  /** The learner's id. */
  public String learnerId() {
    return learnerId;
  }

  /** The record of a lesson, empty if the learner has not opened it yet. */
  public LessonProgress lesson(String lessonId) {
    // a loop rather than computeIfAbsent with a lambda: the lesson list is drawn before any lambda is linked
    LessonProgress lesson = lessons.get(Objects.requireNonNull(lessonId, "lessonId"));
    if (lesson == null) {
      lesson = new LessonProgress();
      lessons.put(lessonId, lesson);
    }
    return lesson;
  }

  /** Every lesson record by id, including lessons the course no longer has. */
  public Map<String, LessonProgress> lessons() {
    return Collections.unmodifiableMap(lessons);
  }

  /** True when nothing is recorded for the learner: no page visited, no question touched. */
  public boolean isNew() {
    for (LessonProgress l : lessons.values()) {
      if (!l.untouched()) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when the file on disk could not be read nor moved aside, so that saving it would destroy it; the
   * load's warning says why, and {@link ProgressStore#save} then writes nothing.
   */
  public boolean savable() {
    return savable;
  }

  void disableSaving() {
    savable = false;
  }

  /** Forgets a lesson's record, to keep the progress file within its size. */
  void forget(String lessonId) {
    lessons.remove(lessonId);
  }

  /** Takes in another session's progress of the same learner, lesson by lesson. */
  void absorb(LearnerProgress other) {
    other.lessons.forEach((id, lesson) -> lesson(id).absorb(lesson));
  }
}
