package org.dateline.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr, shown only when stderr is a terminal (the launcher tells us, since the
 * JVM cannot ask about stderr alone), so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  Progress(String task) {
    this.bar =
        isTerminal()
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
                .build()
            : null;
  }

  static boolean isTerminal() {
    return "1".equals(System.getenv("DATELINE_STDERR_TTY"));
  }

  void step(String item) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(item.length() > 40 ? "…" + item.substring(item.length() - 39) : item);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
