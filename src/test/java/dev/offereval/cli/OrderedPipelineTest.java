package dev.offereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

  private static OrderedPipeline.Source<Integer> upTo(int n, AtomicInteger read) {
    return () -> {
      int i = read.getAndIncrement();
      return i < n ? i : null;
    };
  }

  @Test
  void resultsComeInInputOrderWhateverTheWorkersTake() throws Exception {
    int n = OrderedPipeline.CHUNK_SIZE * 20 + 17;
    for (int workers : new int[] {1, 2, 5}) {
      List<Integer> out = new ArrayList<>();
      OrderedPipeline.run(upTo(n, new AtomicInteger()), i -> {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(20_000)); // uneven work
        return i * 2;
      }, out::add, workers);
      assertEquals(n, out.size(), workers + " workers");
      for (int i = 0; i < n; i++) {
        assertEquals(i * 2, out.get(i), "item " + i + " with " + workers + " workers");
      }
    }
  }

  @Test
  void anEmptySourceGivesNothing() throws Exception {
    List<Integer> out = new ArrayList<>();
    OrderedPipeline.<Integer, Integer>run(() -> null, i -> i, out::add, 2);
    assertTrue(out.isEmpty());
  }

  @Test
  void theReaderRunsAtMostABoundedDistanceAheadOfTheWriter() throws Exception {
    int workers = 2;
    AtomicInteger read = new AtomicInteger();
    int[] maxAhead = {0};
    int[] written = {0};
    OrderedPipeline.run(upTo(100_000, read), i -> i, i -> {
      maxAhead[0] = Math.max(maxAhead[0], read.get() - written[0]);
      written[0]++;
    }, workers);
    // the queue holds workers * CHUNKS_PER_WORKER chunks, plus the chunk being filled and the one
    // being written
    int bound = (workers * OrderedPipeline.CHUNKS_PER_WORKER + 2) * OrderedPipeline.CHUNK_SIZE + 1;
    assertTrue(maxAhead[0] <= bound, "reader ran " + maxAhead[0] + " items ahead; bound " + bound);
  }

  @Test
  void aSourceThatFailsHandsOnWhatCameBeforeThenThrowsItsOwnException() {
    IOException broken = new IOException("line 600: unclosed quote");
    AtomicInteger read = new AtomicInteger();
    List<Integer> out = new ArrayList<>();
    IOException thrown = assertThrows(IOException.class, () -> OrderedPipeline.run(() -> {
      int i = read.getAndIncrement();
      if (i == 600) {
        throw broken;
      }
      return i;
    }, i -> i, out::add, 2));
    assertSame(broken, thrown);
    assertEquals(512, out.size(), "the two whole chunks read before the failure");
  }

  @Test
  void workThatThrowsStopsTheRunWithItsException() {
    IllegalStateException bug = new IllegalStateException("bug");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> OrderedPipeline.run(
        upTo(10_000, new AtomicInteger()), i -> {
          if (i == 3_000) {
            throw bug;
          }
          return i;
        }, i -> { }, 2));
    assertSame(bug, thrown);
  }

  @Test
  void aSinkThatThrowsStopsTheRun() {
    IOException full = new IOException("disk full");
    IOException thrown = assertThrows(IOException.class, () -> OrderedPipeline.run(
        upTo(1_000_000, new AtomicInteger()), i -> i, i -> {
          if (i == 5) {
            throw full;
          }
        }, 2));
    assertSame(full, thrown);
  }
}
