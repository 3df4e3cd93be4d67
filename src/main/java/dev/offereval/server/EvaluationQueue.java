package dev.offereval.server;

import dev.offereval.engine.Explain;
import dev.offereval.engine.OfferEvaluator;
import dev.offereval.engine.Plausibility;
import dev.offereval.model.Evaluation;
import dev.offereval.model.Offer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's single-offer evaluations, run by one worker a core, and evaluated together when
 * several wait: a worker takes every request waiting (up to {@link #MOST_AT_ONCE}) and evaluates
 * them as one chunk, in one session, as a batch is.
 *
 * <p>Why: Jetty runs a thread a request. Sixteen evaluations at once on two cores each took several
 * times the CPU of one alone (their sessions contend for the caches and the young generation),
 * and one at a time a single offer pays for a whole pass of the rules alone: in a chunk of many,
 * an offer costs about half the CPU it costs by itself ({@code DroolsFloor}, and the evaluator's
 * chunks). Under load the requests that wait are evaluated together; a request that finds a
 * worker idle is evaluated at once, by itself.
 *
 * <p>An evaluation does not depend on the chunk it is in (every fact carries its offer, and every
 * rule joins on it; {@code ChunkIsolationTest}), so the answer is the one the request would have
 * had alone. Requests for another date, trace or plausibility mode are evaluated apart.
 */
final class EvaluationQueue implements AutoCloseable {
  /** Most requests evaluated together: the batch's chunk size. */
  static final int MOST_AT_ONCE = 32;

  private record Request(Offer offer, LocalDate on, Explain explain, Plausibility plausibility,
      CompletableFuture<Evaluation> result) {
    List<Object> context() {
      return List.of(on, explain, plausibility);
    }
  }

  private final OfferEvaluator evaluator;
  private final LinkedBlockingQueue<Request> waiting = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean closed;
  /** Requests evaluated with others, for tests to see that waiting ones do go together. */
  private final AtomicLong together = new AtomicLong();

  /** A queue with {@code workers} workers, started now. */
  EvaluationQueue(OfferEvaluator evaluator, int workers) {
    this.evaluator = evaluator;
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::work, "offer-eval-evaluation-" + (i + 1));
      t.setDaemon(true);
      this.workers.add(t);
      t.start();
    }
  }

  /**
   * The evaluation of {@code offer}, as {@link OfferEvaluator#evaluate(Offer, LocalDate, Explain,
   * Plausibility)} gives it; waits for a worker.
   *
   * @throws RuntimeException what the evaluation threw
   * @throws IllegalStateException when the queue is closed
   */
  Evaluation evaluate(Offer offer, LocalDate on, Explain explain, Plausibility plausibility) {
    if (closed) {
      throw new IllegalStateException("the server is stopping");
    }
    Request r = new Request(offer, on, explain, plausibility, new CompletableFuture<>());
    waiting.add(r);
    if (closed && waiting.remove(r)) { // closed while it was added: no worker would take it
      throw new IllegalStateException("the server is stopping");
    }
    try {
      return r.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an evaluation", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void work() {
    List<Request> taken = new ArrayList<>(MOST_AT_ONCE);
    while (!closed) {
      try {
        Request first = waiting.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        taken.add(first);
        waiting.drainTo(taken, MOST_AT_ONCE - 1);
        run(taken);
      } catch (InterruptedException e) {
        return;
      } finally {
        taken.clear();
      }
    }
  }

  /** Evaluates {@code taken}, those of one context together, and answers each. */
  private void run(List<Request> taken) {
    Map<List<Object>, List<Request>> byContext = new LinkedHashMap<>();
    for (Request r : taken) {
      byContext.computeIfAbsent(r.context(), k -> new ArrayList<>()).add(r);
    }
    for (List<Request> same : byContext.values()) {
      Request one = same.get(0);
      try {
        if (same.size() == 1) {
          one.result().complete(evaluator.evaluate(one.offer(), one.on(), one.explain(), one.plausibility()));
        } else {
          together.addAndGet(same.size());
          List<Evaluation> out = evaluator.evaluateAll(same.stream().map(Request::offer).toList(), one.on(),
              one.explain(), one.plausibility());
          for (int i = 0; i < same.size(); i++) {
            same.get(i).result().complete(out.get(i));
          }
        }
      } catch (RuntimeException | Error e) {
        same.forEach(r -> r.result().completeExceptionally(e));
      }
    }
  }

  /** How many requests were evaluated with others so far. */
  long evaluatedTogether() {
    return together.get();
  }

  /** Stops the workers; requests still waiting are answered with an error. */
  @Override
  public void close() {
    closed = true;
    workers.forEach(Thread::interrupt);
    for (Request r = waiting.poll(); r != null; r = waiting.poll()) {
      r.result().completeExceptionally(new IllegalStateException("the server is stopping"));
    }
  }
}
