package dev.descent.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the top-level {@code "id"} and {@code "kind"} of a lesson file and stops there, so that finding
 * one set among many files does not load them all. A file that is not a JSON object, or that breaks
 * before both are seen, has what was read so far.
 */
final class Glance {
  private static final JsonFactory JSON = JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.nonRecyclingPool()).build();

  private Glance() {}

  static CourseFile.Head head(CourseFile file) {
    String id = "";
    boolean exercises = false;
    boolean kindSeen = false;
    try (InputStream in = file.opener().open(); JsonParser json = JSON.createParser(in)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return new CourseFile.Head("", false);
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (value == JsonToken.VALUE_STRING && name.equals("id")) {
          id = json.getText();
        } else if (value == JsonToken.VALUE_STRING && name.equals("kind")) {
          exercises = json.getText().equals("exercises");
          kindSeen = true;
        } else {
          json.skipChildren();
        }
        if (!id.isEmpty() && kindSeen) {
          break; // the rest of the file (its pages) is not needed to know what it is
        }
      }
    } catch (IOException | RuntimeException e) {
      return new CourseFile.Head(id, exercises);
    }
    return new CourseFile.Head(id, exercises);
  }
}
