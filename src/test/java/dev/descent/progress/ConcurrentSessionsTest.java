package dev.descent.progress;

import static dev.descent.progress.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two terminals of the same learner: each save merges what the other saved since. */
class ConcurrentSessionsTest {
  @TempDir
  Path data;
  private LearnerProgress left;
  private LearnerProgress right;

  /** Both sessions start from the same saved question: one wrong attempt with a named mistake. */
  @BeforeEach
  void bothSessionsOpenTheSameProgress() {
    LearnerProgress start = new LearnerProgress("alice");
    start.lesson("gd").question("q1").recordAttempt("0.5", false, "sign-flip", at(0));
    ProgressStore.open(data).save(start);
    left = ProgressStore.open(data).load("alice").progress();
    right = ProgressStore.open(data).load("alice").progress();
  }

  private QuestionProgress onDisk(String question) {
    return ProgressStore.open(data).load("alice").progress().lesson("gd").question(question);
  }

  @Test
  void eachSessionKeepsTheOthersQuestions() {
    left.lesson("gd").question("q2").recordAttempt("1", true, null, at(10));
    ProgressStore.open(data).save(left);
    right.lesson("gd").question("q3").recordAttempt("2", true, null, at(20));
    ProgressStore.open(data).save(right);
    assertThat(ProgressStore.open(data).load("alice").progress().lesson("gd").questions())
        .containsOnlyKeys("q1", "q2", "q3");
  }

  @Test
  void countsTakeTheLargerOfTheTwoSessions() {
    left.lesson("gd").question("q1").recordAttempt("0.4", false, "sign-flip", at(10));
    left.lesson("gd").question("q1").recordAttempt("0.3", false, null, at(11));
    right.lesson("gd").question("q1").recordHint();
    ProgressStore.open(data).save(left);
    ProgressStore.open(data).save(right);
    assertThat(onDisk("q1").attempts()).isEqualTo(3);
    assertThat(onDisk("q1").hintsUsed()).isEqualTo(1);
    assertThat(onDisk("q1").mistakes()).containsExactly(entry("sign-flip", 2));
  }

  @Test
  void solvedInEitherSessionStaysSolved() {
    left.lesson("gd").question("q1").recordAttempt("0.25", true, null, at(10));
    right.lesson("gd").question("q1").recordSolutionShown();
    ProgressStore.open(data).save(left);
    ProgressStore.open(data).save(right);
    assertThat(onDisk("q1").solved()).isTrue();
    assertThat(onDisk("q1").solutionShown()).isTrue();
  }

  @Test
  void theLastAnswerIsTheOneTypedLastWhicheverSessionSavesLast() {
    left.lesson("gd").question("q1").recordAttempt("typed later", false, null, at(20));
    right.lesson("gd").question("q1").recordAttempt("typed earlier", false, null, at(10));
    ProgressStore.open(data).save(left);
    ProgressStore.open(data).save(right);
    assertThat(onDisk("q1").lastAnswer()).contains(new TypedAnswer.Text("typed later"));
    assertThat(onDisk("q1").lastAttempt()).contains(at(20));
    assertThat(onDisk("q1").firstAttempt()).contains(at(0));
  }

  @Test
  void thePageIsTheOneVisitedLast() {
    left.lesson("gd").visit(5, at(20));
    right.lesson("gd").visit(3, at(10));
    ProgressStore.open(data).save(left);
    ProgressStore.open(data).save(right);
    assertThat(ProgressStore.open(data).load("alice").progress().lesson("gd").page()).isEqualTo(5);
  }

  @Test
  void savingAgainAndAgainDoesNotInflateCounts() {
    ProgressStore store = ProgressStore.open(data);
    store.save(left);
    store.save(right);
    store.save(left);
    store.save(right);
    assertThat(onDisk("q1").attempts()).isEqualTo(1);
    assertThat(onDisk("q1").mistakes()).containsExactly(entry("sign-flip", 1));
  }

  @Test
  void sessionsSavingAtOnceFromManyThreadsLoseNoQuestion() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Void>> sessions = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      sessions.add(pool.submit(session("s" + s)));
    }
    for (Future<Void> session : sessions) {
      session.get();
    }
    pool.shutdown();
    assertThat(ProgressStore.open(data).load("alice").progress().lesson("gd").questions()).hasSize(1 + 4 * 15);
  }

  private Callable<Void> session(String name) {
    return () -> {
      ProgressStore store = ProgressStore.open(data);
      LearnerProgress progress = store.load("alice").progress();
      for (int i = 0; i < 15; i++) {
        progress.lesson("gd").question(name + "-q" + i).recordAttempt("1", true, null, at(i));
        store.save(progress);
      }
      return null;
    };
  }
}
