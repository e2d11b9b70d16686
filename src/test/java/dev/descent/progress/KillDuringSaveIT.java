package dev.descent.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that saves progress in a loop ({@link SaveLoop}) with SIGKILL at random moments, hundreds
 * of times, and checks after every kill that the file loads without a warning and is exactly the progress
 * of the last save that returned, or of the one after it that was under way: never less, never a mix.
 * Two lanes, each with its own folder and child, share the rounds. The seed is printed and named in every
 * failure; {@code -Ddescent.kill.seed=N} replays its delays, {@code -Ddescent.kill.rounds=N} changes how
 * many kills.
 */
class KillDuringSaveIT {
  private static final int QUESTIONS = 10;
  /**
   * Kills land this long at most after the child's first save returned (the first, in a cold JVM, takes
   * far longer than the next ones): a save and a load take some 5 to 20 ms here.
   */
  private static final int MAX_DELAY_MICROS = 50_000;

  /** Lanes run side by side, each killing its own child in its own folder: a child spends most of its life starting. */
  private static final int LANES = 2;

  @TempDir
  Path data;

  @Test
  void everyKillLeavesTheLastSavedProgressOrTheNext() throws Exception {
    long seed = Long.getLong("descent.kill.seed", System.nanoTime());
    int rounds = Integer.getInteger("descent.kill.rounds", 200);
    System.out.println("KillDuringSaveIT: seed " + seed + ", " + rounds + " rounds in " + LANES + " lanes");
    ExecutorService pool = Executors.newFixedThreadPool(LANES);
    int saves = 0;
    int killedMidSave = 0;
    try {
      List<CompletableFuture<int[]>> lanes = new ArrayList<>();
      for (int lane = 0; lane < LANES; lane++) {
        Path dir = Files.createDirectory(data.resolve("lane" + lane));
        String name = "seed " + seed + " (-Ddescent.kill.seed=" + seed + " replays the delays), lane " + lane;
        Random random = new Random(seed + lane);
        int share = rounds / LANES + (lane < rounds % LANES ? 1 : 0);
        lanes.add(CompletableFuture.supplyAsync(() -> lane(dir, random, share, name), pool));
      }
      for (CompletableFuture<int[]> lane : lanes) {
        int[] counts = lane.join();
        saves += counts[0];
        killedMidSave += counts[1];
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
    System.out.println("KillDuringSaveIT: " + saves + " saves in all; " + killedMidSave
        + " kills came after a save's rename and before it returned");
  }

  /** Kills {@code rounds} children saving in {@code dir}, checking the file after each; returns the saves and mid-save kills. */
  private static int[] lane(Path dir, Random random, int rounds, String name) {
    int[] saved = new int[QUESTIONS];
    int killedMidSave = 0;
    for (int round = 1; round <= rounds; round++) {
      String where = name + ", round " + round;
      int done = killAfter(dir, random.nextInt(MAX_DELAY_MICROS), where);
      int[] onDisk = attemptsOnDisk(dir, where);
      int[] last = afterSaves(saved, done);
      int[] next = afterSaves(saved, done + 1);
      assertThat(onDisk).as("%s: after %d saves returned, the file holds %s", where, done, Arrays.toString(onDisk))
          .satisfiesAnyOf(a -> assertThat(a).isEqualTo(last), a -> assertThat(a).isEqualTo(next));
      killedMidSave += Arrays.equals(onDisk, next) ? 1 : 0;
      saved = onDisk;
      assertThat(setAside(dir)).as("%s: files set aside", where).isEmpty();
    }
    return new int[] {Arrays.stream(saved).sum(), killedMidSave};
  }

  /** Starts a {@link SaveLoop}, kills it {@code micros} after its first save, and returns how many saves returned. */
  private static int killAfter(Path dir, int micros, String where) {
    try {
      return killChild(dir, micros, where);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(where + ": could not run the child", e);
    }
  }

  private static int killChild(Path dir, int micros, String where) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    AtomicInteger returned = new AtomicInteger();
    CountDownLatch ready = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("saved ")) {
            returned.set(Integer.parseInt(line.substring(6)));
            ready.countDown();
          }
        }
      } catch (IOException closed) {
        // The child was killed; what it printed before is all there is.
      }
    });
    reader.start();
    boolean savedOnce;
    try {
      savedOnce = ready.await(30, TimeUnit.SECONDS);
      TimeUnit.MICROSECONDS.sleep(micros);
    } finally {
      // SIGKILL through the handle: Process.destroyForcibly would also close our end of the child's output,
      // losing "saved" lines the child wrote just before it died. Never leave a child saving forever.
      child.toHandle().destroyForcibly();
    }
    child.waitFor();
    reader.join();
    assertThat(savedOnce).as("%s: the child saved once and said so", where).isTrue();
    return returned.get();
  }

  /** The attempts of each question in the file, loaded as descent would load it. */
  private static int[] attemptsOnDisk(Path dir, String where) {
    LoadResult loaded = ProgressStore.open(dir).load(SaveLoop.LEARNER);
    assertThat(loaded.warnings()).as("%s: the file loads without a warning", where).isEmpty();
    int[] attempts = new int[QUESTIONS];
    LessonProgress lesson = loaded.progress().lesson(SaveLoop.LESSON);
    lesson.questions().forEach((id, q) -> attempts[Integer.parseInt(id.substring(1))] = q.attempts());
    // Each save adds a second, a practice round and an attempt to the same question: a file is whole only if
    // they agree.
    assertThat(lesson.seconds()).as("%s: seconds against attempts", where).isEqualTo(Arrays.stream(attempts).sum());
    for (int i = 0; i < QUESTIONS; i++) {
      assertThat(lesson.practice("p" + i).round()).as("%s: practice rounds of p%d", where, i).isEqualTo(attempts[i]);
    }
    return attempts;
  }

  /** The attempts after {@code saves} more saves of a fresh {@link SaveLoop}: save i adds one to question (i - 1) mod 10. */
  private static int[] afterSaves(int[] before, int saves) {
    int[] after = before.clone();
    for (int i = 0; i < saves; i++) {
      after[i % QUESTIONS]++;
    }
    return after;
  }

  private static List<Path> setAside(Path dir) {
    Path learners = dir.resolve("learners");
    if (!Files.isDirectory(learners)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(learners)) {
      return files.filter(p -> p.getFileName().toString().contains(".corrupt-")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
