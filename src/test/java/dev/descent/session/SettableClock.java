package dev.descent.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests, in UTC, that says what the test last set: review schedules and reports run on it. */
public final class SettableClock extends Clock {
  private Instant now;

  public SettableClock(Instant start) {
    this.now = start;
  }

  /** Sets the time. */
  public void set(Instant instant) {
    now = instant;
  }

  /** Moves the time on by {@code d}. */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

  @Override public Clock withZone(ZoneId zone) { return this; }

  @Override public Instant instant() { return now; }
}
