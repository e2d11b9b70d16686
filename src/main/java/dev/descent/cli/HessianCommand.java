package dev.descent.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.engine.Objective;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.expr.Expression;
import dev.descent.render.CurvatureReport;
import dev.descent.render.JsonOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code descent hessian}: the curvature of a function at a point. */
@Command(name = "hessian", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print a function's value, gradient and Hessian at a point, the Hessian's eigenvalues, "
        + "the condition number, and for a positive-definite Hessian the stable step range and the best "
        + "fixed step of gradient descent.",
        "", "Example: descent hessian --f \"5x^2+13y^2\" --at x=0,y=0"},
    footer = {"", "kappa = lambda_max/lambda_min; gradient descent is stable for eta < 2/lambda_max and fastest "
        + "at eta* = 2/(lambda_min + lambda_max). These hold exactly for a quadratic and near the point "
        + "otherwise; they are left out (null in JSON) when the Hessian is not positive definite."})
final class HessianCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"--f", "-f", "--function"}, required = true, paramLabel = "EXPR",
      description = "The function, e.g. \"5x^2 + 13y^2\".")
  String function;

  @Option(names = "--at", required = true, paramLabel = "POINT",
      description = "The point, e.g. x=0,y=0; its order is the order of the Hessian's rows and columns.")
  List<String> at = new java.util.ArrayList<>();

  @Option(names = "--digits", defaultValue = "10", paramLabel = "D", description = "Significant digits (default ${DEFAULT-VALUE}).")
  int digits;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    return run(spec.commandLine().getOut());
  }

  /** Prints the curvature to {@code out}; the exit code. */
  int run(PrintWriter out) throws IOException {
    DigitsOption.check(digits);
    Expression e = FunctionOption.parse("--f", function);
    Map<String, Double> point = PointOption.parse("--at", at);
    List<String> vars = PointOption.names(point);
    Objective f = e.bind(vars);
    Curvature c = Curvature.at(f, PointOption.values(point));
    if (format == OutputFormat.json) {
      out.println(json(vars, c));
    } else if (format == OutputFormat.csv) {
      throw new dev.descent.engine.DescentException("hessian prints a table or json, not csv");
    } else {
      for (String line : CurvatureReport.lines(f.text(), vars, c, digits)) {
        out.println(line);
      }
    }
    out.flush();
    return Main.OK;
  }

  static String json(List<String> vars, Curvature c) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(w)) {
      g.writeStartObject();
      g.writeFieldName("point");
      byName(g, vars, c.point());
      g.writeNumberField("value", c.value() + 0.0);
      g.writeFieldName("gradient");
      byName(g, vars, c.gradient());
      g.writeArrayFieldStart("hessian");
      for (double[] row : c.hessian()) {
        g.writeStartArray();
        for (double v : row) {
          g.writeNumber(v + 0.0);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("eigenvalues");
      for (double v : c.eigenvalues()) {
        g.writeNumber(v + 0.0);
      }
      g.writeEndArray();
      optional(g, "condition", c.condition());
      optional(g, "eta_max", c.etaMax());
      optional(g, "eta_opt", c.etaOpt());
      g.writeStringField("definiteness", c.definiteness().name().toLowerCase(java.util.Locale.ROOT));
      if (!c.isPositiveDefinite()) {
        g.writeStringField("note", c.whyUndefined());
      }
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void byName(JsonGenerator g, List<String> vars, double[] v) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < vars.size(); i++) {
      g.writeNumberField(vars.get(i), v[i] + 0.0);
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }
}
