package dev.descent.progress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves one learner's progress over and over, one more attempt at each save, for tests that kill the
 * process at random moments ({@code kill -9}) and check that every file left behind loads cleanly. Run as
 * {@code java -cp target/classes:target/test-classes:<jackson jars> dev.descent.progress.SaveLoop <data-dir>
 * [saves]}.
 */
public final class SaveLoop {
  private SaveLoop() {}

  /** Saves until killed, or the given number of times; exits 1 when a load gave a warning. */
  public static void main(String[] args) {
    int saves = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<String> warnings = run(Path.of(args[0]), "stress", saves);
    warnings.forEach(System.err::println);
    System.exit(warnings.isEmpty() ? 0 : 1);
  }

  /**
   * Loads the learner, then saves {@code saves} times, each time with one more attempt, and loads again
   * after every save; returns the warnings of all loads (none when every file was whole).
   */
  static List<String> run(Path data, String learner, int saves) {
    ProgressStore store = ProgressStore.open(data);
    LoadResult first = store.load(learner);
    List<String> warnings = new ArrayList<>(first.warnings());
    LearnerProgress progress = first.progress();
    for (int i = 0; i < saves; i++) {
      progress.lesson("stress").question("q" + i % 10).recordAttempt(Integer.toString(i), i % 3 == 0, "m" + i % 4,
          Instant.now());
      warnings.addAll(store.save(progress));
      warnings.addAll(store.load(learner).warnings());
    }
    return warnings;
  }
}
