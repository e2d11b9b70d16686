/**
 * A learner's saved progress, kept so that it is never lost.
 *
 * <p>Each learner has one file, {@code <data>/learners/<name>.json} (see {@link
 * dev.descent.progress.DataDirectory} and {@link dev.descent.progress.Learners#fileName}). It holds
 * records by lesson id and question id, never by position, so that reordering or renaming lesson files
 * leaves them intact:
 *
 * <pre>
 * {
 *   "formatVersion" : 1,
 *   "learner" : "alice",
 *   "lessons" : {
 *     "gd-basics" : {
 *       "page" : 2,
 *       "lastVisited" : "2025-01-31T09:40:00Z",
 *       "seconds" : 754,
 *       "practice" : { "linear" : { "round" : 4, "streak" : 3, "mastered" : true } },
 *       "review" : { "linear.neww" : { "box" : 2, "due" : "2025-02-03T09:35:00Z", "round" : 1 } },
 *       "questions" : {
 *         "one-step" : {
 *           "attempts" : 2, "hintsUsed" : 1, "solutionShown" : false, "solved" : true,
 *           "mistakes" : { "sign-flip" : 1 },
 *           "lastAnswer" : "0.25",
 *           "firstAttempt" : "2025-01-31T09:31:00Z", "lastAttempt" : "2025-01-31T09:35:00Z"
 *         },
 *         "eight-steps" : { "attempts" : 1, "lastAnswer" : [ [ "1", "0.6" ], [ "2", "0.96" ] ] }
 *       }
 *     }
 *   }
 * }
 * </pre>
 *
 * <p>{@code seconds} is the time spent in the lesson; {@code practice} holds, by problem id, the variant being
 * practised (its round, from which its numbers are drawn again), the streak of variants right without help,
 * and whether the streak once reached the mastery count; {@code review} holds, by question id, the Leitner
 * box (1 to 3) of a question that comes back, when it is due and how often it came back. Files written before
 * these fields existed load unchanged and are written back byte for byte; descent before them refuses a file
 * that has them as it refuses any unknown field (the file is set aside, not lost).
 *
 * <p>Counts are whole numbers from 0 up, times are ISO-8601 instants, and a table's last answer is a list
 * of rows of cells. A missing field takes its default (0, false, none); a field of the wrong type, an
 * unknown field, or a {@code formatVersion} newer than this descent reads makes the whole file unusable:
 * it is then renamed to {@code <name>.json.corrupt-<time>} and the learner is told, so that nothing is
 * silently dropped. Lessons and questions the course no longer has are kept and written back.
 *
 * <p>Every save writes a temporary file beside the old one, forces it to disk, renames it over the old
 * one and forces the directory, so that a crash leaves the old file or the new one; the next save removes
 * the temporary file a killed save left. Saves of a learner hold a lock on {@code <name>.json.lock}; a load
 * takes it only to set a file aside, since a rename puts every saved file in place whole. Two sessions of the same learner (two terminals) do not
 * undo each other: each save re-reads the file under the lock and merges it in, question by question,
 * taking the larger of each count (attempts, hints, each named mistake), solved and solution-shown if
 * either session says so, the earlier first attempt, the last answer and time of whichever attempted last,
 * and for each lesson the page of whichever visited last, the larger time, the later practice round and the
 * later review of each question. Taking the larger count rather than the sum makes
 * a merge safe to repeat at every save; when both sessions answer the same question at once, its counts
 * may come out lower than the true total, never higher, and nothing solved is ever lost. For the same
 * reason progress cannot be reset by saving less: a reset must delete the file.
 */
package dev.descent.progress;
