package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextTableTest {

  private static final Column STEP = Column.of("step", List.of("0", "1"));

  /** A column ten characters wide: with the gap it needs twelve. */
  private static Column tenWide(String header) {
    return Column.of(header, List.of("1234567890", "-1"));
  }

  @Test
  void columnsAreRightAlignedUnderRightAlignedHeaders() {
    assertThat(TextTable.lines(STEP, List.of(Column.of("w", List.of("1.2", "-10"))), 80))
        .containsExactly("step    w", "----  ---", "   0  1.2", "   1  -10");
  }

  @Test
  void columnsThatFitExactlyStayInOnePanel() {
    // 4 + 3 * 12 = 40
    assertThat(TextTable.lines(STEP, List.of(tenWide("a"), tenWide("b"), tenWide("c")), 40)).hasSize(4);
  }

  @Test
  void oneColumnTooManyStartsASecondPanelAfterABlankLine() {
    assertThat(TextTable.lines(STEP, List.of(tenWide("a"), tenWide("b"), tenWide("c"), tenWide("d")), 40))
        .containsExactly(
            "step           a           b           c",
            "----  ----------  ----------  ----------",
            "   0  1234567890  1234567890  1234567890",
            "   1          -1          -1          -1",
            "",
            "step           d",
            "----  ----------",
            "   0  1234567890",
            "   1          -1");
  }

  @Test
  void groupLabelsStandOverTheirColumns() {
    List<Column> columns = List.of(new Column("gd", "w", List.of("1", "2")), new Column("gd", "L", List.of("3", "4")),
        new Column("adam", "w", List.of("5", "6")));
    assertThat(TextTable.lines(STEP, columns, 80)).startsWith("      gd    adam", "step  w  L     w");
  }

  @Test
  void aGroupMovesWholeToTheNextPanelWhenItFitsThere() {
    List<Column> columns = List.of(new Column("one", "a", List.of("1234567890", "0")),
        new Column("one", "b", List.of("1234567890", "0")), new Column("two", "c", List.of("1234567890", "0")),
        new Column("two", "d", List.of("1234567890", "0")));
    // 4 + 12 + 12 fits 40, but group two needs 24 more, so it moves whole
    assertThat(TableText.panels(TextTable.lines(STEP, columns, 40))).isEqualTo(2);
  }

  @Test
  void longHeadersAreCutToTheRoomThereIs() {
    List<String> lines = TextTable.lines(STEP, List.of(Column.of("x".repeat(50), List.of("1", "2"))), 40);
    assertThat(lines.get(0)).hasSize(40).endsWith("~");
  }

  @Test
  void columnsOfDifferentLengthsAreRejected() {
    assertThatThrownBy(() -> TextTable.lines(STEP, List.of(Column.of("w", List.of("1"))), 80))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Tables of 1 to 30 columns of cells 1 to 24 wide, some grouped, against widths 40 to 120, from a fixed seed. */
  static Stream<Object[]> randomTables() {
    Random random = new Random(42L);
    return Stream.generate(() -> {
      List<Column> columns = new ArrayList<>();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        String group = random.nextBoolean() ? "run " + (i / 3) : "";
        columns.add(new Column(group, "h" + i, List.of("9".repeat(1 + random.nextInt(24)), "1")));
      }
      return new Object[] {columns, 40 + random.nextInt(81)};
    }).limit(100);
  }

  @ParameterizedTest
  @MethodSource("randomTables")
  void everyLineFitsTheWidth(List<Column> columns, int width) {
    assertThat(TextTable.lines(STEP, columns, width)).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(width));
  }

  @ParameterizedTest
  @MethodSource("randomTables")
  void everyColumnAppearsInExactlyOnePanel(List<Column> columns, int width) {
    assertThat(TextTable.lines(STEP, columns, width).stream().filter(l -> l.startsWith("step"))
        .mapToLong(l -> l.split("\\s+").length - 1).sum()).isEqualTo(columns.size());
  }
}
