package dev.offereval.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * How a chunk of offers gets its session: with the reference facts (bands, levels, levers,
 * policy...) in it, used by one chunk at a time, whichever strategy. A single offer is a chunk of
 * one.
 *
 * <p>The strategies were measured with {@code offer-eval bench --sessions} on the shipped rules
 * (README, "Performance"); {@link #WARM} is the default because it is the fastest.
 */
public enum Sessions {
  /** A new session per chunk, disposed after it: the plain way. */
  FRESH,
  /**
   * Sessions from a {@link KieSessionsPool}: handed back, a session is reset to empty but keeps the
   * memory it allocated. The reference facts are inserted again for every chunk.
   */
  POOLED,
  /**
   * Sessions that keep the reference facts and take single offer after single offer until they
   * have held {@link Source#OFFERS_PER_WARM_SESSION}; then a new one takes over. A chunk of many
   * offers gets a new session, as with {@link #FRESH}. Nothing is deleted
   * between offers: every fact about an offer carries its subject and every rule joins on it, so a
   * warm session is one of many offers, as a chunk is (loading rejects a rule that would
   * see across offers, see {@code docs/authoring.md}). Deleting an offer's facts after it cost
   * more than evaluating it (2026-12-07: half of a warm single offer's time), and a new session per
   * offer costs more again. A session is reused only for the same evaluation date and plausibility
   * checking, and never after a rule threw or looped in it. Rules that fire on the reference facts
   * alone would show their firings only in a session's first evaluation, so with such rules every
   * chunk gets a fresh session instead (loading rejects them).
   */
  WARM;

  /** A session lent to one chunk, with the facts it holds besides the offers'. */
  static final class Lease {
    final KieSession session;
    /** The facts every offer in the session shares: the evaluation date, the plausibility mode. */
    private final List<Object> context;
    /** The chunk-wide facts inserted so far (identity rates), each once. */
    private final Set<Object> shared = new HashSet<>();
    /** Offers evaluated in this session so far, this chunk's included once it is handed back. */
    private int offers;

    private Lease(KieSession session, List<Object> context) {
      this.session = session;
      this.context = context;
      for (Object fact : context) {
        session.insert(fact);
      }
    }

    /** Inserts a fact the chunk's offers share, such as an identity rate, unless the session has it. */
    void insertShared(Object fact) {
      if (shared.add(fact)) {
        session.insert(fact);
      }
    }
  }

  /** Where one rule set's evaluations get their sessions; thread-safe. */
  abstract static class Source {
    /**
     * Single offers a warm session takes before a new one replaces it. Their facts stay in it until
     * then, so this bounds what idle sessions hold between collections; a new session with the
     * reference facts, shared by this many, costs each a little. Measured on 2026-12-07: under
     * {@code serve} with 16 connections, 8 gave 455 requests/s and a p99 of 95 ms, 64 gave 338 and
     * 233 ms (its sessions' offers survived into every young collection), 1 gave 406 and 100 ms;
     * {@code bench}'s single-offer p50 could not tell 8, 16 and 64 apart on this machine.
     */
    static final int OFFERS_PER_WARM_SESSION = 8;

    final KieBase kieBase;
    final List<Object> referenceFacts;
    /** Sessions handed out and not yet returned. */
    final AtomicInteger inUse = new AtomicInteger();

    Source(KieBase kieBase, List<Object> referenceFacts) {
      this.kieBase = kieBase;
      this.referenceFacts = referenceFacts;
    }

    /**
     * A session holding the reference facts and {@code context}, and no other offer's facts that
     * {@code offers} could see, for a chunk of {@code offers}.
     */
    final Lease acquire(int offers, List<Object> context) {
      Lease lease = offers > 1 && !reusesChunks()
          ? new Lease(withReferenceFacts(kieBase.newKieSession()), context) : take(context);
      inUse.incrementAndGet();
      return lease;
    }

    /** Whether a session for a chunk of many offers comes from {@link #take} too. */
    boolean reusesChunks() {
      return true;
    }

    /**
     * Hands a session back after a chunk of {@code offers}. {@code clean} is false when its rules
     * threw or looped: such a session is never reused.
     */
    final void release(Lease lease, int offers, boolean clean) {
      try {
        if (offers > 1 && !reusesChunks()) {
          lease.session.dispose();
        } else {
          lease.offers += offers;
          giveBack(lease, clean);
        }
      } finally {
        inUse.decrementAndGet();
      }
    }

    abstract Lease take(List<Object> context);

    abstract void giveBack(Lease lease, boolean clean);

    /** Frees the sessions kept for reuse; sessions in use are disposed when handed back. */
    void close() {}

    final KieSession withReferenceFacts(KieSession s) {
      for (Object fact : referenceFacts) {
        s.insert(fact);
      }
      return s;
    }

    static Source of(Sessions strategy, KieBase kieBase, List<Object> facts) {
      return switch (strategy) {
        case FRESH -> new Fresh(kieBase, facts);
        case POOLED -> new Pooled(kieBase, facts);
        case WARM -> new Warm(kieBase, facts);
      };
    }
  }

  private static final class Fresh extends Source {
    Fresh(KieBase kieBase, List<Object> facts) {
      super(kieBase, facts);
    }

    @Override
    Lease take(List<Object> context) {
      return new Lease(withReferenceFacts(kieBase.newKieSession()), context);
    }

    @Override
    void giveBack(Lease lease, boolean clean) {
      lease.session.dispose();
    }
  }

  private static final class Pooled extends Source {
    private final KieSessionsPool pool;

    @Override
    void close() {
      pool.shutdown();
    }

    Pooled(KieBase kieBase, List<Object> facts) {
      super(kieBase, facts);
      this.pool = kieBase.newKieSessionsPool(1); // grows to the number of evaluations at once
    }

    @Override
    Lease take(List<Object> context) {
      return new Lease(withReferenceFacts(pool.newKieSession()), context);
    }

    @Override
    void giveBack(Lease lease, boolean clean) {
      if (clean) {
        lease.session.dispose(); // back to the pool, reset to empty
      } else {
        lease.session.destroy();
      }
    }
  }

  private static final class Warm extends Source {
    private final ConcurrentLinkedQueue<Lease> idle = new ConcurrentLinkedQueue<>();
    /** False once the reference facts alone were seen to fire a rule: then every session is fresh. */
    private volatile boolean reusable = true;
    private volatile boolean closed;

    @Override
    void close() {
      closed = true;
      for (Lease l = idle.poll(); l != null; l = idle.poll()) {
        l.session.dispose();
      }
    }

    Warm(KieBase kieBase, List<Object> facts) {
      super(kieBase, facts);
    }

    /**
     * A chunk of many offers gets a new session, disposed after it: kept for the next chunk, its
     * offers' facts would survive into the next young collection for no gain (2026-12-07: 200,000
     * rows, the same time either way, and 40% more time in collections when chunks shared
     * sessions).
     */
    @Override
    boolean reusesChunks() {
      return false;
    }

    @Override
    Lease take(List<Object> context) {
      for (Lease l = idle.poll(); l != null; l = idle.poll()) {
        if (l.context.equals(context)) {
          return l;
        }
        l.session.dispose(); // another date or checking: its facts would meet this chunk's
      }
      KieSession s = withReferenceFacts(kieBase.newKieSession());
      // fire now: in a reused session these firings would not be seen by later evaluations
      if (reusable && s.fireAllRules(1) != 0) {
        reusable = false;
        s.dispose();
        s = withReferenceFacts(kieBase.newKieSession());
      }
      return new Lease(s, context);
    }

    @Override
    void giveBack(Lease lease, boolean clean) {
      if (!clean || !reusable || closed || lease.offers >= OFFERS_PER_WARM_SESSION) {
        lease.session.dispose();
        return;
      }
      idle.offer(lease);
    }
  }
}
