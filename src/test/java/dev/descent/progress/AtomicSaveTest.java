package dev.descent.progress;

import static dev.descent.progress.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.descent.engine.DescentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
  @TempDir
  Path data;

  private Path learners() {
    return data.resolve("learners");
  }

  private static Stream<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList().stream();
    }
  }

  @Test
  void aSaveLeavesOnlyTheProgressFileAndItsLock() throws IOException {
    ProgressStore.open(data).save(Fixtures.alice());
    assertThat(names(learners())).containsExactlyInAnyOrder("alice.json", "alice.json.lock");
  }

  @Test
  void everyOneOfManySavesLeavesAFileThatLoadsWithoutWarnings() {
    assertThat(SaveLoop.run(data, "alice", 40)).isEmpty();
  }

  @Test
  void temporaryFilesLeftByAKilledSaveAreRemovedByTheNextSave() throws IOException {
    ProgressStore.open(data).save(Fixtures.alice());
    Files.writeString(learners().resolve("alice.json.tmp-0123456789abcdef"), "{\"formatVersion\": 1, \"lea");
    ProgressStore store = ProgressStore.open(data);
    LearnerProgress alice = store.load("alice").progress();
    store.save(alice);
    assertThat(names(learners())).containsExactlyInAnyOrder("alice.json", "alice.json.lock");
  }

  @Test
  void aKilledSaveDoesNotDisturbTheProgressBeforeIt() throws IOException {
    ProgressStore.open(data).save(Fixtures.alice());
    Files.writeString(learners().resolve("alice.json.tmp-0123456789abcdef"), "{\"formatVersion\": 1, \"lea");
    LoadResult loaded = ProgressStore.open(data).load("alice");
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress().lesson("gd-basics").question("one-step").attempts()).isEqualTo(3);
  }

  @Test
  void anotherLearnersTemporaryFilesAreLeftAlone() throws IOException {
    ProgressStore.open(data).save(Fixtures.alice());
    Files.writeString(learners().resolve("alice.json.tmp-01.json.tmp-0123456789abcdef"), "{");
    ProgressStore store = ProgressStore.open(data);
    store.save(store.load("alice").progress());
    assertThat(learners().resolve("alice.json.tmp-01.json.tmp-0123456789abcdef")).exists();
  }

  @Test
  void aFailedWriteNamesTheFile() throws IOException {
    Files.writeString(learners(), "a file where the learners directory should be");
    ProgressStore store = ProgressStore.open(data);
    LearnerProgress alice = Fixtures.alice();
    assertThatThrownBy(() -> store.save(alice)).isInstanceOf(DescentException.class)
        .hasMessageContaining("could not save progress to " + learners().resolve("alice.json"));
  }

  @Test
  void aReadOnlyDirectoryLoadsAndTheSaveNamesTheFileAndWhy() throws IOException {
    ProgressStore.open(data).save(Fixtures.alice());
    Files.setPosixFilePermissions(learners(), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root may write in a read-only directory; there is no way to make this case happen then
      assumeThat(Files.isWritable(learners())).isFalse();
      ProgressStore store = ProgressStore.open(data);
      LoadResult loaded = store.load("alice");
      assertThat(loaded.warnings()).isEmpty();
      assertThat(loaded.progress().lesson("gd-basics").question("one-step").solved()).isTrue();
      assertThatThrownBy(() -> store.save(loaded.progress())).isInstanceOf(DescentException.class)
          .hasMessage("could not save progress to " + learners().resolve("alice.json") + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(learners(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aSaveTakesInWhatIsOnDiskSoTheProgressInMemoryIsComplete() {
    ProgressStore.open(data).save(Fixtures.alice());
    LearnerProgress other = new LearnerProgress("alice");
    other.lesson("adam").question("bias").recordAttempt("0.1", true, null, at(900));
    ProgressStore.open(data).save(other);
    assertThat(other.lesson("gd-basics").question("one-step").solved()).isTrue();
  }

  /** The hand-written check of a temporary file's suffix against the expression that states it, on seeded strings. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
  void aTemporarySuffixIsTheRegularExpression(long seed) {
    java.util.regex.Pattern suffix = java.util.regex.Pattern.compile("[0-9a-f]{16}");
    String[] pieces = {"0", "9", "a", "f", "g", "A", "0123456789abcdef", "-", ""};
    java.util.Random rnd = new java.util.Random(seed);
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(20); k >= 0; k--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String s = b.toString();
      org.assertj.core.api.Assertions.assertThat(AtomicWrite.tempSuffix(s)).as(s).isEqualTo(suffix.matcher(s).matches());
    }
  }
}
