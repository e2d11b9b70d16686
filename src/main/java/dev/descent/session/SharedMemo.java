package dev.descent.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Results the files of one class share, computed once each: safe for use by several threads, and
 * bounded twice. It holds at most {@code max} results, and once it holds {@link #WARM_UP} it keeps
 * adding only while at least one lookup in four has found its result: a class whose students share
 * nothing (sgd-homework draws each student numbers of their own) otherwise kept a result for every
 * question of every student to the end — 10,000 files held 50,000 outcomes, about 90 MB.
 *
 * @param <K> what a result is found by
 * @param <V> the result
 */
public final class SharedMemo<K, V> {
  /** How many results are kept before their use is looked at. */
  public static final int WARM_UP = 5_000;

  private final int max;
  private final Map<K, V> results = new ConcurrentHashMap<>();
  private final LongAdder lookups = new LongAdder();
  private final LongAdder found = new LongAdder();

  /** A memo of at most {@code max} results. */
  public SharedMemo(int max) {
    this.max = max;
  }

  /**
   * The result kept for {@code key}, or the one {@code compute} makes (kept when the bounds allow;
   * should another thread have kept one for the same key meanwhile, that one).
   */
  public V get(K key, Supplier<V> compute) {
    lookups.increment();
    V v = results.get(key);
    if (v != null) {
      found.increment();
      return v;
    }
    v = compute.get();
    int size = results.size();
    if (size < max && (size < WARM_UP || found.sum() * 4 >= lookups.sum())) {
      V known = results.putIfAbsent(key, v);
      return known == null ? v : known;
    }
    return v;
  }

  /** How many lookups there were. */
  public long lookups() {
    return lookups.sum();
  }

  /** How many lookups found a result kept before. */
  public long found() {
    return found.sum();
  }

  /** How many results are kept. */
  public int size() {
    return results.size();
  }
}
