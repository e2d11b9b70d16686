package dev.descent.check;

/**
 * A usual mistake of the catalogue in one variant: the entry ({@link UsualMistake}), the sentence the
 * learner reads with this variant's numbers, and the answer the wrong rule leads to. Made by
 * {@link UsualMistake.Wording#of}, so that every sentence comes from the catalogue.
 */
public record Mistake(UsualMistake usual, String message, Value value) {

  /** The mistake's id, as progress files and homework reports keep it. */
  public String id() {
    return usual.id();
  }
}
