package org.ksrelations.kit.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value read from outside (a database row, a service's answer) that concurrent callers share without ever getting
 * an older one than a read of their own would give: each caller gets the result of a read that <em>began after the
 * caller asked</em>.
 * <p>
 * Callers that arrive while a read is running join the next round; that round's read starts when the running one
 * ends, once, for all of them. One caller at a time costs one read, as before; N callers at once cost about two
 * reads instead of N. Nothing is kept between rounds: a caller that arrives when no read is running or waiting
 * starts one at once. An exception thrown by the read reaches every caller of its round; the next round reads again.
 */
public final class FreshRead<T> {

    private final Supplier<T> source;
    private final Object lock = new Object();
    /** The round callers join now: not started yet. */
    private Round<T> open;
    /** The round whose read is running; the next one waits for it. */
    private Round<T> running;

    private static final class Round<T> {
        final CompletableFuture<T> result = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        int callers = 1;
    }

    public FreshRead(Supplier<T> source) {
        this.source = source;
    }

    /** The value as read by a read that began after this call. */
    public T get() {
        Round<T> joined;
        Round<T> round = null;
        Round<T> before = null;
        synchronized (lock) {
            joined = open; // its read has not begun: it will see everything a read of this caller's would
            if (joined != null) {
                joined.callers++;
            } else {
                round = new Round<>();
                before = running;
                if (before == null) {
                    running = round;
                } else {
                    open = round;
                }
            }
        }
        if (joined != null) {
            return await(joined);
        }
        if (before != null) {
            before.ended.join(); // one read at a time: the round after it gathers who came meanwhile
            synchronized (lock) {
                open = null; // closed: callers from now on need a read that begins later
                running = round;
            }
        }
        try {
            round.result.complete(source.get());
        } catch (RuntimeException | Error e) {
            round.result.completeExceptionally(e);
        } finally {
            synchronized (lock) {
                if (running == round) {
                    running = null;
                }
            }
            round.ended.complete(null);
        }
        return await(round);
    }

    /** How many callers wait for the read that begins next (for tests and diagnostics). */
    int waitingForNextRead() {
        synchronized (lock) {
            return open == null ? 0 : open.callers;
        }
    }

    private static <T> T await(Round<T> round) {
        try {
            return round.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
