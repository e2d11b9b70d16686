package dev.descent.session;

import dev.descent.course.Draft;
import dev.descent.engine.DescentException;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonLoader;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.ProgressStore;
import dev.descent.render.Visible;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A lesson or exercise file shown by {@code descent preview}: read with the loader and played by the self-test
 * as {@code validate} does, with the answers typed kept in memory across readings and saved only to a folder of
 * its own under the system's temporary folder, removed by {@link #close}: nothing reaches a learner's progress.
 * Whether the file changed is told from its attributes alone (modification time, size and file key), a cheap
 * call that a poll a few times a second can make without a measurable cost.
 */
public final class DraftFile implements Draft, AutoCloseable {
  private final Path file;
  private final String shown;
  private final String learner;
  private final Path scratch;
  private final ProgressStore store;
  private final LearnerProgress progress;
  private volatile Stamp seen;
  private volatile LessonVariant variant;

  /** What a file's attributes say, to tell when it changed. */
  private record Stamp(long modified, long size, Object key, boolean exists) {}

  /**
   * A preview of {@code file} with {@code learner}'s numbers.
   *
   * @throws DescentException when the preview's temporary folder cannot be made
   */
  public DraftFile(Path file, String learner) {
    this.file = file;
    this.shown = Visible.inline(file.toString());
    this.learner = learner;
    try {
      this.scratch = Files.createTempDirectory("descent-preview-");
    } catch (IOException e) {
      throw new DescentException("cannot make a temporary folder for the preview: " + e.getMessage());
    }
    this.store = ProgressStore.open(scratch);
    this.progress = store.load(learner).progress();
  }

  @Override
  public String shown() {
    return shown;
  }

  @Override
  public String learner() {
    return learner;
  }

  @Override
  public Reading read() {
    seen = stamp();
    LessonLoader.Result r;
    try {
      r = LessonLoader.load(file, shown);
    } catch (RuntimeException e) {
      return new Reading(null, List.of(shown + ": cannot be read: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    r.diagnostics().forEach(d -> problems.add(d.toString()));
    if (r.lesson().isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(shown + ": it does not load");
      }
      return new Reading(null, problems);
    }
    try {
      for (Diagnostic d : SelfTest.run(r.lesson().get())) {
        problems.add(d.toString());
      }
      LessonVariant v = new LessonVariant(r.lesson().get(), learner);
      variant = v;
      return new Reading(new FileLessonSession(v, progress, store, java.time.Clock.systemUTC()), problems);
    } catch (DescentException | IllegalArgumentException e) {
      problems.add(shown + ": " + e.getMessage());
      return new Reading(null, problems);
    }
  }

  @Override
  public boolean changed() {
    return !Objects.equals(stamp(), seen);
  }

  @Override
  public List<String> key(List<String> questionIds) {
    LessonVariant v = variant;
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (String id : questionIds) {
      if (v.questions().containsKey(id)) {
        out.add(id + " = " + AnswerKey.answer(v, v.question(id)));
      }
    }
    return out;
  }

  private Stamp stamp() {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(a.lastModifiedTime().toMillis(), a.size(), a.fileKey(), true);
    } catch (IOException e) {
      return new Stamp(0, 0, null, Files.exists(file, LinkOption.NOFOLLOW_LINKS));
    }
  }

  /** The preview's own temporary folder, where the answers typed are saved until {@link #close}. */
  Path scratch() {
    return scratch;
  }

  /** Removes the preview's temporary folder and what was saved in it. */
  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(scratch)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a file left in the temporary folder does no harm; the system clears it
    }
  }
}
