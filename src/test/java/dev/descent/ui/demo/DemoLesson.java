package dev.descent.ui.demo;

import dev.descent.course.Block;
import dev.descent.course.LessonInfo;
import dev.descent.course.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A demo lesson: its list entry, pages and questions by id. */
record DemoLesson(LessonInfo info, List<Page> pages, Map<String, DemoQuestion> questions) {

  /** Builds a lesson from pages whose questions are listed in {@code questions}. */
  static DemoLesson of(String id, String title, String summary, List<Page> pages, List<DemoQuestion> questions) {
    Map<String, DemoQuestion> byId = new LinkedHashMap<>();
    for (DemoQuestion q : questions) {
      byId.put(q.question().id(), q);
    }
    return new DemoLesson(new LessonInfo(id, title, summary, false, pages.size(), byId.size()), pages, byId);
  }

  /** A page of paragraphs and blocks. */
  static Page page(String title, Object... parts) {
    List<Block> blocks = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof String s) {
        blocks.add(new Block.Paragraph(s, s.startsWith("    ")));
      } else if (p instanceof DemoQuestion q) {
        blocks.add(new Block.Ask(q.question()));
      } else {
        blocks.add((Block) p);
      }
    }
    return new Page(title, blocks);
  }
}
