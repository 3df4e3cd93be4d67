package dev.offereval.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

/**
 * How a chunk of offers gets its session: with the reference facts (bands, levels, levers,
 * policy...) in it and nothing else, used by one chunk at a time, whichever strategy. A single
 * offer is a chunk of one.
 *
 * <p>The three strategies were measured with {@code offer-eval bench --sessions} on the shipped
 * rules (README, "Performance"); {@link #WARM} is the default because it was the fastest, and it
 * checks after every chunk of one that its session is back to exactly the reference facts.
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
   * Sessions that keep the reference facts between chunks of one offer. After each, its own facts
   * (the offer's subject, the date and rates) and every fact the rules derived from them are
   * deleted; a session that then holds anything but the reference facts, or in which a rule fires
   * during that clean-up, is thrown away rather than reused. A chunk of many offers gets a new
   * session, disposed after it: deleting a whole chunk's facts was measured to cost more than a new
   * session. Rules that fire on the reference facts alone would show their firings only in a
   * session's first evaluation, so with such rules every evaluation gets a fresh session instead
   * (loading rejects them, see {@code docs/authoring.md}).
   */
  WARM;

  /** Where one rule set's evaluations get their sessions; thread-safe. */
  abstract static class Source {
    final KieBase kieBase;
    final List<Object> referenceFacts;
    final Set<Object> referenceIdentity;
    /** Sessions handed out and not yet returned. */
    final AtomicInteger inUse = new AtomicInteger();

    Source(KieBase kieBase, List<Object> referenceFacts, Set<Object> referenceIdentity) {
      this.kieBase = kieBase;
      this.referenceFacts = referenceFacts;
      this.referenceIdentity = referenceIdentity;
    }

    /** A session holding the reference facts and nothing else, for a chunk of {@code offers}. */
    final KieSession acquire(int offers) {
      KieSession s = offers > 1 && !reusesChunks()
          ? withReferenceFacts(kieBase.newKieSession()) : take();
      inUse.incrementAndGet();
      return s;
    }

    /** Whether a session for a chunk of many offers comes from {@link #take()} too. */
    boolean reusesChunks() {
      return true;
    }

    /**
     * Hands a session back. {@code clean} is false when its rules threw or looped: such a session
     * is never reused.
     */
    final void release(KieSession session, int offers, boolean clean) {
      try {
        if (offers > 1 && !reusesChunks()) {
          session.dispose();
        } else {
          giveBack(session, clean);
        }
      } finally {
        inUse.decrementAndGet();
      }
    }

    abstract KieSession take();

    abstract void giveBack(KieSession session, boolean clean);

    /** Frees the sessions kept for reuse; sessions in use are disposed when handed back. */
    void close() {}

    final KieSession withReferenceFacts(KieSession s) {
      for (Object fact : referenceFacts) {
        s.insert(fact);
      }
      return s;
    }

    static Source of(Sessions strategy, KieBase kieBase, List<Object> facts, Set<Object> identity) {
      return switch (strategy) {
        case FRESH -> new Fresh(kieBase, facts, identity);
        case POOLED -> new Pooled(kieBase, facts, identity);
        case WARM -> new Warm(kieBase, facts, identity);
      };
    }
  }

  private static final class Fresh extends Source {
    Fresh(KieBase kieBase, List<Object> facts, Set<Object> identity) {
      super(kieBase, facts, identity);
    }

    @Override
    KieSession take() {
      return withReferenceFacts(kieBase.newKieSession());
    }

    @Override
    void giveBack(KieSession session, boolean clean) {
      session.dispose();
    }
  }

  private static final class Pooled extends Source {
    private final KieSessionsPool pool;

    @Override
    void close() {
      pool.shutdown();
    }

    Pooled(KieBase kieBase, List<Object> facts, Set<Object> identity) {
      super(kieBase, facts, identity);
      this.pool = kieBase.newKieSessionsPool(1); // grows to the number of evaluations at once
    }

    @Override
    KieSession take() {
      return withReferenceFacts(pool.newKieSession());
    }

    @Override
    void giveBack(KieSession session, boolean clean) {
      if (clean) {
        session.dispose(); // back to the pool, reset to empty
      } else {
        session.destroy();
      }
    }
  }

  private static final class Warm extends Source {
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    /** False once the reference facts alone were seen to fire a rule: then every session is fresh. */
    private volatile boolean reusable = true;
    /** Facts in a session holding just the reference facts (equal facts may share a handle). */
    private volatile int referenceCount = -1;
    private volatile boolean closed;

    @Override
    void close() {
      closed = true;
      for (KieSession s = idle.poll(); s != null; s = idle.poll()) {
        s.dispose();
      }
    }

    Warm(KieBase kieBase, List<Object> facts, Set<Object> identity) {
      super(kieBase, facts, identity);
    }

    @Override
    boolean reusesChunks() {
      return false;
    }

    @Override
    KieSession take() {
      KieSession s = idle.poll();
      if (s != null) {
        return s;
      }
      s = withReferenceFacts(kieBase.newKieSession());
      referenceCount = (int) s.getFactCount();
      if (reusable) {
        // fire now: in a reused session these firings would not be seen by later evaluations
        if (s.fireAllRules(1) == 0) {
          return s;
        }
        reusable = false;
        s.dispose();
        s = withReferenceFacts(kieBase.newKieSession());
      }
      return s;
    }

    @Override
    void giveBack(KieSession session, boolean clean) {
      if (!clean || !reusable || closed || !cleanUp(session)) {
        session.dispose();
        return;
      }
      idle.offer(session);
    }

    /** Deletes every fact but the reference facts; true when the session is back to just them. */
    private boolean cleanUp(KieSession session) {
      try {
        for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(o -> !referenceIdentity.contains(o)))) {
          if (session.getObject(h) != null) { // deleting one may already have withdrawn another
            session.delete(h);
          }
        }
        return session.fireAllRules(1) == 0 && session.getFactCount() == referenceCount;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }
}
