package dev.descent.progress;

import static dev.descent.progress.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Descent never writes a progress file it will not read back, whatever the progress in memory holds,
 * and a learner's records and set-aside copies stay bounded.
 */
class ProgressLimitsTest {
  /** The reader's limit, as lessons/README.md states it. */
  private static final long TWO_MIB = 2L << 20;

  @TempDir Path data;

  private Path file() {
    return data.resolve("learners/alice.json");
  }

  @Test
  void progressTooLargeForAFileIsWrittenWithinTheLimitAndLoadsBackWithoutWarning() throws IOException {
    LearnerProgress alice = new LearnerProgress("alice");
    // 60 lessons of 100 questions, each with an answer of 2,000 Greek letters: 72 MB as JSON.
    String answer = "η".repeat(2000);
    for (int l = 0; l < 60; l++) {
      LessonProgress lesson = alice.lesson("lesson-" + l);
      lesson.visit(1, at(l));
      for (int q = 0; q < 100; q++) {
        lesson.question("q" + q).recordAttempt(answer, false, "sign-flip", at(l));
      }
    }
    ProgressStore store = ProgressStore.open(data);
    assertThat(store.save(alice)).singleElement().asString().contains("left out");
    assertThat(Files.size(file())).isLessThanOrEqualTo(TWO_MIB);
    LoadResult again = store.load("alice");
    assertThat(again.warnings()).isEmpty();
    assertThat(again.progress().lessons()).as("the lesson visited last is kept").containsKey("lesson-59");
  }

  @Test
  void aFileNearTheLimitWithTextBeyondAsciiStaysReadableAfterASave() throws IOException {
    // 1.9 MB of compact JSON whose answers are Greek letters: two bytes each as read, six as \\u escapes.
    StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"learner\":\"alice\",\"lessons\":{\"gd\":{\"questions\":{");
    for (int q = 0; json.length() < 975_000; q++) {
      json.append(q == 0 ? "" : ",").append("\"q").append(q).append("\":{\"attempts\":1,\"lastAnswer\":\"")
          .append("η".repeat(900)).append("\"}");
    }
    json.append("}}}}");
    Files.createDirectories(file().getParent());
    Files.writeString(file(), json, StandardCharsets.UTF_8);
    ProgressStore store = ProgressStore.open(data);
    LoadResult loaded = store.load("alice");
    assertThat(loaded.warnings()).isEmpty();
    store.save(loaded.progress());
    assertThat(store.load("alice").warnings()).isEmpty();
  }

  @Test
  void countsStopAtTheLargestWholeNumberInsteadOfTurningNegative() throws IOException {
    Files.createDirectories(file().getParent());
    Files.writeString(file(), "{\"formatVersion\":1,\"learner\":\"alice\",\"lessons\":{\"gd\":{\"questions\":{\"q\":"
        + "{\"attempts\":2147483647,\"hintsUsed\":2147483647,\"mistakes\":{\"sign-flip\":2147483647}}}}}}");
    ProgressStore store = ProgressStore.open(data);
    LearnerProgress alice = store.load("alice").progress();
    QuestionProgress q = alice.lesson("gd").question("q");
    q.recordAttempt("1", false, "sign-flip", at(0));
    q.recordHint();
    assertThat(q.attempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(q.hintsUsed()).isEqualTo(Integer.MAX_VALUE);
    assertThat(q.mistakes()).containsEntry("sign-flip", Integer.MAX_VALUE);
    store.save(alice);
    LoadResult again = store.load("alice");
    assertThat(again.warnings()).isEmpty();
    QuestionProgress read = again.progress().lesson("gd").question("q");
    assertThat(read.attempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(read.hintsUsed()).isEqualTo(Integer.MAX_VALUE);
    assertThat(read.mistakes()).containsEntry("sign-flip", Integer.MAX_VALUE);
  }

  @Test
  void aQuestionCountsAtMostThirtyTwoNamedMistakes() {
    QuestionProgress q = new LearnerProgress("alice").lesson("gd").question("q");
    for (int i = 0; i < 100; i++) {
      q.recordAttempt(String.valueOf(i), false, "mistake-" + i, at(i));
    }
    assertThat(q.mistakes()).hasSize(32).containsKeys("mistake-0", "mistake-31");
    assertThat(q.attempts()).isEqualTo(100);
  }

  @Test
  void setAsideCopiesDoNotPileUp() throws IOException {
    Files.createDirectories(file().getParent());
    for (int i = 0; i < 8; i++) {
      Files.writeString(file(), "broken " + i);
      ProgressStore.open(data, Clock.fixed(Instant.parse("2025-01-31T09:30:00Z").plusSeconds(i), ZoneOffset.UTC))
          .load("alice");
    }
    try (Stream<Path> files = Files.list(file().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("alice.json.corrupt-")))
          .containsExactlyInAnyOrder("alice.json.corrupt-20250131T093003Z", "alice.json.corrupt-20250131T093004Z",
              "alice.json.corrupt-20250131T093005Z", "alice.json.corrupt-20250131T093006Z",
              "alice.json.corrupt-20250131T093007Z");
    }
  }
}
