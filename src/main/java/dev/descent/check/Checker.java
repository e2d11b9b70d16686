package dev.descent.check;

import dev.descent.check.input.AnswerFormatException;
import dev.descent.check.input.AnswerReader;
import dev.descent.course.Feedback;
import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a typed answer against the engine's answer: right, a named usual mistake, right but for
 * the sign or a power of ten, close but not close enough, or wrong; text that cannot be read gets
 * a reply saying why, and any text at all gets a reply, never an exception.
 */
public final class Checker {
  /** The detail of a wrong answer when nothing more can be said; front ends without hints leave it out. */

  private Checker() {}

  /** The verdict on {@code typed} for a question that is not a table. */
  public static Feedback check(Asked q, Answer answer, List<Mistake> mistakes, String typed) {
    Typed value;
    try {
      value = read(q, answer, typed);
    } catch (AnswerFormatException e) {
      return unreadable(e.getMessage());
    } catch (DescentException e) {
      return unreadable(e.getMessage());
    }
    if (value.matches(answer, q.tolerance())) {
      return new Feedback(Feedback.Verdict.RIGHT, "Right.", List.of(), null, 1, List.of());
    }
    for (Mistake m : mistakes) {
      if (m.value().getClass() == answer.getClass() && !Matching.same(m.value(), answer, q.tolerance())
          && value.matches(m.value(), q.tolerance())) {
        return new Feedback(Feedback.Verdict.WRONG, "Not right.", List.of(m.message()), m.id(), 0, List.of());
      }
    }
    // What to do next (a hint, the solution) is the front end's to say: its keys differ.
    List<String> details = new ArrayList<>(value.diagnose(answer, q.tolerance()));
    return new Feedback(Feedback.Verdict.WRONG, "Not right.", details, null, 0, List.of());
  }

  /** A reply for text that is not an answer of the asked kind. */
  public static Feedback unreadable(String why) {
    return new Feedback(Feedback.Verdict.UNREADABLE, "Could not read the answer.", List.of(why), null, 0, List.of());
  }

  private static Typed read(Asked q, Answer answer, String typed) {
    return switch (q.kind()) {
      case NUMBER -> new Typed.Number(AnswerReader.number(typed));
      case VECTOR -> {
        Answer.Vector v = (Answer.Vector) answer;
        yield new Typed.Vector(v.names().size() == v.values().length && !v.names().isEmpty()
            ? AnswerReader.vector(typed, v.names()) : AnswerReader.vector(typed, v.values().length));
      }
      case MATRIX -> {
        double[][] m = ((Answer.Matrix) answer).values();
        yield new Typed.Matrix(AnswerReader.matrix(typed, m.length, m.length == 0 ? 0 : m[0].length));
      }
      case EXPRESSION -> new Typed.Function(AnswerReader.expression(typed, ((Answer.Function) answer).variables()));
      case CHOICE -> new Typed.Choice(AnswerReader.choices(typed, q.options(), q.multiple()));
      case TABLE -> throw new DescentException("a table is answered row by row");
    };
  }

  /** A typed answer, read as the kind of value the question asks for. */
  private sealed interface Typed permits Typed.Number, Typed.Vector, Typed.Matrix, Typed.Function, Typed.Choice {
    boolean matches(Answer a, Tolerance t);

    List<String> diagnose(Answer a, Tolerance t);

    record Number(double value) implements Typed {
      @Override public boolean matches(Answer a, Tolerance t) {
        return a instanceof Answer.Scalar s && Matching.scalar(value, s.value(), t);
      }

      @Override public List<String> diagnose(Answer a, Tolerance t) {
        Optional<String> why = NumberDiagnosis.explain(value, ((Answer.Scalar) a).value(), t);
        return why.map(List::of).orElse(List.of());
      }
    }

    record Vector(double[] values) implements Typed {
      @Override public boolean matches(Answer a, Tolerance t) {
        return a instanceof Answer.Vector v && Matching.vector(values, v.values(), t);
      }

      @Override public List<String> diagnose(Answer a, Tolerance t) {
        Answer.Vector v = (Answer.Vector) a;
        List<String> out = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < values.length; i++) {
          if (t.accepts(values[i], v.values()[i])) {
            right++;
          } else {
            String name = v.names().size() > i ? v.names().get(i) : "component " + (i + 1);
            NumberDiagnosis.explain(values[i], v.values()[i], t).ifPresent(s -> out.add(name + ": " + s));
          }
        }
        if (right > 0) {
          out.add(0, right + " of " + values.length + " components are right.");
        }
        return out;
      }
    }

    record Matrix(double[][] values) implements Typed {
      @Override public boolean matches(Answer a, Tolerance t) {
        return a instanceof Answer.Matrix m && Matching.matrix(values, m.values(), t);
      }

      @Override public List<String> diagnose(Answer a, Tolerance t) {
        double[][] m = ((Answer.Matrix) a).values();
        int right = 0;
        int all = 0;
        for (int i = 0; i < m.length; i++) {
          for (int j = 0; j < m[i].length; j++) {
            all++;
            if (t.accepts(values[i][j], m[i][j])) {
              right++;
            }
          }
        }
        return right > 0 ? List.of(right + " of " + all + " entries are right.") : List.of();
      }
    }

    record Function(Expression typed) implements Typed {
      @Override public boolean matches(Answer a, Tolerance t) {
        return a instanceof Answer.Function f && Matching.function(typed, f, t);
      }

      @Override public List<String> diagnose(Answer a, Tolerance t) {
        Answer.Function f = (Answer.Function) a;
        double[] at = f.centre();
        double want = f.function().applyAsDouble(at);
        double got = typed.bind(f.variables()).value(at);
        return List.of("At " + Numbers.assignments(f.variables(), at) + " your expression gives " + Numbers.format(got)
            + "; the right one gives " + Numbers.format(want) + ".");
      }
    }

    record Choice(Set<String> ids) implements Typed {
      @Override public boolean matches(Answer a, Tolerance t) {
        return a instanceof Answer.Choice c && Matching.choice(ids, c.ids());
      }

      @Override public List<String> diagnose(Answer a, Tolerance t) {
        Set<String> right = ((Answer.Choice) a).ids();
        if (right.size() > 1 && right.containsAll(ids)) {
          return List.of("Those are right, but there are more.");
        }
        return List.of();
      }
    }
  }
}
