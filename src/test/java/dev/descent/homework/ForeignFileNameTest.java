package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class folder exported on another system, whose file names are not in this one's encoding (müller.txt
 * in Latin-1, read under UTF-8): each file is graded like any other.
 */
class ForeignFileNameTest {
  @TempDir Path dir;

  @Test
  void aFileWhoseNameIsNotInTheSystemsEncodingIsGraded() throws Exception {
    // The shell writes the name's bytes as they are: m, 0xFC (ü in Latin-1), ller.txt.
    Process sh = new ProcessBuilder("sh", "-c", "printf 'set: sgd-homework\\nstudent: mueller\\np1.pred = 0\\n' "
        + "> \"$(printf 'm\\374ller.txt')\"").directory(dir.toFile()).start();
    assertThat(sh.waitFor()).isZero();
    SetCatalog catalog = SetCatalog.of(List.of());

    ClassGrading.Result result = ClassGrading.grade(catalog.resolve("sgd-homework"), dir, catalog, Optional.empty());

    assertThat(result.skipped()).isEmpty();
    assertThat(result.reports()).singleElement().extracting(r -> r.student().value()).isEqualTo("mueller");
  }
}
