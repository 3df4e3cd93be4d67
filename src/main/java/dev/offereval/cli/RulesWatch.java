package dev.offereval.cli;

import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.RulesException;
import dev.offereval.model.DataException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches an evaluator's rules and data folders and reloads it ({@link OfferEvaluator#reload}) when
 * a file there is saved; an edit that does not compile or load keeps the last good set. Used by
 * {@code watch} and {@code serve --watch}.
 */
final class RulesWatch {
  /** Quiet time after a save before reloading, so an editor's several writes count as one. */
  static final long SETTLE_MILLIS = 300;

  /** What happens after each reload. */
  interface Listener {
    void reloaded() throws Exception;

    void failed(Exception rulesOrData) throws Exception;
  }

  private RulesWatch() {}

  /** Runs until {@code changes} reloads have happened (or forever when negative) or the thread is interrupted. */
  static void run(OfferEvaluator evaluator, int changes, Listener listener) throws Exception {
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      for (Path dir : List.of(evaluator.rulesDir(), evaluator.dataDir(), evaluator.dataDir().resolve("bands"))) {
        if (Files.isDirectory(dir)) {
          dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
      int reloads = 0;
      while (changes < 0 || reloads < changes) {
        WatchKey key = watch.take();
        drain(watch, key);
        reloads++;
        try {
          evaluator.reload();
        } catch (RulesException | DataException e) {
          listener.failed(e);
          continue;
        }
        listener.reloaded();
      }
    } catch (ClosedWatchServiceException e) {
      // stopped
    }
  }

  /** Waits until the folders have been quiet for a moment, collecting every event on the way. */
  private static void drain(WatchService watch, WatchKey first) throws InterruptedException {
    first.pollEvents();
    first.reset();
    WatchKey more;
    while ((more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
      more.pollEvents();
      more.reset();
    }
  }

  /** Whether the evaluator reads rules and data from folders on disk, which a watch needs. */
  static boolean onDisk(OfferEvaluator evaluator) {
    return !evaluator.rulesSource().startsWith("bundled") && !evaluator.dataSource().startsWith("bundled");
  }
}
