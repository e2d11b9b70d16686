package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of usual mistakes: stable ids, one sentence each, and numbers put into their holes. */
class UsualMistakesTest {
  /**
   * Every id descent has ever written into a progress file or a homework report, in the catalogue's
   * order: an id may be added at the end of its group, never renamed or removed.
   */
  static final List<String> IDS = List.of("added-gradient", "forgot-learning-rate", "dropped-two", "gradient-sign",
      "derivative-sign", "one-step-too-few", "one-step-too-many", "other-criterion", "forgot-momentum",
      "averaged-velocity", "nesterov-gradient-at-x", "eps-inside-root", "eps-outside-root", "forgot-root",
      "forgot-one-minus-beta", "forgot-bias-correction", "bias-power-t-minus-1", "forgot-chain-rule-x", "error-sign",
      "used-p-hat", "forgot-sigmoid", "doubled-gradient", "summed-batch", "bias-not-updated",
      "diagonal-not-eigenvalues", "min-max-swapped", "inverted-condition", "eta-one-over-lambda-max",
      "eta-used-lambda-min", "eta-two-over-lambda-max", "eta-opt-without-two", "newton-forgot-inverse",
      "newton-plain-gradient", "bound-without-two", "bound-without-square", "schedule-k-minus-1", "schedule-k-plus-1",
      "cosine-without-half", "step-decay-without-floor", "inverse-not-sqrt", "clip-scale-inverted",
      "clipped-each-coordinate", "did-not-clip", "score-used-p", "score-used-one-minus-p", "score-unweighted");

  @Test
  void theIdsAreExactlyThoseProgressFilesAndReportsKeep() {
    assertThat(UsualMistakes.all()).extracting(UsualMistake::id).containsExactlyElementsOf(IDS);
  }

  @Test
  void eachMistakeHasOneSentenceAndAShortForm() {
    for (UsualMistake m : UsualMistakes.all()) {
      assertThat(m.sentence()).as(m.id()).endsWith(".").doesNotContain("{", "}", "  ");
      assertThat(Character.isUpperCase(m.sentence().charAt(0)) || Character.isDigit(m.sentence().charAt(0)))
          .as(m.id() + " starts a sentence").isTrue();
      assertThat(m.shortForm()).as(m.id()).isNotBlank().doesNotEndWith(".").hasSizeLessThanOrEqualTo(60);
      assertThat(Character.isLowerCase(m.shortForm().charAt(0)) || !Character.isLetter(m.shortForm().charAt(0)))
          .as(m.id() + "'s short form is a phrase").isTrue();
    }
  }

  @Test
  void anIdFindsItsEntryAndAnUnknownIdNone() {
    assertThat(UsualMistakes.byId("dropped-two")).isSameAs(UsualMistakes.DROPPED_TWO);
    assertThat(UsualMistakes.byId("dropped-three")).isNull();
  }

  @Test
  void theCataloguesSentenceNamesTheNumbersAndTheLearnersShowsThem() {
    assertThat(UsualMistakes.SCHEDULE_K_MINUS_1.sentence())
        .isEqualTo("That is the rate of step k - 1: the schedule counts the first update as k = 1.");
    assertThat(UsualMistakes.SCHEDULE_K_MINUS_1.at(3).sentence())
        .isEqualTo("That is the rate of step 3: the schedule counts the first update as k = 1.");
    // One number in two holes.
    assertThat(UsualMistakes.STEP_DECAY_WITHOUT_FLOOR.at(4).sentence())
        .isEqualTo("Step decay changes the rate only every 4 steps: the power is floor(k/4), a whole number.");
    // {tau=} shows its name in the catalogue and "tau = value" to the learner.
    assertThat(UsualMistakes.DID_NOT_CLIP.sentence()).isEqualTo("Its norm is ||g||, above tau, so it must be scaled down.");
    assertThat(UsualMistakes.DID_NOT_CLIP.with(5, 1.5).sentence())
        .isEqualTo("Its norm is 5, above tau = 1.5, so it must be scaled down.");
    assertThat(UsualMistakes.EPS_OUTSIDE_ROOT.naming("v").sentence())
        .isEqualTo("You added eps after the square root; in this form eps goes inside it: sqrt(v + eps).");
    assertThat(UsualMistakes.OTHER_CRITERION.with(0.01, "|w - 3| < 0.01").sentence()).isEqualTo("That counts until "
        + "the loss is within 0.01 of its minimum; the question asks for the distance |w - 3| < 0.01.");
  }

  @Test
  void aMistakeCarriesItsEntryItsWordsAndTheWrongAnswer() {
    Mistake m = UsualMistakes.ONE_STEP_TOO_FEW.at(2).inLastStep().of(new Value.Scalar(1.5));

    assertThat(m.id()).isEqualTo("one-step-too-few");
    assertThat(m.usual()).isSameAs(UsualMistakes.ONE_STEP_TOO_FEW);
    assertThat(m.message()).isEqualTo("That is step 2, one step too early: step 0 is the start, and each update adds "
        + "one. (in the last step)");
    assertThat(((Value.Scalar) m.value()).value()).isEqualTo(1.5);
  }

  @Test
  void anEntryWhoseSentenceLacksItsHolesIsRefused() {
    assertThatThrownBy(() -> new UsualMistake.AtStep("x", "x", "No step here."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 1 holes");
  }

  @Test
  void everyEntryIsUsedByAComputation() throws IOException, IllegalAccessException {
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/descent/problem"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        code.append(Files.readString(f));
      }
    }
    List<String> unused = new ArrayList<>();
    for (Field f : UsualMistakes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof UsualMistake m
          && !code.toString().contains("UsualMistakes." + f.getName())) {
        unused.add(m.id());
      }
    }
    assertThat(unused).as("entries no computation of problem/ names").isEmpty();
  }

  @Test
  void noIdOrShortFormIsWrittenOutsideTheCatalogue() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("UsualMistakes.java")).toList()) {
        String code = Files.readString(f);
        for (UsualMistake m : UsualMistakes.all()) {
          for (String words : List.of(m.id(), m.shortForm())) {
            if (code.contains("\"" + words + "\"")) {
              found.computeIfAbsent(f.toString(), k -> new ArrayList<>()).add(words);
            }
          }
        }
      }
    }
    assertThat(found).as("ids and short forms written again outside check/UsualMistakes.java").isEmpty();
  }
}
