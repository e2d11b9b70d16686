package dev.descent.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  private static final String HOME = "/home/ada";

  @Test
  void theOptionWinsOverEveryVariable() {
    Map<String, String> env = Map.of("DESCENT_DATA_DIR", "/env/descent", "XDG_DATA_HOME", "/xdg");
    assertThat(DataDirectory.resolve(Path.of("/opt/data"), env, HOME)).isEqualTo(Path.of("/opt/data"));
  }

  @Test
  void descentDataDirWinsOverXdgDataHome() {
    Map<String, String> env = Map.of("DESCENT_DATA_DIR", "/env/descent", "XDG_DATA_HOME", "/xdg");
    assertThat(DataDirectory.resolve(null, env, HOME)).isEqualTo(Path.of("/env/descent"));
  }

  @Test
  void xdgDataHomeGetsADescentSubdirectory() {
    assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), HOME)).isEqualTo(Path.of("/xdg/descent"));
  }

  @Test
  void withoutVariablesTheDataLivesUnderLocalShare() {
    assertThat(DataDirectory.resolve(null, Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.local/share/descent"));
  }

  @Test
  void anEmptyXdgDataHomeCountsAsUnset() {
    assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", ""), HOME))
        .isEqualTo(Path.of("/home/ada/.local/share/descent"));
  }

  @Test
  void aRelativeXdgDataHomeIsIgnoredAsTheSpecSays() {
    assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "data"), HOME))
        .isEqualTo(Path.of("/home/ada/.local/share/descent"));
  }

  @Test
  void aBlankDescentDataDirCountsAsUnset() {
    assertThat(DataDirectory.resolve(null, Map.of("DESCENT_DATA_DIR", " ", "XDG_DATA_HOME", "/xdg"), HOME))
        .isEqualTo(Path.of("/xdg/descent"));
  }

  @Test
  void withoutAHomeParameterTheJvmsHomeIsUsed() {
    assertThat(DataDirectory.resolve(null, Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "descent"));
  }
}
