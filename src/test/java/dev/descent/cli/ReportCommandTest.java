package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.descent.check.UsualMistakes;
import dev.descent.course.LessonSession;
import dev.descent.progress.ProgressStore;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import dev.descent.session.SettableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent report} for a scripted learner on lesson 3's page 4 ("Your linear step": w = 0, x = 2,
 * y = 1, eta = 0.1; by hand y_hat = 0, error = -1, gradient = -2, new w = 0.2; "1" flips the error's sign,
 * "-0.2" adds the step), answering at times set by a clock the test moves.
 */
class ReportCommandTest {
  private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
  private static CourseLoader.Loaded lessons;

  @TempDir Path data;
  private final SettableClock clock = new SettableClock(T0);

  @BeforeAll
  static void load() {
    lessons = CourseLoader.load(List.of(Path.of("lessons")));
  }

  private FileCourse course() {
    return new FileCourse(lessons, ProgressStore.open(data), clock);
  }

  /** Seven answers 30 s apart, but an hour's pause before the last: 5 * 30 s + 5 min (the idle cap) = 450 s. */
  private void scriptedLearner() {
    LessonSession s = course().open("sgd-step", "ann");
    String[][] answers = {{"linear.pred", "0"}, {"linear.err", "1"}, {"linear.err", "-1"}, {"linear.grad", "-2"},
        {"linear.neww", "-0.2"}, {"linear.neww", "-0.2"}, {"linear.neww", "0.2"}};
    for (int i = 0; i < answers.length; i++) {
      clock.advance(i == answers.length - 1 ? Duration.ofHours(1) : Duration.ofSeconds(30));
      s.answer(answers[i][0], answers[i][1]);
    }
  }

  private JsonNode report() throws Exception {
    return new ObjectMapper().readTree(ReportCommand.json(course().report("ann")));
  }

  private static JsonNode lesson(JsonNode report, String id) {
    for (JsonNode l : report.get("lessons")) {
      if (l.get("id").asText().equals(id)) {
        return l;
      }
    }
    throw new AssertionError("no lesson " + id);
  }

  @Test
  void theReportCountsTimeRightAnswersAndMistakesMostFrequentFirst() throws Exception {
    scriptedLearner();
    JsonNode r = report();
    assertThat(r.get("learner").asText()).isEqualTo("ann");
    assertThat(lesson(r, "sgd-step").get("solved").asInt()).isEqualTo(4);
    assertThat(lesson(r, "sgd-step").get("seconds").asInt()).isEqualTo(450);
    assertThat(lesson(r, "update-rule").get("seconds").asInt()).isZero();
    JsonNode mistakes = r.get("mistakes");
    assertThat(mistakes).hasSize(2);
    assertThat(mistakes.get(0).get("id").asText()).isEqualTo(UsualMistakes.ADDED_GRADIENT.id());
    assertThat(mistakes.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(mistakes.get(0).get("explanation").asText()).contains("added the step");
    assertThat(mistakes.get(1).get("id").asText()).isEqualTo(UsualMistakes.ERROR_SIGN.id());
    assertThat(mistakes.get(1).get("count").asInt()).isEqualTo(1);
    // the catalogue's one sentence for the mistake
    assertThat(mistakes.get(1).get("explanation").asText()).isEqualTo(UsualMistakes.ERROR_SIGN.sentence());
  }

  @Test
  void questionsAnsweredWrongAreDueForReviewADayLater() throws Exception {
    scriptedLearner();
    // The error was last wrong at T0 + 60 s, the new weight at T0 + 180 s (its second wrong answer): each due a
    // day after.
    JsonNode r = report();
    assertThat(r.get("due_now").asInt()).isZero();
    assertThat(r.get("review")).hasSize(2);
    assertThat(r.get("review").get(0).get("question").asText()).isEqualTo("linear.err");
    assertThat(r.get("review").get(0).get("due").asText()).isEqualTo("2025-03-04T10:01:00Z");
    assertThat(r.get("review").get(1).get("due").asText()).isEqualTo("2025-03-04T10:03:00Z");
    clock.set(Instant.parse("2025-03-04T10:02:00Z"));
    assertThat(report().get("due_now").asInt()).isEqualTo(1);
  }

  @Test
  void aMistakeTheCatalogueNoLongerHasIsListedWithAPlainWordNotACrash() throws Exception {
    scriptedLearner();
    Path file = ProgressStore.open(data).fileOf("ann");
    String saved = Files.readString(file);
    assertThat(saved).contains("\"" + UsualMistakes.ADDED_GRADIENT.id() + "\"");
    Files.writeString(file, saved.replace("\"" + UsualMistakes.ADDED_GRADIENT.id() + "\"", "\"renamed-long-ago\""));
    JsonNode first = report().get("mistakes").get(0);
    assertThat(first.get("id").asText()).isEqualTo("renamed-long-ago");
    assertThat(first.get("explanation").asText()).isEqualTo("descent has no sentence for this mistake any more.");
  }

  @Test
  void theCommandPrintsTheReportAsTextAndAsJson() {
    scriptedLearner();
    Cli text = Cli.run("--data-dir", data.toString(), "--learner", "ann", "report");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("One SGD step: 4 of 27 right, 7 min.")
        .contains(UsualMistakes.ADDED_GRADIENT.id() + " (2 times): It looks like you added the step")
        .contains("For review: 2 due now.");
    Cli json = Cli.run("--data-dir", data.toString(), "--learner", "ann", "report", "--format", "json");
    assertThat(json.out()).contains("\"due_now\" : 2");
  }
}
