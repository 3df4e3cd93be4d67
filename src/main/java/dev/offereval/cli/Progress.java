package dev.offereval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long batches, shown only when standard error is a terminal:
 * never in a pipe, a file or a test.
 */
final class Progress implements AutoCloseable {
  /**
   * Input files smaller than this (about 2,000 rows) finish before a bar would help. A batch is
   * streamed, so its row count is not known ahead: the bar counts rows done, with no end.
   */
  static final long MIN_BYTES = 256 * 1024;

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(long inputBytes, boolean quiet, PrintWriter err) {
    if (quiet || inputBytes < MIN_BYTES || !stderrIsTerminal()) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("evaluating")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" rows", 1)
        .setConsumer(new DelegatingProgressBarConsumer(line -> {
          err.print('\r' + line);
          err.flush();
        }))
        .build();
    return new Progress(bar);
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /** Whether file descriptor 2 is a terminal (Linux: /proc/self/fd/2 links to a tty). */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
