package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher gives {@code grade} a collector and heap of its own (src/main/launcher/descent): with them,
 * and within a heap the user caps below their initial size, a class is graded.
 */
class GradeHeapIT {
  /** Alice's first problem of eight-steps-homework (see ImageIT): dL/dw(w₀) = −24, w₁ = 2.8. */
  static final String ALICE = "set: eight-steps-homework\nstudent: alice\np1.g0 = -24\np1.w1 = 2.8\n";

  @TempDir Path dir;

  @Test
  void gradeRunsOnTheParallelCollectorAndWithinAHeapTheUserCaps() throws IOException {
    Path handedIn = Files.createDirectories(dir.resolve("class"));
    Files.writeString(handedIn.resolve("alice.txt"), ALICE);
    for (String cap : new String[] {"", "-Xmx40m ", "-XX:MaxHeapSize=40m "}) {
      Path log = dir.resolve("gc.log");
      Path csv = dir.resolve("grades.csv");
      Launched run = Launched.run(Map.of("JAVA_OPTS", cap + "-Xlog:gc:file=" + log), "", "grade",
          "eight-steps-homework", handedIn.toString(), "--csv", csv.toString());

      assertThat(run.err()).as(cap).isEmpty();
      assertThat(run.exit()).as(cap).isZero(); // every file graded, none skipped
      assertThat(run.out()).as(cap).contains("1 student graded");
      assertThat(Files.readString(csv)).as(cap).contains("\r\nalice,");
      assertThat(Files.readString(log)).as(cap).contains("Using Parallel");
    }
  }
}
