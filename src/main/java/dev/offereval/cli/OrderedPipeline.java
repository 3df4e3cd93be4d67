package dev.offereval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a stream of items on several threads and hands the results on in input order, holding a
 * bounded number of items at any time.
 *
 * <p>One thread reads items from the {@link Source} and cuts them into chunks; worker threads map
 * whole chunks; the calling thread takes finished chunks in the order they were read and gives
 * each result to the {@link Sink}. The queue between reader and caller holds at most {@code
 * workers * CHUNKS_PER_WORKER} chunks, so memory does not grow with the input, and the order of
 * the output does not depend on the number of workers or on timing.
 */
public final class OrderedPipeline {
  /** Items mapped as one task: large enough that handing tasks over costs little. */
  static final int CHUNK_SIZE = 256;

  /** Chunks in flight per worker: enough to keep every worker busy while the caller writes. */
  static final int CHUNKS_PER_WORKER = 4;

  /** Where items come from, read on one thread, in order. */
  public interface Source<I> {
    /** The next item, or null at the end. */
    I next() throws Exception;
  }

  /** Where results go, called on the calling thread, in input order. */
  interface Sink<O> {
    void accept(O result) throws Exception;
  }

  private OrderedPipeline() {}

  /**
   * Runs the pipeline to the end of {@code source}. An exception from the source stops it and is
   * thrown here once the results read before it have been handed on; an exception from the sink
   * stops it at once.
   */
  static <I, O> void run(Source<I> source, Function<I, O> work, Sink<O> sink, int workers) throws Exception {
    runChunks(source, chunk -> {
      List<O> out = new ArrayList<>(chunk.size());
      for (I item : chunk) {
        out.add(work.apply(item));
      }
      return out;
    }, sink, workers, CHUNK_SIZE);
  }

  /**
   * As {@link #run}, mapping whole chunks of {@code chunkSize} items at once: {@code work} returns
   * one result per item, in the chunk's order.
   */
  static <I, O> void runChunks(Source<I> source, Function<List<I>, List<O>> work, Sink<O> sink, int workers,
      int chunkSize) throws Exception {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemons("offer-eval-worker"));
    BlockingQueue<CompletableFuture<List<O>>> queue = new ArrayBlockingQueue<>(workers * CHUNKS_PER_WORKER);
    CompletableFuture<List<O>> end = new CompletableFuture<>();
    Thread reader = daemons("offer-eval-reader").newThread(() -> {
      try {
        List<I> chunk = new ArrayList<>(chunkSize);
        for (I item = source.next(); item != null; item = source.next()) {
          chunk.add(item);
          if (chunk.size() == chunkSize) {
            queue.put(submit(pool, chunk, work));
            chunk = new ArrayList<>(chunkSize);
          }
        }
        if (!chunk.isEmpty()) {
          queue.put(submit(pool, chunk, work));
        }
        end.complete(List.of());
      } catch (InterruptedException e) {
        end.cancel(false);
        Thread.currentThread().interrupt();
      } catch (Throwable e) {
        end.completeExceptionally(e);
      }
      try {
        queue.put(end);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    reader.start();
    try {
      while (true) {
        CompletableFuture<List<O>> next = queue.take();
        if (next == end) {
          end.get(); // throws what stopped the source, if anything did
          return;
        }
        for (O result : next.get()) {
          sink.accept(result);
        }
      }
    } catch (ExecutionException e) {
      throw unwrap(e);
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private static <I, O> CompletableFuture<List<O>> submit(ExecutorService pool, List<I> chunk,
      Function<List<I>, List<O>> work) {
    return CompletableFuture.supplyAsync(() -> {
      List<O> out = work.apply(chunk);
      if (out.size() != chunk.size()) {
        throw new IllegalStateException("a chunk of " + chunk.size() + " items gave " + out.size() + " results");
      }
      return out;
    }, pool);
  }

  private static Exception unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    return cause instanceof Exception checked ? checked : new IllegalStateException(cause);
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
