package org.ksrelations.kit.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshStageTest {

    /** Reads that the test completes by hand, in the order they began. */
    private final List<CompletableFuture<Integer>> begun = new ArrayList<>();
    private final FreshStage<Integer> read = new FreshStage<>(() -> {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        begun.add(f);
        return f;
    });

    @Test
    void aCallerWithNoReadRunningBeginsOneAtOnce() throws Exception {
        CompletionStage<Integer> a = read.read();
        assertEquals(1, begun.size());
        begun.get(0).complete(7);
        assertEquals(7, a.toCompletableFuture().get());
        CompletionStage<Integer> b = read.read();
        assertEquals(2, begun.size(), "nothing is kept between rounds: the next caller reads again");
        begun.get(1).complete(8);
        assertEquals(8, b.toCompletableFuture().get());
    }

    @Test
    void callersArrivingDuringARunningReadShareOneReadThatBeginsAfterIt() throws Exception {
        CompletionStage<Integer> first = read.read();
        CompletionStage<Integer> second = read.read();
        CompletionStage<Integer> third = read.read();
        assertSame(second, third, "both wait for the same next read");
        assertEquals(1, begun.size(), "the next read does not begin while one is running");
        assertFalse(second.toCompletableFuture().isDone());

        begun.get(0).complete(1);
        assertEquals(1, first.toCompletableFuture().get());
        assertEquals(2, begun.size(), "the next read began when the running one ended");
        assertFalse(second.toCompletableFuture().isDone(), "the later callers never get the value they did not wait for");

        CompletionStage<Integer> fourth = read.read();
        assertTrue(fourth != second, "a caller after the second read began waits for a third");
        begun.get(1).complete(2);
        assertEquals(2, second.toCompletableFuture().get());
        assertEquals(2, third.toCompletableFuture().get());
        assertEquals(3, begun.size());
        begun.get(2).complete(3);
        assertEquals(3, fourth.toCompletableFuture().get());
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallerReadsAgain() throws Exception {
        CompletionStage<Integer> a = read.read();
        begun.get(0).completeExceptionally(new IllegalStateException("service down"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> a.toCompletableFuture().get());
        assertEquals("service down", e.getCause().getMessage());
        CompletionStage<Integer> b = read.read();
        begun.get(1).complete(5);
        assertEquals(5, b.toCompletableFuture().get());
    }
}
