package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Block;
import dev.descent.course.Draft;
import dev.descent.course.Feedback;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import dev.descent.course.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code descent preview} reads of a file: the lesson when it loads, validate's problems located when it
 * does not, the answer key of a page (w₁ = 6η, worked by hand in {@link DraftLesson}), a learner's own numbers,
 * a change noticed, and nothing of it kept anywhere once the preview closes.
 */
class DraftFileTest {
  @TempDir Path work;

  private Path write(String text) throws IOException {
    Path file = work.resolve("draft.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFileThatLoadsIsALessonWithNoProblemsAndItsKeyIsWorkedByHand() throws IOException {
    Path file = write(DraftLesson.text("", "w after one step?"));
    try (DraftFile draft = new DraftFile(file, "ann")) {
      Draft.Reading r = draft.read();
      assertThat(r.problems()).isEmpty();
      assertThat(r.loaded()).isTrue();
      assertThat(r.session().pages()).extracting(Page::title).containsExactly("Alpha", "Second", "Gamma");
      assertThat(draft.key(List.of("p1.w1"))).containsExactly("p1.w1 = 0.6");
      assertThat(draft.key(List.of("p9.none"))).isEmpty();
    }
  }

  @Test
  void aBrokenFileGivesItsProblemsLocatedAsFileLineColumnAndNoLesson() throws IOException {
    Path file = write(DraftLesson.text("", "w?").replace("\"kind\": \"number\"", "\"kind\": \"numbr\""));
    try (DraftFile draft = new DraftFile(file, "ann")) {
      Draft.Reading r = draft.read();
      assertThat(r.loaded()).isFalse();
      assertThat(r.problems()).isNotEmpty().allMatch(p -> p.matches(".*draft\\.json:\\d+:\\d+: .*"));
      // "numbr" is on line 11 of the file, its value at column 31.
      assertThat(r.problems().get(0)).contains("draft.json:11:31: ");
    }
  }

  @Test
  void aFileThatIsNotJsonAtAllIsAProblemNotAFailure() throws IOException {
    Path file = write("{ \"format\": 1, \"kind\": \"lesson\", ");
    try (DraftFile draft = new DraftFile(file, "ann")) {
      Draft.Reading r = draft.read();
      assertThat(r.loaded()).isFalse();
      assertThat(r.problems()).isNotEmpty().allMatch(p -> p.contains("draft.json:"));
    }
  }

  @Test
  void escapeSequencesInTheFileReachNoProblemRaw() throws IOException {
    Path file = write(DraftLesson.text("", "w?").replace("\"kind\": \"number\"", "\"kind\": \"\\u001b[31mred\""));
    try (DraftFile draft = new DraftFile(file, "ann")) {
      Draft.Reading r = draft.read();
      assertThat(r.problems()).isNotEmpty().noneMatch(p -> p.chars().anyMatch(c -> c < 0x20 || c == 0x7f));
    }
  }

  @Test
  void aSavedChangeIsNoticedAndAFileReadAgainIsNot() throws IOException {
    Path file = write(DraftLesson.text("", "w?"));
    try (DraftFile draft = new DraftFile(file, "ann")) {
      draft.read();
      assertThat(draft.changed()).isFalse();
      Files.writeString(file, DraftLesson.text(DraftLesson.INSERTED, "w now?"), StandardCharsets.UTF_8);
      assertThat(draft.changed()).isTrue();
      assertThat(draft.read().session().pages()).hasSize(4);
      assertThat(draft.changed()).isFalse();
      Files.delete(file);
      assertThat(draft.changed()).isTrue();
      assertThat(draft.read().problems()).singleElement().asString().contains("draft.json");
    }
  }

  @Test
  void eachLearnerGetsTheirOwnNumbersAlwaysTheSameOnes() throws IOException {
    Path file = write(DraftLesson.text("", "w?", "{ \"choose\": [0.1, 0.2, 0.25, 0.4] }"));
    Set<String> keys = new HashSet<>();
    for (String learner : List.of("ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal")) {
      String once;
      try (DraftFile draft = new DraftFile(file, learner)) {
        draft.read();
        once = draft.key(List.of("p1.w1")).get(0);
      }
      try (DraftFile again = new DraftFile(file, learner)) {
        again.read();
        assertThat(again.key(List.of("p1.w1"))).as(learner).containsExactly(once);
      }
      // w₁ = 6η for η in the choose list.
      assertThat(once).isIn("p1.w1 = 0.6", "p1.w1 = 1.2", "p1.w1 = 1.5", "p1.w1 = 2.4");
      keys.add(once);
    }
    assertThat(keys).as("eight learners do not all share one variant").hasSizeGreaterThan(1);
  }

  @Test
  void answersTypedInAPreviewAreKeptNowhereOnceItCloses() throws IOException {
    Path file = write(DraftLesson.text("", "w?"));
    Path scratch;
    try (DraftFile draft = new DraftFile(file, "ann")) {
      Draft.Reading r = draft.read();
      r.session().visit(1);
      assertThat(r.session().answer("p1.w1", "0.6").verdict()).isEqualTo(Feedback.Verdict.RIGHT);
      assertThat(draft.read().session().solved("p1.w1")).as("kept across readings").isTrue();
      scratch = draft.scratch();
      assertThat(scratch).exists();
    }
    assertThat(scratch).doesNotExist();
  }

  @Test
  void theSamePageIsFoundByItsProblemThenItsTitleThenItsNumber() {
    List<Page> before = List.of(page("A", null), page("B", "p1.q"), page("C", null));
    List<Page> inserted = List.of(page("A", null), page("New", null), page("B renamed", "p1.q"), page("C", null));
    assertThat(Draft.samePage(before, 1, inserted)).as("by problem").isEqualTo(2);
    assertThat(Draft.samePage(before, 2, inserted)).as("by title").isEqualTo(3);
    List<Page> renamed = List.of(page("X", null), page("Y", null));
    assertThat(Draft.samePage(before, 2, renamed)).as("by number, the last when there are fewer").isEqualTo(1);
    assertThat(Draft.samePage(before, 0, List.of())).isZero();
  }

  private static Page page(String title, String question) {
    List<Block> blocks = question == null ? List.of() : List.of(new Block.Ask(new Question(question,
        QuestionKind.NUMBER, "?", List.of(), false, null, 0, 1, "", "")));
    return new Page(title, blocks);
  }
}
