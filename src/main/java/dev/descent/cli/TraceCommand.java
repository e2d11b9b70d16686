package dev.descent.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.Optimizer;
import dev.descent.engine.optim.HyperParameter;
import dev.descent.engine.optim.OptimizerForm;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Trajectory;
import dev.descent.render.JsonOutput;
import dev.descent.render.TableOptions;
import dev.descent.render.TrajectoryCsv;
import dev.descent.render.TrajectoryTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code descent trace}: runs an optimizer on a function and prints every step. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run an optimizer on a function and print its trajectory: each step's point, loss and "
        + "gradient, and on request the optimizer's state and the learning rate.",
        "", "Example: descent trace --f \"w^2-4w+5\" --start w=0 --eta 0.3 --steps 8"})
final class TraceCommand implements Callable<Integer> {
  /** Table output keeps its rows to align them; past this many, use --every or a streamed format. */
  static final int MAX_TABLE_ROWS = 100_000;
  private static final int CHUNK = 1000;

  CommandSpec spec;

  /** Picocli's model of this command; the help's footer is written here, from the catalogues. */
  @Spec
  void spec(CommandSpec spec) {
    this.spec = spec;
    spec.usageMessage().footer(TraceHelp.footer().toArray(String[]::new));
  }

  @Option(names = {"--f", "-f", "--function"}, required = true, paramLabel = "EXPR",
      description = "The function to minimize, e.g. \"w^2-4w+5\" or \"5x^2 + 13y^2\".")
  String function;

  @Option(names = "--start", required = true, paramLabel = "POINT",
      description = "The start, e.g. w=0 or x=1,y=2; the order of the variables is the order of the columns.")
  List<String> start = new ArrayList<>();

  @Option(names = "--eta", required = true, paramLabel = "ETA", description = "The learning rate (base rate of a schedule).")
  String eta;

  @Option(names = "--steps", defaultValue = "10", paramLabel = "N", description = "How many steps (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--optimizer", defaultValue = "gd", paramLabel = "NAME",
      completionCandidates = CourseIds.OptimizerNames.class,
      description = "The update rule (default ${DEFAULT-VALUE}); the forms and their settings are listed below.")
  String optimizer;

  @Option(names = "--beta", paramLabel = "B", description = "beta of momentum, nesterov and rmsprop (default 0.9).")
  String beta;

  @Option(names = "--beta1", paramLabel = "B1", description = "beta1 of the Adam forms (default 0.9).")
  String beta1;

  @Option(names = "--beta2", paramLabel = "B2", description = "beta2 of the Adam forms (default 0.999).")
  String beta2;

  @Option(names = "--eps", paramLabel = "E", description = "eps of the AdaGrad, RMSProp and Adam forms (default 1e-8).")
  String eps;

  @Option(names = "--mu", paramLabel = "MU", description = "mu of heavy-ball and momentum-velocity (default 0.9).")
  String mu;

  @Option(names = "--weight-decay", paramLabel = "L", description = "lambda, the weight decay of adamw (default 0.01).")
  String weightDecay;

  @Option(names = "--clip", paramLabel = "TAU", description = "Clip the gradient to norm TAU when it is longer.")
  String clip;

  @Option(names = "--schedule", defaultValue = "constant", paramLabel = "SPEC",
      description = "The learning-rate schedule (default ${DEFAULT-VALUE}); see below.")
  String schedule;

  @Option(names = "--state", description = "Show the optimizer's state (v, G, m, m_hat, ...) and each step's rate.")
  boolean state;

  @Option(names = "--plot", description = "Add plots of the loss and of each coordinate against the step.")
  boolean plot;

  @Option(names = "--every", defaultValue = "1", paramLabel = "N", description = "Print every N-th step (and the last).")
  int every;

  @Option(names = "--digits", defaultValue = "10", paramLabel = "D", description = "Significant digits in tables (default ${DEFAULT-VALUE}).")
  int digits;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, csv or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    return run(spec.commandLine().getOut());
  }

  /** Prints the trajectory to {@code out}; the exit code. */
  int run(PrintWriter out) throws IOException {
    Run run = run();
    if (every < 1) {
      throw new DescentException("--every must be 1 or more, got " + every);
    }
    DigitsOption.check(digits);
    switch (format) {
      case json -> json(run, out);
      case csv -> csv(run, out);
      default -> table(run, out);
    }
    out.flush();
    return Main.OK;
  }

  /** The run these options describe. */
  Run run() {
    Expression e = FunctionOption.parse("--f", function);
    Map<String, Double> at = PointOption.parse("--start", start);
    Objective f = e.bind(PointOption.names(at));
    Optimizer opt = OptimizerForm.named(optimizer).make(settings());
    Clipping clipping = clip == null ? Clipping.none() : new Clipping(PointOption.number("--clip", clip));
    return new Run(f, PointOption.values(at), opt, PointOption.number("--eta", eta), Schedule.parse(schedule, steps),
        clipping, steps);
  }

  /** The optimizer settings given on the command line, by key ({@code beta1}, {@code weight_decay}, …). */
  Map<String, Double> settings() {
    Map<String, String> given = new java.util.LinkedHashMap<>();
    given.put("beta", beta);
    given.put("beta1", beta1);
    given.put("beta2", beta2);
    given.put("eps", eps);
    given.put("mu", mu);
    given.put("weight_decay", weightDecay);
    OptimizerForm form = OptimizerForm.named(optimizer);
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      if (e.getValue() != null) {
        HyperParameter p = HyperParameter.named(e.getKey()).orElseThrow();
        if (!form.parameters().contains(p)) {
          throw new DescentException(p.option() + ": " + form.id() + " has no setting " + p.key() + " ("
              + (form.parameters().isEmpty() ? "it takes none besides --eta" : "it takes " + options(form)) + ")");
        }
        double value = PointOption.number(p.option(), e.getValue());
        try {
          out.put(e.getKey(), p.check(value));
        } catch (DescentException bad) {
          throw new DescentException(p.option() + ": " + bad.getMessage());
        }
      }
    }
    return out;
  }

  private static String options(OptimizerForm form) {
    List<String> out = new ArrayList<>();
    for (HyperParameter p : form.parameters()) {
      out.add(p.option());
    }
    return String.join(", ", out);
  }

  private boolean showEta(Run run) {
    return state || !(run.schedule() instanceof Schedule.Constant);
  }

  private TableOptions options(Run run) {
    String loss = run.f().dimension() == 1 ? "L(" + run.f().variables().get(0) + ")" : "f";
    String gradPrefix = run.f().dimension() == 1 ? "dL/d" : "df/d";
    return TableOptions.defaults().withDigits(digits).withLossHeader(loss, gradPrefix).withState(state)
        .withEta(showEta(run)).withClipped(run.clipping().isOn());
  }

  private void table(Run run, PrintWriter out) {
    long shown = run.steps() / every + 2;
    if (shown > MAX_TABLE_ROWS) {
      throw new DescentException("a table of " + shown + " rows is too long to align; add --every N or use "
          + "--format csv or json, which stream");
    }
    List<Row> rows = new ArrayList<>();
    Trajectory.Streamed streamed = EveryStep.stream(run, every, rows::add);
    for (String line : Header.lines(run)) {
      out.println(line);
    }
    out.println();
    TableOptions o = options(run);
    for (String line : TrajectoryTable.lines(rows, run.f().variables(), o)) {
      out.println(line);
    }
    streamed.ending().ifPresent(e -> out.println(e.message()));
    if (plot) {
      Trajectory t = new Trajectory(run, rows, streamed.ending());
      for (String line : Plots.of(t, o.width())) {
        out.println(line);
      }
    }
  }

  private void csv(Run run, PrintWriter out) {
    TableOptions o = options(run);
    List<Row> chunk = new ArrayList<>();
    boolean[] header = {true};
    EveryStep.stream(run, every, row -> {
      chunk.add(row);
      if (chunk.size() == CHUNK) {
        flushCsv(chunk, run, o, out, header);
      }
    });
    flushCsv(chunk, run, o, out, header);
  }

  private static void flushCsv(List<Row> chunk, Run run, TableOptions o, PrintWriter out, boolean[] header) {
    if (chunk.isEmpty()) {
      return;
    }
    List<String> lines = TrajectoryCsv.lines(chunk, run.f().variables(), o);
    for (int i = header[0] ? 0 : 1; i < lines.size(); i++) {
      out.println(lines.get(i));
    }
    header[0] = false;
    chunk.clear();
  }

  private void json(Run run, PrintWriter out) throws IOException {
    JsonGenerator g = JsonOutput.generator(out);
    List<String> vars = run.f().variables();
    g.writeStartObject();
    g.writeStringField("function", run.f().text());
    g.writeStringField("optimizer", run.optimizer().name());
    g.writeObjectFieldStart("params");
    g.writeNumberField("eta", run.eta());
    g.writeNumberField("steps", run.steps());
    g.writeStringField("schedule", run.schedule().spec());
    if (run.clipping().isOn()) {
      g.writeNumberField("clip", run.clipping().tau());
    } else {
      g.writeNullField("clip");
    }
    for (var p : run.optimizer().hyperparameters().entrySet()) {
      g.writeNumberField(p.getKey(), p.getValue());
    }
    g.writeFieldName("start");
    point(g, vars, run.start());
    g.writeEndObject();
    g.writeArrayFieldStart("rows");
    boolean withEta = showEta(run);
    Trajectory.Streamed streamed = EveryStep.stream(run, every,
        row -> writeRow(g, vars, row, withEta, run.clipping().isOn()));
    g.writeEndArray();
    if (streamed.divergedAt().isPresent()) {
      g.writeNumberField("diverged", streamed.divergedAt().getAsInt());
      g.writeStringField("divergence", streamed.divergence());
    } else {
      g.writeNullField("diverged");
    }
    var refused = streamed.ending().filter(e -> !e.diverged());
    if (refused.isPresent()) {
      g.writeNumberField("stopped", refused.get().step());
      g.writeStringField("stop", refused.get().message());
    } else {
      g.writeNullField("stopped");
    }
    g.writeEndObject();
    g.flush();
    out.println();
  }

  private void writeRow(JsonGenerator g, List<String> vars, Row row, boolean withEta, boolean withClip) {
    try {
      g.writeStartObject();
      g.writeNumberField("step", row.step());
      g.writeFieldName("point");
      point(g, vars, row.point());
      g.writeNumberField("loss", row.loss());
      g.writeFieldName("grad");
      point(g, vars, row.gradient());
      if (withEta) {
        if (row.isStart()) {
          g.writeNullField("eta");
        } else {
          g.writeNumberField("eta", row.eta());
        }
      }
      if (withClip) {
        g.writeBooleanField("clipped", row.clipped());
      }
      if (state && !row.stateNames().isEmpty()) {
        g.writeObjectFieldStart("state");
        for (String name : row.stateNames()) {
          g.writeFieldName(name);
          point(g, vars, row.state(name));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void point(JsonGenerator g, List<String> vars, double[] x) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < vars.size(); i++) {
      g.writeNumberField(vars.get(i), x[i] + 0.0);
    }
    g.writeEndObject();
  }
}
