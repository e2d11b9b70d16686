package dev.descent.progress;

import static dev.descent.progress.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tutor's state in progress: practice, review cards and time per lesson, saved and read back, and old files unchanged. */
class TutorProgressTest {
  /** A file as descent wrote it before practice, review and time were kept. */
  private static final String OLD = "{\"formatVersion\":1,\"learner\":\"alice\",\"lessons\":{\"gd-basics\":{\"page\":2,"
      + "\"lastVisited\":\"2025-01-31T09:40:00Z\",\"questions\":{\"one-step\":{\"attempts\":2,\"solved\":true,"
      + "\"mistakes\":{\"added-gradient\":1},\"lastAnswer\":\"0.25\",\"firstAttempt\":\"2025-01-31T09:31:00Z\","
      + "\"lastAttempt\":\"2025-01-31T09:35:00Z\"}}}}}\n";

  @TempDir Path data;

  private LessonProgress savedAndLoaded(LearnerProgress p) {
    assertThat(ProgressStore.open(data).save(p)).isEmpty();
    LoadResult loaded = ProgressStore.open(data).load(p.learnerId());
    assertThat(loaded.warnings()).isEmpty();
    return loaded.progress().lesson("gd-basics");
  }

  @Test
  void anOldFileLoadsAndIsWrittenBackByteForByte() throws IOException {
    Path file = data.resolve("learners/alice.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, OLD);
    LoadResult loaded = ProgressStore.open(data).load("alice");
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress().lesson("gd-basics").seconds()).isZero();
    assertThat(loaded.progress().lesson("gd-basics").review()).isEmpty();
    ProgressStore.open(data).save(loaded.progress());
    assertThat(Files.readString(file)).isEqualTo(OLD);
  }

  @Test
  void practiceReviewAndTimeSurvive() {
    LearnerProgress p = new LearnerProgress("alice", new java.util.HashMap<>());
    LessonProgress l = p.lesson("gd-basics");
    l.addTime(Duration.ofSeconds(95));
    PracticeProgress r = l.practice("linear");
    r.nextRound();
    r.recordVariant(true, 3);
    r.nextRound();
    l.missed("linear.neww", T0);
    LessonProgress back = savedAndLoaded(p);
    assertThat(back.seconds()).isEqualTo(95);
    assertThat(back.practice("linear").round()).isEqualTo(2);
    assertThat(back.practice("linear").streak()).isEqualTo(1);
    assertThat(back.review().get("linear.neww").box()).isEqualTo(1);
    assertThat(back.review().get("linear.neww").due()).isEqualTo(Instant.parse("2025-02-01T09:30:00Z"));
  }

  @Test
  void aReviewCardWithoutABoxIsRefusedWithItsPlace() throws IOException {
    Path file = data.resolve("learners/alice.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"formatVersion\":1,\"learner\":\"alice\",\"lessons\":{\"l\":{\"review\":{\"q\":"
        + "{\"due\":\"2025-01-31T09:40:00Z\"}}}}}");
    LoadResult loaded = ProgressStore.open(data).load("alice");
    assertThat(String.join(" ", loaded.warnings())).contains("/lessons/l/review/q");
  }

  @Test
  void aStreakOfPracticeFieldsOfTheWrongTypeIsRefused() throws IOException {
    Path file = data.resolve("learners/alice.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"formatVersion\":1,\"learner\":\"alice\",\"lessons\":{\"l\":{\"practice\":{\"p\":"
        + "{\"streak\":-1}}}}}");
    assertThat(String.join(" ", ProgressStore.open(data).load("alice").warnings())).contains("/lessons/l/practice/p/streak");
  }
}
