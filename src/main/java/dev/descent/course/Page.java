package dev.descent.course;

import java.util.List;

/** One page of a lesson, in reading order. */
public record Page(String title, List<Block> blocks) {
  public Page {
    blocks = List.copyOf(blocks);
  }
}
