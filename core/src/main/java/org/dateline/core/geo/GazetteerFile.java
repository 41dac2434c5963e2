package org.dateline.core.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Dateline's compact binary gazetteer index: column arrays and a sorted key table, written once
 * and loaded in about a second. The format is private to this version ({@link #VERSION}); a file
 * of another version is rejected so the caller rebuilds it. Stateless; thread-safe.
 */
public final class GazetteerFile {
  static final int MAGIC = 0x444C475A; // "DLGZ"
  /** Bumped whenever the layout, the name keys or the bundled lexicons change. */
  public static final int VERSION = 14;

  private GazetteerFile() {}

  /** Writes atomically (temp file + move), creating parent directories. */
  public static void write(Gazetteer g, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "gazetteer", ".tmp");
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        int n = g.size();
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
          g.entries.write(out, i);
        }
        writeMap(out, g.admin1Names);
        writeMap(out, g.admin2Names);
        writeMap(out, g.demonyms);
        out.writeInt(g.countryByIso2.size());
        // Sorted, like the maps: the same packages always give the same bytes.
        for (Gazetteer.Country c : new java.util.TreeMap<>(g.countryByIso2).values()) {
          out.writeUTF(c.iso2());
          out.writeUTF(c.iso3());
          out.writeUTF(c.name());
          out.writeInt(c.entryIndex());
        }
        out.writeInt(g.keys.length);
        for (int k = 0; k < g.keys.length; k++) {
          out.writeUTF(g.keys[k]);
          out.writeInt(g.postingStarts[k + 1] - g.postingStarts[k]);
          for (int p = g.postingStarts[k]; p < g.postingStarts[k + 1]; p++) {
            out.writeInt(g.postings[p]);
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write gazetteer index " + file, e);
    }
  }

  /** True when {@code file} exists and carries this version's header. */
  public static boolean isCurrent(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      return in.readInt() == MAGIC && in.readInt() == VERSION;
    } catch (IOException e) {
      return false;
    }
  }

  /** Loads an index written by {@link #write}; fails naming the file when it is not one. */
  public static Gazetteer read(Path file) {
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IllegalStateException(file + " is not a Dateline gazetteer index of version "
            + VERSION + "; delete it and it will be rebuilt");
      }
      int n = in.readInt();
      EntryColumns cols = new EntryColumns(n);
      Map<String, String> pool = new HashMap<>();
      for (int i = 0; i < n; i++) {
        cols.read(in, i, pool);
      }
      Map<String, String> admin1 = readMap(in);
      Map<String, String> admin2 = readMap(in);
      Map<String, String> demonyms = readMap(in);
      int nc = in.readInt();
      Map<String, Gazetteer.Country> countries = new HashMap<>();
      for (int i = 0; i < nc; i++) {
        Gazetteer.Country c =
            new Gazetteer.Country(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt());
        countries.put(c.iso2(), c);
      }
      int nk = in.readInt();
      String[] keys = new String[nk];
      int[] starts = new int[nk + 1];
      int[] postings = new int[Math.max(16, nk * 2)];
      int p = 0;
      for (int k = 0; k < nk; k++) {
        keys[k] = in.readUTF();
        int len = in.readInt();
        starts[k] = p;
        if (p + len > postings.length) {
          postings = java.util.Arrays.copyOf(postings, Math.max(p + len, postings.length * 3 / 2));
        }
        for (int j = 0; j < len; j++) {
          postings[p++] = in.readInt();
        }
      }
      starts[nk] = p;
      return new Gazetteer(cols, admin1, admin2, countries, demonyms, keys, starts,
          java.util.Arrays.copyOf(postings, p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer index " + file
          + " (delete it and it will be rebuilt)", e);
    }
  }

  private static void writeMap(DataOutputStream out, Map<String, String> m) throws IOException {
    out.writeInt(m.size());
    // In key order: Map.copyOf's iteration order changes from one JVM to the next.
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      m.put(in.readUTF(), in.readUTF());
    }
    return m;
  }
}
