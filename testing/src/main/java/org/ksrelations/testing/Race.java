package org.ksrelations.testing;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many editors at once over real HTTP: the concurrency runner of the services' tests. */
public final class Race {

    /** Below the services' connection pool size, so that every request holds a connection while it races. */
    public static final int CALLERS = 16;

    private Race() {
    }

    /**
     * Runs {@link #CALLERS} requests at once (made by {@code caller} for each caller's index, all released together by
     * a latch) and answers their responses in the callers' order.
     */
    public static List<Response> race(IntFunction<Callable<Response>> caller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                Callable<Response> request = caller.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.call();
                }));
            }
            ready.await();
            start.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get(2, TimeUnit.MINUTES)); // a guard against a hang, not a timing assertion
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one answer is {@code win}, every other a {@code lose} problem; answers the winner's index. */
    public static int oneWinner(List<Response> answers, int win, int lose) {
        int winner = -1;
        int winners = 0;
        for (int i = 0; i < answers.size(); i++) {
            Response a = answers.get(i);
            if (a.statusCode() == win) {
                winners++;
                winner = i;
            } else {
                Problems.assertProblem(a, lose);
            }
        }
        assertEquals(1, winners, "exactly one " + win);
        return winner;
    }

    /**
     * Two rounds of {@link #CALLERS} updates of one record, all with its current ETag ({@code etag} at first) as
     * If-Match: {@code update} sends one (If-Match, a text naming the caller) and answers 200 for the winner, 412 for
     * every other caller; then the record {@code read} answers is the winner's ({@code textPath} is where the text is
     * stored), its version went up exactly once and its ETag is the one the winner was answered. Answers the last ETag.
     */
    public static String updatesHaveOneWinnerPerVersion(String etag, BiFunction<String, String, Response> update,
                                                         Supplier<Response> read, String textPath) throws Exception {
        for (int round = 1; round <= 2; round++) {
            long version = version(etag);
            int r = round;
            String ifMatch = etag;
            List<Response> answers = race(i -> () -> update.apply(ifMatch, title(r, i)));
            int winner = oneWinner(answers, 200, 412);
            Response now = read.get();
            assertEquals(200, now.statusCode());
            assertEquals(title(round, winner), now.jsonPath().getString(textPath), "the stored record is the winner's");
            assertEquals(version + 1, version(now.header("ETag")), "the version went up exactly once");
            assertEquals(now.header("ETag"), answers.get(winner).header("ETag"));
            etag = now.header("ETag");
        }
        return etag;
    }

    /**
     * {@link #updatesHaveOneWinnerPerVersion} for PUTs of a document created here ({@code slug}), each with the caller's
     * English title; the document is deleted again.
     */
    public static void replacesHaveOneWinnerPerVersion(Documents d, String slug) throws Exception {
        Response created = d.post(d.valid(slug));
        assertEquals(201, created.statusCode(), created.asString());
        String etag = updatesHaveOneWinnerPerVersion(created.header("ETag"),
                (ifMatch, title) -> d.replace(slug, ifMatch, d.titled(slug, title)), () -> d.read(slug), "title.en");
        d.delete(slug, etag);
    }

    /**
     * {@link #CALLERS} creates of one slug at once (each with the caller's English title): exactly one 201, every
     * other a 409 problem, and the stored document is the winner's. Answers the stored document (the caller checks it exists once, then deletes it).
     */
    public static Response createsHaveOneWinner(Documents d, String slug) throws Exception {
        List<Response> answers = race(i -> {
            String body = d.titled(slug, "Concurrent create " + i);
            return () -> d.post(body);
        });
        int winner = oneWinner(answers, 201, 409);
        Response now = d.read(slug);
        assertEquals(200, now.statusCode());
        assertEquals("Concurrent create " + winner, now.jsonPath().getString("title.en"));
        return now;
    }

    /** The version number in an ETag ({@code "7"} or {@code W/"7"}). */
    public static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }

    /** The text caller {@code caller} writes in round {@code round}, so that the stored value names the winner. */
    public static String title(int round, int caller) {
        return "Concurrent update round " + round + " by caller " + caller;
    }
}
