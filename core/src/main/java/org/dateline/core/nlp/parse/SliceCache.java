package org.dateline.core.nlp.parse;

/**
 * Hidden-layer slices of the features a model does not precompute, shared by every thread parsing
 * with that model. Direct-mapped: a key has one slot and a newer key evicts an older one there.
 *
 * <p>Slots are read and written without locks. That is safe because an {@link Entry}'s fields are
 * final: a thread that sees an entry sees its key and its filled slice, and a thread that sees a
 * stale or missing entry only recomputes a slice that is the same whoever computes it.
 */
final class SliceCache {
  /** 32,768 slots of 4 KB slices: at most 128 MB, shared by all threads. */
  private static final int SLOTS = 1 << 15;

  private record Entry(int key, float[] slice) {}

  private final Entry[] slots = new Entry[SLOTS];

  float[] get(int key) {
    Entry e = slots[slot(key)];
    return e != null && e.key == key ? e.slice : null;
  }

  void put(int key, float[] slice) {
    slots[slot(key)] = new Entry(key, slice);
  }

  private static int slot(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 15)) & (SLOTS - 1);
  }
}
