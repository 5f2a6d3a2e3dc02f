package org.ksrelations.kit.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * {@link FreshRead} for a non-blocking source (an HTTP call on the event loop): each caller gets the result of a read
 * that <em>began after the caller asked</em>, and callers that arrive while a read is running share the next one,
 * which begins as soon as the running one ends. Nobody waits on a thread: a caller gets a stage.
 */
public final class FreshStage<T> {

    private final Supplier<? extends CompletionStage<T>> source;
    private final Object lock = new Object();
    /** The next round, joined by whoever asks now; its read has not begun. */
    private CompletableFuture<T> open;
    private boolean running;

    public FreshStage(Supplier<? extends CompletionStage<T>> source) {
        this.source = source;
    }

    /** The value from a read that begins after this call. */
    public CompletionStage<T> read() {
        CompletableFuture<T> round;
        synchronized (lock) {
            if (open != null) {
                return open;
            }
            round = new CompletableFuture<>();
            if (running) {
                open = round;
                return round;
            }
            running = true;
        }
        begin(round);
        return round;
    }

    private void begin(CompletableFuture<T> round) {
        CompletionStage<T> read;
        try {
            read = source.get();
        } catch (RuntimeException | Error e) {
            read = CompletableFuture.failedFuture(e);
        }
        read.whenComplete((value, failure) -> {
            CompletableFuture<T> next;
            synchronized (lock) {
                next = open;
                open = null; // closed: its callers all asked before its read begins, right below
                running = next != null;
            }
            if (next != null) {
                begin(next);
            }
            if (failure != null) {
                round.completeExceptionally(failure);
            } else {
                round.complete(value);
            }
        });
    }
}
