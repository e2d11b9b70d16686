package dev.descent.session;

/**
 * A small lesson an author might be writing, for the preview's tests: a text page, an optional inserted page,
 * a problem page with one question (w after one step of gradient descent on (w − 3)² from w = 0, so
 * w₁ = 0 − η·2·(0 − 3) = 6η) and a last text page.
 */
public final class DraftLesson {
  private DraftLesson() {}

  /** The lesson with η = 0.1 (w₁ = 0.6), {@code extraPage} (a page and a comma, or "") before the problem. */
  public static String text(String extraPage, String prompt) {
    return text(extraPage, prompt, "0.1");
  }

  /** The lesson with {@code eta} as the value of the variable η (a number, or a form such as a choose). */
  public static String text(String extraPage, String prompt, String eta) {
    return """
        {
          "format": 1, "kind": "lesson", "id": "draft", "title": "A draft",
          "pages": [
            { "type": "text", "title": "Alpha", "text": ["The first page."] },
            %s
            { "type": "problem", "id": "p1", "title": "Second",
              "text": ["L(w) = (w - 3)^2 from w = 0 at eta = {eta}."],
              "variables": { "eta": %s },
              "with": { "f": "(w-3)^2", "start": { "w": 0 }, "eta": "eta" },
              "questions": [
                { "id": "w1", "kind": "number", "prompt": "%s",
                  "answer": { "compute": "trajectory", "step": 1, "take": "w" } } ] },
            { "type": "text", "title": "Gamma", "text": ["The last page."] }
          ]
        }
        """.formatted(extraPage, eta, prompt);
  }

  /** A page to insert before the problem. */
  public static final String INSERTED = "{ \"type\": \"text\", \"title\": \"Inserted\", \"text\": [\"New.\"] },";
}
