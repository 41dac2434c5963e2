package org.dateline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A real {@code dateline code --store} child process, for the tests that kill one mid-run and run
 * it again. Its stderr goes to {@code err.log} in the test's directory.
 */
final class CodeProcess {
  private CodeProcess() {}

  /** Writes {@code n} plain-text articles {@code a0000.txt}... into a new directory {@code in}. */
  static Path articles(Path dir, int n, IntFunction<String> text) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < n; i++) {
      Files.writeString(in.resolve(id(i) + ".txt"), text.apply(i));
    }
    return in;
  }

  /** The id of the i-th article written by {@link #articles}. */
  static String id(int i) {
    return String.format("a%04d", i);
  }

  static Process start(Path dir, String heap, String annotators, Path in, Path db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(
        java, heap, "-cp", System.getProperty("java.class.path"), DatelineCli.class.getName(),
        "code", in.toString(), "--store", db.toString(), "--annotators", annotators, "--date", "2015-12-26");
    return new ProcessBuilder(cmd).redirectError(errorFile(dir).toFile()).start();
  }

  /**
   * Reads the ids the process reports stored until there are {@code n}, then kills it with
   * SIGKILL (on Linux: no shutdown hooks, no flush). Returns the ids read.
   */
  static Set<String> killAfter(Process p, int n) throws IOException {
    Set<String> reported = new HashSet<>();
    try (BufferedReader r = reader(p)) {
      String line;
      while ((line = r.readLine()) != null) {
        reported.add(line.split("\t")[1]);
        if (reported.size() == n) {
          p.destroyForcibly();
          break;
        }
      }
    }
    return reported;
  }

  /** Every line the process writes to stdout, until it closes it. */
  static List<String> lines(Process p) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = reader(p); Stream<String> s = r.lines()) {
      s.forEach(lines::add);
    }
    return lines;
  }

  /** What the processes started in {@code dir} wrote to stderr. */
  static String errorLog(Path dir) throws IOException {
    return Files.readString(errorFile(dir));
  }

  private static Path errorFile(Path dir) {
    return dir.resolve("err.log");
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }
}
