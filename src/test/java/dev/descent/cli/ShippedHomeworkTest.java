package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped SGD homework end to end: a student reads their numbers off the sheet, works every answer
 * with the formulas of the course notes (lesson 3: ŷ = w·x, error ŷ − y, gradient (ŷ − y)·x, w − η·gradient;
 * p̂ = σ(w·x) and log-loss for logistic regression; the mini-batch gradient is the mean; the variance of one
 * example's gradient around the mean, and σ/√B for a batch of B drawn with replacement), writes the answer file
 * by hand, and {@code descent check} finds every answer right.
 */
class ShippedHomeworkTest {
  @TempDir Path dir;

  private static double[] numbers(Pattern p, String sheet) {
    Matcher m = p.matcher(sheet);
    assertThat(m.find()).as("numbers in the sheet:%n%s", sheet).isTrue();
    double[] out = new double[m.groupCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Double.parseDouble(m.group(i + 1).replace('−', '-'));
    }
    return out;
  }

  /** A number as the sheet prints it, with the minus sign of print. */
  private static final String N = "(−?[0-9.]+)";

  @ParameterizedTest
  @ValueSource(strings = {"alice", "bob", "carol", "s1234567"})
  void answersWorkedFromTheSheetsNumbersAreAllRight(String student) throws IOException {
    String sheet = Cli.run("homework", "sgd-homework", "--student", student).out().replaceAll("\\s+", " ");
    double[] p1 = numbers(Pattern.compile("Weight w = " + N + ", example x = " + N + ", y = " + N
        + ", learning rate η = " + N + "\\."), sheet);
    double[] p2 = numbers(Pattern.compile("Weight w = " + N + ", example x = " + N + ", label y = " + N
        + ", learning rate η = " + N + "\\."), sheet);
    double[] p3 = numbers(Pattern.compile("Weight w = " + N + ", η = " + N + ", and the mini-batch \\(x, y\\) = \\("
        + N + ", " + N + "\\), \\(" + N + ", " + N + "\\), \\(" + N + ", " + N + "\\)\\."), sheet);
    double[] p5 = numbers(Pattern.compile("four examples \\(x, y\\) = \\(" + N + ", " + N + "\\), \\(" + N + ", " + N + "\\), \\("
        + N + ", " + N + "\\), \\(" + N + ", " + N + "\\), the linear model .*? at w = " + N
        + "\\. A mini-batch of B = " + N + " examples"), sheet);

    StringBuilder file = new StringBuilder("set: sgd-homework\nstudent: " + student + "\n# worked by hand\n");
    // Linear step.
    double w = p1[0], x = p1[1], y = p1[2], eta = p1[3];
    double err = w * x - y;
    double neww = w - eta * err * x;
    file.append("p1.pred = ").append(w * x).append('\n').append("p1.err = ").append(err).append('\n')
        .append("p1.grad = ").append(err * x).append('\n').append("p1.neww = ").append(neww).append('\n')
        .append("p1.after = ").append(0.5 * Math.pow(neww * x - y, 2)).append('\n');
    // Logistic step.
    double lw = p2[0], lx = p2[1], ly = p2[2], leta = p2[3];
    double phat = 1 / (1 + Math.exp(-lw * lx));
    file.append("p2.phat = ").append(phat).append('\n').append("p2.err = ").append(phat - ly).append('\n')
        .append("p2.grad = ").append((phat - ly) * lx).append('\n')
        .append("p2.neww = ").append(lw - leta * (phat - ly) * lx).append('\n')
        .append("p2.loss = ").append(ly == 1 ? -Math.log(phat) : -Math.log(1 - phat)).append('\n');
    // Mini-batch step: each gradient at the same w, then their mean.
    double bw = p3[0], beta = p3[1];
    double[] g = new double[3];
    for (int i = 0; i < 3; i++) {
      g[i] = (bw * p3[2 + 2 * i] - p3[3 + 2 * i]) * p3[2 + 2 * i];
    }
    double mean = (g[0] + g[1] + g[2]) / 3;
    double bnew = bw - beta * mean;
    double after = 0;
    for (int i = 0; i < 3; i++) {
      after += 0.5 * Math.pow(bnew * p3[2 + 2 * i] - p3[3 + 2 * i], 2) / 3;
    }
    file.append("p3.grads = (").append(g[0]).append(", ").append(g[1]).append(", ").append(g[2]).append(")\n")
        .append("p3.mean = ").append(mean).append('\n').append("p3.neww = ").append(bnew).append('\n')
        .append("p3.after = ").append(after).append('\n');
    // Concepts: an unbiased but noisy estimate (c); both gradients are (prediction − y)·x (d).
    file.append("p4.unbiased = c\np4.same = d\n");
    // Noise: the four gradients at w, their mean, the mean squared deviation, σ/√B, and 9B for a third.
    double nw = p5[8];
    double nb = p5[9];
    double[] ng = new double[4];
    for (int i = 0; i < 4; i++) {
      ng[i] = (nw * p5[2 * i] - p5[2 * i + 1]) * p5[2 * i];
    }
    double full = (ng[0] + ng[1] + ng[2] + ng[3]) / 4;
    double var = 0;
    for (double gi : ng) {
      var += (gi - full) * (gi - full) / 4;
    }
    file.append("p5.grads = (").append(ng[0]).append(", ").append(ng[1]).append(", ").append(ng[2]).append(", ")
        .append(ng[3]).append(")\n").append("p5.full = ").append(full).append('\n').append("p5.var = ").append(var)
        .append('\n').append("p5.sd = ").append(Math.sqrt(var / nb)).append('\n').append("p5.third = ")
        .append(9 * nb).append('\n');
    Path answers = dir.resolve(student + "-sgd-homework.txt");
    Files.writeString(answers, file, StandardCharsets.UTF_8);

    Cli r = Cli.run("check", answers.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("Total: 25 of 25 points. 21 right.");
  }
}
