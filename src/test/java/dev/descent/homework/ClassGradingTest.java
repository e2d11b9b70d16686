package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.lesson.LessonFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grading a generated class of the shipped eight-steps homework (tables, a formula, step counts): files
 * graded together, in parallel and sharing the engine's outcomes and their judgements, get exactly the
 * report each would get alone, every time.
 */
class ClassGradingTest {
  private static final int STUDENTS = 40;

  @TempDir static Path dir;
  private static SetCatalog catalog;
  private static LessonFile set;

  @BeforeAll
  static void writeClass() throws IOException {
    catalog = SetCatalog.of(List.of());
    set = catalog.resolve("eight-steps-homework");
    new ClassFolder(set, 7).write(dir, STUDENTS);
  }

  private static String csv(ClassGrading.Result result) throws IOException {
    StringWriter w = new StringWriter();
    Gradebook.write(result, w);
    return w.toString();
  }

  @Test
  void everyFileIsGradedOncePerStudent() {
    ClassGrading.Result result = ClassGrading.grade(set, dir, catalog, Optional.empty());

    assertThat(result.reports()).hasSize(STUDENTS);
    assertThat(result.skipped()).isEmpty();
    assertThat(result.reports()).extracting(r -> r.student().value()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void eachStudentGetsTheReportTheirFileGetsAlone() {
    ClassGrading.Result result = ClassGrading.grade(set, dir, catalog, Optional.empty());

    for (Report together : result.reports()) {
      Report alone = AnswerCheck.check(together.source(), AnswerText.read(dir.resolve(together.source())), catalog,
          AnswerCheck.Expected.NOTHING);
      // The class keeps each report compact: what the file alone gets, but for headlines, row marks and lines.
      assertThat(together.questions()).as(together.source())
          .isEqualTo(Judgements.compact(alone).questions());
      assertThat(together.notes()).as(together.source()).isEqualTo(alone.notes());
    }
  }

  @Test
  void gradingTwiceGivesTheSameGradebook() throws IOException {
    String first = csv(ClassGrading.grade(set, dir, catalog, Optional.empty()));
    String second = csv(ClassGrading.grade(set, dir, catalog, Optional.empty()));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void theTallyCountsEveryStudentOnceForEachQuestionAndNamesThePlantedMistakes() {
    List<ClassSummary.QuestionTally> tallies = ClassSummary.tally(
        ClassGrading.grade(set, dir, catalog, Optional.empty()).reports());

    assertThat(tallies).hasSize(set.questions().size()).allSatisfy(t ->
        assertThat(t.statuses().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(STUDENTS));
    assertThat(tallies).flatExtracting(ClassSummary.QuestionTally::mistakes).isNotEmpty();
  }

  @Test
  void aLargerClassRepeatsJudgementsAndEachFileStillGetsItsOwnReport(@TempDir Path big) throws IOException {
    // 300 students of a set whose third problem has 180 variants: many share numbers, and those who do
    // mostly write the same answers (the key, a usual mistake, a blank), sometimes different ones.
    new ClassFolder(set, 11).write(big, 300);
    Judgements judged = new Judgements();

    ClassGrading.Result result = ClassGrading.grade(set, big, catalog, Optional.empty(), judged);

    assertThat(judged.reusedCount()).as("judgements reused").isGreaterThan(judged.judgedCount() / 4);
    for (Report together : result.reports()) {
      Report alone = AnswerCheck.check(together.source(), AnswerText.read(big.resolve(together.source())), catalog,
          AnswerCheck.Expected.NOTHING);
      assertThat(together.questions()).as(together.source()).isEqualTo(Judgements.compact(alone).questions());
      assertThat(together.notes()).as(together.source()).isEqualTo(alone.notes());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd-homework", "curvature-homework", "newton-homework", "momentum-homework",
      "adaptive-homework", "schedules-homework", "landscapes-homework", "score-homework"})
  void everyShippedSetGradesAClassAsEachFileAlone(String id, @TempDir Path folder) throws IOException {
    // Matrices, several choices, expressions, tables of several columns: every kind of answer goes through
    // the class's shared judgements.
    LessonFile other = catalog.resolve(id);
    new ClassFolder(other, 3).write(folder, 80);

    for (Report together : ClassGrading.grade(other, folder, catalog, Optional.empty()).reports()) {
      Report alone = AnswerCheck.check(together.source(), AnswerText.read(folder.resolve(together.source())), catalog,
          AnswerCheck.Expected.NOTHING);
      assertThat(together.questions()).as(together.source()).isEqualTo(Judgements.compact(alone).questions());
      assertThat(together.notes()).as(together.source()).isEqualTo(alone.notes());
    }
  }
}
