package dev.descent.progress;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The times in a progress file, ISO-8601 instants such as {@code 2025-01-31T09:30:00Z}. The form descent
 * writes ({@link Instant#toString}: a four-digit year, seconds, a fraction of 1 to 9 digits or none, and
 * {@code Z}) is read by hand; any other text goes to {@link Instant#parse}, so what is accepted, and what
 * it means, is java.time's. The hand path spares a returning learner's lesson list the ~5 ms java.time
 * takes to set its formatters up.
 */
final class Instants {
  private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private Instants() {}

  /** The instant {@code text} names, as {@link Instant#parse} reads it. */
  static Instant parse(String text) throws DateTimeParseException {
    Instant quick = quick(text);
    return quick != null ? quick : Instant.parse(text);
  }

  /** The instant of {@code s} when it has exactly descent's form and names a real time, else null. */
  static Instant quick(String s) {
    int n = s.length();
    if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
        || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = number(s, 0, 4);
    int month = number(s, 5, 7);
    int day = number(s, 8, 10);
    int hour = number(s, 11, 13);
    int minute = number(s, 14, 16);
    int second = number(s, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > days(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int figures = n - 21;
      int fraction = s.charAt(19) == '.' ? number(s, 20, n - 1) : -1;
      if (figures < 1 || fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = figures; i < 9; i++) {
        nanos *= 10;
      }
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The value of the decimal digits {@code s[from, to)}, or -1 when one is not a digit. */
  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int days(int year, int month) {
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : DAYS[month - 1];
  }

  /** Days from 1970-01-01 to the date (proleptic Gregorian), by H. Hinnant's days_from_civil. */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }
}
