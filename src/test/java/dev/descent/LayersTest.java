package dev.descent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package layering, as the README's table "How the code is laid out" states it: each package of
 * descent uses only the packages and libraries its row names, every package has a row, and no two
 * packages depend on each other. The table is the one statement of the rules; this test reads it, so
 * the two cannot drift apart.
 */
class LayersTest {
  private static final String ROOT = "dev.descent";
  /** The libraries a row may name, by the package they live in. */
  private static final Map<String, String> LIBRARIES = Map.of("Hipparchus", "org.hipparchus",
      "Jackson", "com.fasterxml.jackson", "Lanterna", "com.googlecode.lanterna", "picocli", "picocli");

  /** descent's own classes, as the build compiled them (the tests' classes are not held to the table). */
  private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));
  private static final List<Row> TABLE = table();

  /** One row of the table: a package, the packages of descent it may use (or all), and its libraries. */
  record Row(String name, Set<String> packages, boolean everyPackage, Set<String> libraries) {
    String javaPackage() {
      return ROOT + "." + name;
    }
  }

  @Test
  void theTableNamesEveryPackageAndNoOther() {
    Set<String> without = new TreeSet<>();
    Set<String> used = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      Row r = rowOf(c.getPackageName());
      if (r == null) {
        without.add(c.getPackageName());
      } else {
        used.add(r.name());
      }
    }
    Set<String> named = new TreeSet<>();
    for (Row r : TABLE) {
      named.add(r.name());
      for (String p : r.packages()) {
        assertThat(TABLE).as("row " + r.name() + " names " + p).anyMatch(other -> other.name().equals(p));
      }
    }
    assertThat(without).as("packages with no row in the README's layout table").isEmpty();
    assertThat(used).as("rows of the README's layout table with no code").isEqualTo(named);
  }

  @Test
  void eachPackageUsesOnlyThePackagesItsRowNames() {
    List<String> failures = new ArrayList<>();
    for (Row r : TABLE) {
      if (r.everyPackage()) {
        continue;
      }
      EvaluationResult result = noClasses().that(inRow(r)).should().dependOnClassesThat(descentOutside(r))
          .evaluate(CLASSES);
      failures.addAll(result.getFailureReport().getDetails());
    }
    assertThat(failures).as("uses of a package that the README's layout table does not allow").isEmpty();
  }

  @Test
  void eachLibraryIsUsedOnlyWhereTheTableNamesIt() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> lib : LIBRARIES.entrySet()) {
      DescribedPredicate<JavaClass> elsewhere = DescribedPredicate.describe("outside the rows naming " + lib.getKey(),
          c -> rowOf(c.getPackageName()) == null || !rowOf(c.getPackageName()).libraries().contains(lib.getKey()));
      EvaluationResult result = noClasses().that(elsewhere).and().resideInAPackage(ROOT + "..").should()
          .dependOnClassesThat().resideInAPackage(lib.getValue() + "..").evaluate(CLASSES);
      failures.addAll(result.getFailureReport().getDetails());
    }
    assertThat(failures).as("uses of a library outside the packages the README's table names for it").isEmpty();
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    EvaluationResult result = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().evaluate(CLASSES);
    assertThat(result.getFailureReport().getDetails()).as("cycles between packages").isEmpty();
  }

  /** The row of a Java package: the longest package name of the table that holds it, or null. */
  static Row rowOf(String javaPackage) {
    Row best = null;
    for (Row r : TABLE) {
      boolean holds = javaPackage.equals(r.javaPackage()) || javaPackage.startsWith(r.javaPackage() + ".");
      if (holds && (best == null || r.name().length() > best.name().length())) {
        best = r;
      }
    }
    return best;
  }

  private static DescribedPredicate<JavaClass> inRow(Row r) {
    return DescribedPredicate.describe("are in " + r.name(), c -> rowOf(c.getPackageName()) == r);
  }

  private static DescribedPredicate<JavaClass> descentOutside(Row r) {
    return DescribedPredicate.describe("are in a package of descent other than " + r.name() + " and "
        + String.join(", ", r.packages()), c -> {
          if (!c.getPackageName().startsWith(ROOT + ".")) {
            return false;
          }
          Row target = rowOf(c.getPackageName());
          return target != r && (target == null || !r.packages().contains(target.name()));
        });
  }

  /** The rows of the table under the README's heading "How the code is laid out". */
  static List<Row> table() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("README.md"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read README.md", e);
    }
    int start = lines.indexOf("## How the code is laid out");
    assertThat(start).as("the README's section \"How the code is laid out\"").isNotNegative();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| `")) {
        rows.add(row(line));
      }
    }
    assertThat(rows).as("rows of the layout table").isNotEmpty();
    return List.copyOf(rows);
  }

  private static Row row(String line) {
    String[] cells = line.split(" \\| ");
    String name = cells[0].substring(2).replace("`", "").strip();
    String mayUse = cells[cells.length - 1].replace("|", "").strip();
    String[] parts = mayUse.split(";", 2);
    Set<String> packages = new LinkedHashSet<>();
    String descent = parts[0].strip();
    boolean every = descent.equals("every package");
    if (!every && !descent.equals("nothing of descent")) {
      for (String p : descent.split(",")) {
        packages.add(p.replace("`", "").strip());
      }
    }
    Set<String> libraries = new LinkedHashSet<>();
    if (parts.length > 1) {
      for (String lib : parts[1].split(",")) {
        String l = lib.strip();
        assertThat(LIBRARIES).as("the library \"" + l + "\" of row " + name).containsKey(l);
        libraries.add(l);
      }
    }
    return new Row(name, Set.copyOf(packages), every, Set.copyOf(libraries));
  }
}
