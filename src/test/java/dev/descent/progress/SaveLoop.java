package dev.descent.progress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Saves one learner's progress over and over, one more attempt at each save, for tests that kill the
 * process at random moments ({@code kill -9}) and check that every file left behind loads cleanly. Run as
 * {@code java -cp target/classes:target/test-classes:<jackson jars> dev.descent.progress.SaveLoop <data-dir>
 * [saves]}; it prints {@code ready} once the progress is loaded and {@code saved N} after the N-th save
 * returns, so that a killer knows which saves had finished.
 */
public final class SaveLoop {
  /** The learner whose progress the loop saves. */
  static final String LEARNER = "stress";
  /** The lesson whose questions get the attempts. */
  static final String LESSON = "stress";

  private SaveLoop() {}

  /** Saves until killed, or the given number of times; exits 1 when a load gave a warning. */
  public static void main(String[] args) {
    int saves = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<String> warnings = run(Path.of(args[0]), LEARNER, saves, i -> {
      System.out.println(i == 0 ? "ready" : "saved " + i);
      System.out.flush();
    });
    warnings.forEach(System.err::println);
    System.exit(warnings.isEmpty() ? 0 : 1);
  }

  /**
   * Loads the learner, then saves {@code saves} times, each time with one more attempt, and loads again
   * after every save; returns the warnings of all loads (none when every file was whole).
   */
  static List<String> run(Path data, String learner, int saves) {
    return run(data, learner, saves, i -> { });
  }

  /** As {@link #run(Path, String, int)}, telling {@code done} 0 after the first load and i after the i-th save. */
  static List<String> run(Path data, String learner, int saves, IntConsumer done) {
    ProgressStore store = ProgressStore.open(data);
    LoadResult first = store.load(learner);
    List<String> warnings = new ArrayList<>(first.warnings());
    LearnerProgress progress = first.progress();
    done.accept(0);
    for (int i = 0; i < saves; i++) {
      LessonProgress lesson = progress.lesson(LESSON);
      lesson.question("q" + i % 10).recordAttempt(Integer.toString(i), i % 3 == 0, "m" + i % 4, Instant.now());
      // The tutor's state changes in the same save: one second, one practice round, one review a save.
      lesson.addTime(java.time.Duration.ofSeconds(1));
      lesson.practice("p" + i % 10).nextRound();
      lesson.practice("p" + i % 10).recordVariant(i % 3 == 0, 3);
      if (i % 3 == 0) {
        lesson.reviewed("q" + i % 10, true, Instant.now());
      } else {
        lesson.missed("q" + i % 10, Instant.now());
      }
      warnings.addAll(store.save(progress));
      done.accept(i + 1);
      warnings.addAll(store.load(learner).warnings());
    }
    return warnings;
  }
}
