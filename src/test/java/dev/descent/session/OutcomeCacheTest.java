package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.homework.SetCatalog;
import dev.descent.lesson.LessonFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcomes a class shares serve the variants of one file, and never another file's. */
class OutcomeCacheTest {
  private static final SetCatalog SETS = SetCatalog.of(List.of());

  @Test
  void aVariantOfAnotherFileKeepsItsOwnQuestionsAndOutcomes() {
    // Both sets have a question p1.w1, with other numbers and another computation.
    LessonFile eightSteps = SETS.resolve("eight-steps-homework");
    LessonFile momentum = SETS.resolve("momentum-homework");
    OutcomeCache cache = new OutcomeCache();
    new LessonVariant(eightSteps, "alice", cache).outcome(new LessonVariant(eightSteps, "alice", cache).question("p1.w1"));

    LessonVariant other = new LessonVariant(momentum, "alice", cache);
    LessonVariant alone = new LessonVariant(momentum, "alice");

    assertThat(other.questions().keySet()).isEqualTo(alone.questions().keySet());
    assertThat(other.outcome(other.question("p1.w1")).answer())
        .isEqualTo(alone.outcome(alone.question("p1.w1")).answer());
  }

  @Test
  void variantsOfTheFileItServesShareItsOutcomes() {
    LessonFile eightSteps = SETS.resolve("eight-steps-homework");
    OutcomeCache cache = new OutcomeCache();
    LessonVariant first = new LessonVariant(eightSteps, "alice", cache);
    LessonVariant again = new LessonVariant(eightSteps, "alice", cache);

    assertThat(again.outcome(again.question("p1.w1")))
        .isSameAs(first.outcome(first.question("p1.w1")));
    assertThat(cache.size()).isEqualTo(1);
  }
}
