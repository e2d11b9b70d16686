package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's unexpected error ends the same way: the stack trace in the error log, one line on screen, exit 3. */
class CrashPolicyTest {
  @TempDir Path data;

  /** Standard input that breaks in a way descent never expects, as a bug would. */
  private static final InputStream BROKEN = new InputStream() {
    @Override
    public int read() {
      throw new IllegalStateException("boom");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      throw new IllegalStateException("boom");
    }
  };

  private int run(StringWriter out, StringWriter err, String... args) {
    Console console = new Console(BROKEN, false, Map.of("DESCENT_DATA_DIR", data.toString()));
    return Commands.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), console);
  }

  @Test
  void anUnexpectedErrorOfAQuickCommandGoesToTheLogInTheDataFolder() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "check", "-")).isEqualTo(Main.INTERNAL);
    Path log = data.resolve("descent-errors.log");
    assertThat(err.toString().strip()).isEqualTo("descent stopped after an unexpected error; the details are in " + log);
    assertThat(out.toString() + err).doesNotContain("\tat ", "IllegalStateException");
    assertThat(Files.readString(log)).contains("descent check -", "IllegalStateException: boom", "\tat ");
  }

  @Test
  void anUnexpectedErrorOfACommandPicocliRunsGoesToTheLogToo() throws IOException {
    StringWriter err = new StringWriter();
    // "--" is left to picocli, which then runs check itself
    assertThat(run(new StringWriter(), err, "check", "--", "-")).isEqualTo(Main.INTERNAL);
    assertThat(err.toString()).contains("the details are in").doesNotContain("\tat ");
    assertThat(Files.readString(data.resolve("descent-errors.log"))).contains("descent check -- -",
        "IllegalStateException: boom");
  }
}
