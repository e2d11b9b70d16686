package dev.descent.progress;

import static dev.descent.progress.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorruptFileTest {
  private static final String VALID = "{\"formatVersion\": 1, \"learner\": \"alice\", \"lessons\": {\"gd\": "
      + "{\"page\": 1, \"questions\": {\"q1\": {\"attempts\": 2, \"solved\": true}}}}}";
  private static final String ASIDE = "alice.json.corrupt-20250131T093000Z";

  @TempDir
  Path data;
  private Path file;
  private ProgressStore store;

  @BeforeEach
  void learnersDirectory() throws IOException {
    file = data.resolve("learners/alice.json");
    Files.createDirectories(file.getParent());
    store = ProgressStore.open(data, Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
  }

  static Stream<Arguments> brokenFiles() {
    byte[] junk = new byte[300];
    new Random(7).nextBytes(junk);
    return Stream.of(
        Arguments.of("garbage", "descent rocks".getBytes(StandardCharsets.UTF_8), "it is not valid JSON at line 1"),
        Arguments.of("truncated", utf8(VALID.substring(0, 70)), "it is not valid JSON"),
        Arguments.of("binary junk", junk, "it is not valid JSON"),
        Arguments.of("empty", new byte[0], "the file is empty"),
        Arguments.of("blank", utf8("  \n"), "the file holds only blanks"),
        Arguments.of("trailing junk", utf8(VALID + "}"), "it is not valid JSON"),
        Arguments.of("array", utf8("[1, 2]"), "the top level should be an object, not [1,2]"),
        Arguments.of("wrong type", utf8(VALID.replace("\"attempts\": 2", "\"attempts\": \"two\"")),
            "/lessons/gd/questions/q1/attempts should be a whole number from 0 up, not \"two\""),
        Arguments.of("fraction", utf8(VALID.replace("\"attempts\": 2", "\"attempts\": 2.5")),
            "/lessons/gd/questions/q1/attempts should be a whole number"),
        Arguments.of("negative", utf8(VALID.replace("\"page\": 1", "\"page\": -1")),
            "/lessons/gd/page should be a whole number from 0 up"),
        Arguments.of("boolean as number", utf8(VALID.replace("\"solved\": true", "\"solved\": 1")),
            "/lessons/gd/questions/q1/solved should be true or false, not 1"),
        Arguments.of("bad time", utf8(VALID.replace("\"page\": 1", "\"page\": 1, \"lastVisited\": \"yesterday\"")),
            "/lessons/gd/lastVisited should be a time"),
        Arguments.of("lesson not an object", utf8(VALID.replace("{\"gd\": ", "{\"gd\": 3, \"x\": ")),
            "/lessons/gd should be an object, not 3"),
        Arguments.of("unknown field", utf8(VALID.replace("\"page\": 1", "\"page\": 1, \"score\": 5")),
            "/lessons/gd/score is not a field descent knows"),
        Arguments.of("duplicate key", utf8(VALID.replace("\"page\": 1", "\"page\": 1, \"page\": 2")),
            "the field \"page\" appears twice in this object"),
        Arguments.of("table of numbers", utf8(VALID.replace("\"attempts\": 2", "\"lastAnswer\": [[1]]")),
            "/lessons/gd/questions/q1/lastAnswer should be a string, or a list of rows"),
        Arguments.of("no version", utf8(VALID.replace("\"formatVersion\": 1,", "")), "it has no formatVersion"),
        Arguments.of("newer version", utf8(VALID.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
            "it was written by a newer descent (format 2; this one reads up to format 1)"),
        Arguments.of("no learner", utf8(VALID.replace("\"learner\": \"alice\",", "")), "no learner"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileIsSetAsideWithAWarningSayingWhatWasWrongAndWhere(String kind, byte[] content, String says)
      throws IOException {
    Files.write(file, content);
    assertThat(store.load("alice").warnings()).singleElement().asString().contains(file.toString(), says, ASIDE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileIsKeptByteForByte(String kind, byte[] content, String says) throws IOException {
    Files.write(file, content);
    store.load("alice");
    assertThat(file.resolveSibling(ASIDE)).hasBinaryContent(content);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileGivesAFreshStartThatCanBeSaved(String kind, byte[] content, String says) throws IOException {
    Files.write(file, content);
    LearnerProgress fresh = store.load("alice").progress();
    fresh.lesson("gd").question("q1").recordAttempt("1", false, null, at(0));
    store.save(fresh);
    assertThat(ProgressStore.open(data).load("alice").progress().lesson("gd").question("q1").attempts()).isEqualTo(1);
  }

  @Test
  void aDirectoryWhereTheFileShouldBeIsSetAside() throws IOException {
    Files.createDirectories(file.resolve("inside"));
    assertThat(store.load("alice").warnings()).singleElement().asString()
        .contains("a directory is where the file should be", ASIDE);
    assertThat(file.resolveSibling(ASIDE).resolve("inside")).isDirectory();
  }

  @Test
  void aFileLargerThanTheLimitIsSetAsideUnread() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
      huge.setLength(ProgressFile.MAX_BYTES + 1);
    }
    assertThat(store.load("alice").warnings()).singleElement().asString().contains("larger than 2 MiB", ASIDE);
    assertThat(file.resolveSibling(ASIDE)).hasSize(ProgressFile.MAX_BYTES + 1);
  }

  @Test
  void aSecondBrokenFileDoesNotReplaceTheFirstSetAside() throws IOException {
    Files.writeString(file, "first");
    store.load("alice");
    Files.writeString(file, "second");
    assertThat(store.load("alice").warnings()).singleElement().asString().contains(ASIDE + "-2");
    assertThat(file.resolveSibling(ASIDE)).hasContent("first");
    assertThat(file.resolveSibling(ASIDE + "-2")).hasContent("second");
  }

  @Test
  void aFileBrokenWhileASessionRunsIsSetAsideBySaveWithAWarning() throws IOException {
    LearnerProgress alice = store.load("alice").progress();
    Files.writeString(file, "{\"formatVersion\": 9}");
    alice.lesson("gd").question("q1").recordAttempt("1", false, null, at(0));
    assertThat(store.save(alice)).singleElement().asString().contains("newer descent", ASIDE);
    assertThat(file.resolveSibling(ASIDE)).hasContent("{\"formatVersion\": 9}");
  }

  @Test
  void aFileThatCannotBeMovedAsideIsNeverOverwritten() throws IOException {
    Files.writeString(file, "broken");
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root may rename files in a read-only directory; there is no way to make this case happen then
      assumeThat(Files.isWritable(file.getParent())).isFalse();
      LoadResult loaded = store.load("alice");
      loaded.progress().lesson("gd").question("q1").recordAttempt("1", false, null, at(0));
      store.save(loaded.progress());
      assertThat(loaded.warnings()).singleElement().asString()
          .contains("nor moved aside (permission denied)", "will not be saved");
      assertThat(loaded.progress().savable()).isFalse();
      assertThat(file).hasContent("broken");
    } finally {
      Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFileOfAnotherLearnerCopiedByHandIsAdoptedWithAWarning() throws IOException {
    Files.writeString(file, VALID.replace("\"alice\"", "\"bob\""));
    LoadResult loaded = store.load("alice");
    assertThat(loaded.warnings()).singleElement().asString().contains("holds the progress of \"bob\"");
    assertThat(loaded.progress().lesson("gd").question("q1").solved()).isTrue();
  }

  @Test
  void junkBytesAreReportedWithoutEchoingThem() throws IOException {
    byte[] nul = new byte[64];
    Arrays.fill(nul, (byte) 0);
    Files.write(file, nul);
    assertThat(store.load("alice").warnings()).singleElement().asString().hasSizeLessThan(400);
  }
}
