package dev.descent.render;

import dev.descent.engine.optim.Trajectory;

/** A run with the name it goes by in a comparison, such as {@code momentum}. */
public record NamedTrajectory(String name, Trajectory trajectory) {

  public NamedTrajectory {
    if (name == null || name.isBlank() || trajectory == null) {
      throw new IllegalArgumentException("a compared run needs a name and a trajectory");
    }
  }
}
