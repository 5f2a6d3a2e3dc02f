package org.ksrelations.kit.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshReadTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void oneCallerAtATimeReadsEveryTime() {
        AtomicInteger reads = new AtomicInteger();
        FreshRead<Integer> read = new FreshRead<>(reads::incrementAndGet);
        assertEquals(1, read.get());
        assertEquals(2, read.get());
        assertEquals(3, read.get());
    }

    @Test
    void callersArrivingDuringARunningReadShareTheNextReadAndNeverGetTheRunningOne() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        FreshRead<Integer> read = new FreshRead<>(() -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return n;
        });
        Future<Integer> first = pool.submit(read::get);
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        // these ask after the first read began: a value it returns could predate what they must see
        List<Future<Integer>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            later.add(pool.submit(read::get));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (read.waitingForNextRead() < later.size() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(later.size(), read.waitingForNextRead(), "all five wait for one read of their own");
        assertFalse(later.get(0).isDone(), "a caller that came during the read waits for a read of its own round");
        releaseFirst.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        for (Future<Integer> f : later) {
            assertEquals(2, f.get(10, TimeUnit.SECONDS), "the five later callers share the one read that began after them");
        }
        assertEquals(2, reads.get(), "six callers, two reads");
        assertEquals(3, read.get(), "the next caller alone reads again");
    }

    @Test
    void aFailedReadFailsEveryCallerOfItsRoundAndTheNextCallerReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        FreshRead<Integer> read = new FreshRead<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return reads.get();
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, read::get);
        assertEquals("database down", e.getMessage());
        assertEquals(2, read.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
