package dev.descent.homework;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.render.Visible;
import dev.descent.session.CourseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exercise sets an answer file may name: those built into descent, then those of an instructor's own
 * course (the files and folders of {@code --course} and {@code DESCENT_COURSE}). A set of the instructor's
 * whose id is one of descent's own is refused, since answer files name their set by id. Only the set asked
 * for is loaded (a glance at each file's id finds it), once, and shared by every answer file graded. Safe for
 * use by several threads.
 */
public final class SetCatalog {
  private final List<CourseFile> builtIn;
  private final List<CourseFile> custom;
  private final List<Path> beside;
  private final Map<CourseFile, CourseFile.Head> heads;
  private final Map<CourseFile, LessonFile> loaded;
  private final Map<LessonFile, CourseFile> sources;

  private SetCatalog(List<CourseFile> builtIn, List<CourseFile> custom, List<Path> beside) {
    this.builtIn = List.copyOf(builtIn);
    this.custom = List.copyOf(custom);
    this.beside = List.copyOf(beside);
    this.heads = new ConcurrentHashMap<>();
    this.loaded = new HashMap<>();
    this.sources = new IdentityHashMap<>();
  }

  private SetCatalog(SetCatalog shared, List<Path> beside) {
    this.builtIn = shared.builtIn;
    this.custom = shared.custom;
    this.beside = List.copyOf(beside);
    this.heads = shared.heads;
    this.loaded = shared.loaded;
    this.sources = shared.sources;
  }

  /**
   * The sets of the built-in course and of {@code course} (files or folders of an instructor's own course).
   *
   * @throws DescentException when a path does not exist or a folder cannot be read
   */
  public static SetCatalog of(List<Path> course) {
    List<CourseFile> builtIn = new ArrayList<>();
    List<CourseFile> lessons = new ArrayList<>();
    // Exercise files first: an answer file names a set, and this finds it without glancing at lessons.
    for (CourseFile f : CourseLoader.builtInFiles(new ArrayList<>())) {
      (f.shown().contains("exercises/") ? builtIn : lessons).add(f);
    }
    builtIn.addAll(lessons);
    List<Diagnostic> problems = new ArrayList<>();
    List<CourseFile> custom = new ArrayList<>();
    for (Path p : course) {
      for (Path f : CourseLoader.files(p, problems)) {
        custom.add(CourseFile.of(f));
      }
    }
    if (!problems.isEmpty()) {
      throw new DescentException(problems.get(0).file() + ": " + problems.get(0).message());
    }
    return new SetCatalog(builtIn, custom, List.of());
  }

  /**
   * This catalog, also finding a set by the file name an answer file's {@code course:} line gives, in
   * {@code folders} (such as the answer file's own folder and the current one), after every other place.
   */
  public SetCatalog beside(List<Path> folders) {
    return new SetCatalog(this, folders);
  }

  /**
   * The set with this id, if any.
   *
   * @throws DescentException when the file with this id has problems, or is an instructor's set that takes
   *     the id of one of descent's own
   */
  public Optional<LessonFile> byId(String id) {
    for (CourseFile f : builtIn) {
      if (head(f).id().equals(id)) {
        for (CourseFile c : custom) {
          if (head(c).id().equals(id)) {
            refuseIfNotTheSame(c, f);
          }
        }
        return Optional.of(load(f));
      }
    }
    for (CourseFile f : custom) {
      if (head(f).id().equals(id)) {
        return Optional.of(load(f));
      }
    }
    return Optional.empty();
  }

  /**
   * The set an answer file names by {@code id} and by its {@code course:} line when descent does not know
   * the id: the file of that name in the folders of {@link #beside}.
   *
   * @throws UnreadableFile when neither finds it, saying where it was looked for and how to name it
   */
  public LessonFile byIdOrOrigin(String id, Optional<SetOrigin> origin, String answersShown) {
    Optional<LessonFile> known = byId(id);
    if (known.isPresent()) {
      return known.get();
    }
    if (origin.isEmpty() || origin.get().fileName().isEmpty()) {
      throw new UnreadableFile(unknown(AnswerFile.shorten(id)));
    }
    String name = origin.get().fileName();
    for (Path folder : beside) {
      Path candidate;
      try {
        candidate = folder.resolve(name);
      } catch (java.nio.file.InvalidPathException e) {
        break;
      }
      if (candidate.getFileName() != null && candidate.getFileName().toString().equals(name)
          && FileKind.of(candidate) == FileKind.REGULAR) {
        CourseFile file = CourseFile.of(candidate);
        if (head(file).id().equals(id)) {
          return load(file);
        }
      }
    }
    throw new UnreadableFile("the set " + Visible.inline(AnswerFile.shorten(id)) + " is not built into descent: the answer file was made "
        + "from the set file " + Visible.inline(name) + ", which is neither beside the answer file nor in the current "
        + "folder. Get " + Visible.inline(name) + " from your instructor and run: descent check --course PATH/"
        + Visible.inline(name) + " " + Visible.inline(answersShown));
  }

  /**
   * The set named on the command line: a path to an exercise file, or the id of a set.
   *
   * @throws DescentException when it is neither, the file has problems, or it takes a built-in set's id
   */
  public LessonFile resolve(String target) {
    Path p;
    try {
      p = Path.of(target);
    } catch (java.nio.file.InvalidPathException e) {
      p = null; // not a file name here, so perhaps a set's id
    }
    if (p != null && (target.endsWith(".json") || Files.isRegularFile(p))) {
      FileKind kind = FileKind.of(p);
      if (kind == FileKind.MISSING) {
        throw new DescentException("no such file: " + Visible.inline(target));
      }
      if (kind != FileKind.REGULAR) {
        throw new DescentException(Visible.inline(target) + " is " + kind.words() + ", not an exercise file");
      }
      CourseFile file = new CourseFile(target, CourseFile.of(p).opener());
      String id = head(file).id();
      for (CourseFile f : builtIn) {
        if (!id.isEmpty() && head(f).id().equals(id)) {
          refuseIfNotTheSame(file, f);
          return withQuestions(load(f));
        }
      }
      return withQuestions(load(file));
    }
    return withQuestions(byId(target).orElseThrow(() -> new DescentException(unknown(target))));
  }

  /**
   * Where a set that is not built into descent came from, for its answer files' {@code course:} line; empty
   * for a built-in set.
   */
  public Optional<SetOrigin> origin(LessonFile set) {
    CourseFile file;
    synchronized (this) {
      file = sources.get(set);
    }
    if (file == null || builtIn.contains(file)) {
      return Optional.empty();
    }
    String shown = file.shown();
    String name = shown.substring(Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\')) + 1);
    try {
      return Optional.of(SetOrigin.of(name, file.read(LessonLoader.MAX_BYTES)));
    } catch (IOException e) {
      return Optional.of(new SetOrigin(name, ""));
    }
  }

  /** The message for a set id that is not in the catalog, listing the exercise sets there are. */
  public String unknown(String id) {
    return "there is no exercise set \"" + Visible.inline(id) + "\"; the sets are: " + String.join(", ", setIds());
  }

  /** The ids of the exercise sets, in course order. */
  public List<String> setIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (List<CourseFile> files : List.of(builtIn, custom)) {
      for (CourseFile f : files) {
        CourseFile.Head h = head(f);
        if (h.exercises()) {
          ids.add(h.id());
        }
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Refuses an instructor's file that takes the id of one of descent's own files, unless it holds the very
   * same bytes (a copy of descent's own set, such as the course's file in descent's source).
   */
  private static void refuseIfNotTheSame(CourseFile own, CourseFile builtIn) {
    try {
      if (Arrays.equals(own.read(LessonLoader.MAX_BYTES), builtIn.read(LessonLoader.MAX_BYTES))) {
        return;
      }
    } catch (IOException e) {
      // unreadable: it is not the same file, and the message below says what to do
    }
    throw new DescentException(Visible.inline(own.shown()) + " has the id \"" + Visible.inline(builtIn.head().id())
        + "\", which is one of descent's own sets and lessons; answer files name their set by id, so give yours an "
        + "id of its own (\"id\": \"my-" + Visible.inline(builtIn.head().id()) + "\")");
  }

  private synchronized LessonFile load(CourseFile p) {
    String shown = p.shown();
    LessonFile f = loaded.get(p);
    if (f != null) {
      return f;
    }
    LessonLoader.Result r = LessonLoader.load(p);
    if (r.lesson().isEmpty()) {
      throw new DescentException(shown + " has problems; run 'descent validate " + shown + "':"
          + System.lineSeparator() + String.join(System.lineSeparator(),
              r.diagnostics().stream().limit(10).map(Diagnostic::toString).toList()));
    }
    loaded.put(p, r.lesson().get());
    sources.put(r.lesson().get(), p);
    return r.lesson().get();
  }

  private CourseFile.Head head(CourseFile p) {
    CourseFile.Head h = heads.get(p);
    if (h == null) {
      h = p.head();
      heads.put(p, h);
    }
    return h;
  }

  private static LessonFile withQuestions(LessonFile f) {
    if (f.problems().isEmpty()) {
      throw new DescentException(f.id() + " has no questions to answer");
    }
    return f;
  }
}
