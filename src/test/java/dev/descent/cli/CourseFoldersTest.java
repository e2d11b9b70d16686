package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descent.engine.DescentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESCENT_COURSE read as PATH is: folders separated by ':', in order, empty entries passed over. */
class CourseFoldersTest {
  @TempDir Path dir;

  @Test
  void noVariableMeansNoFolders() {
    assertThat(CourseFolders.of(Map.of())).isEmpty();
    assertThat(CourseFolders.of(Map.of("DESCENT_COURSE", ""))).isEmpty();
  }

  @Test
  void foldersComeInTheirOrderAndEmptyEntriesArePassedOver() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b with space"));

    assertThat(CourseFolders.of(Map.of("DESCENT_COURSE", ":" + b + "::" + a + ":"))).containsExactly(b, a);
  }

  @Test
  void anEntryThatIsNeitherAFileNorAFolderIsNamedWithTheVariable() throws IOException {
    Path file = Files.writeString(dir.resolve("lesson.json"), "{}");
    Path missing = dir.resolve("missing");

    assertThat(CourseFolders.of(Map.of("DESCENT_COURSE", file + ":" + dir))).containsExactly(file, dir);
    assertThatThrownBy(() -> CourseFolders.of(Map.of("DESCENT_COURSE", missing.toString())))
        .isInstanceOf(DescentException.class).hasMessageContaining("DESCENT_COURSE")
        .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
  }

  @Test
  void courseOptionsComeBeforeTheVariableAndAreCheckedTheSameWay() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path file = Files.writeString(dir.resolve("quiz.json"), "{}");

    assertThat(CourseFolders.with(java.util.List.of(file), Map.of("DESCENT_COURSE", a.toString())))
        .containsExactly(file, a);
    assertThatThrownBy(() -> CourseFolders.with(java.util.List.of(dir.resolve("nope.json")), Map.of()))
        .isInstanceOf(DescentException.class).hasMessageContaining("--course").hasMessageContaining("nope.json")
        .hasMessageContaining("does not exist");
  }

  @Test
  void aNulInAnEntryIsRefusedAsNoFileName() {
    assertThatThrownBy(() -> CourseFolders.of(Map.of("DESCENT_COURSE", "a\u0000b")))
        .isInstanceOf(DescentException.class).hasMessageContaining("not a file name");
  }
}
