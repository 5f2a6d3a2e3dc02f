package org.ksrelations.agreements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many editors at once over real HTTP: updates of one agreement with the same If-Match have exactly one winner per
 * version (the rest 412), and creates of the same slug exactly one (the rest 409). Every record is created here.
 */
@QuarkusTest
class ConcurrencyTest {

    /** Below the connection pool's size, so that every request holds a connection while it races. */
    static final int CALLERS = 16;

    @Test
    void concurrentUpdatesWithTheSameIfMatchHaveOneWinnerPerVersion() throws Exception {
        String slug = HostileInputTest.newSlug();
        Response created = HostileInputTest.post(HostileInputTest.valid(slug));
        assertEquals(201, created.statusCode(), created.asString());
        String etag = created.header("ETag");
        for (int round = 1; round <= 2; round++) {
            long version = version(etag);
            int r = round;
            String ifMatch = etag;
            List<Response> answers = race(i -> {
                ObjectNode body = HostileInputTest.valid(slug);
                body.putObject("title").put("en", title(r, i));
                return () -> HostileInputTest.editor().header("If-Match", ifMatch).contentType("application/json")
                        .body(body.toString()).put(HostileInputTest.AGREEMENTS + "/" + slug);
            });
            int winner = oneWinner(answers, 200, 412);
            Response now = given().get(HostileInputTest.AGREEMENTS + "/" + slug + "?lang=all");
            assertEquals(200, now.statusCode());
            assertEquals(title(round, winner), now.jsonPath().getString("title.en"), "the stored agreement is the winner's");
            assertEquals(version + 1, version(now.header("ETag")), "the version went up exactly once");
            assertEquals(now.header("ETag"), answers.get(winner).header("ETag"));
            etag = now.header("ETag");
        }
    }

    @Test
    void concurrentCreatesOfTheSameSlugHaveOneWinner() throws Exception {
        String slug = HostileInputTest.newSlug();
        List<Response> answers = race(i -> {
            ObjectNode body = HostileInputTest.valid(slug);
            body.putObject("title").put("en", "Concurrent create " + i);
            return () -> HostileInputTest.post(body);
        });
        int winner = oneWinner(answers, 201, 409);
        Response now = given().get(HostileInputTest.AGREEMENTS + "/" + slug + "?lang=all");
        assertEquals(200, now.statusCode());
        assertEquals("Concurrent create " + winner, now.jsonPath().getString("title.en"));
        assertEquals(1, given().get(HostileInputTest.AGREEMENTS + "?fields=slug&limit=500").jsonPath()
                .getList("items.slug").stream().filter(slug::equals).count(), "the agreement exists once");
    }

    static String title(int round, int caller) {
        return "Concurrent update round " + round + " by caller " + caller;
    }

    static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }

    /** Runs the callers' requests at once (released together by a latch) and answers their responses in order. */
    static List<Response> race(IntFunction<Callable<Response>> caller) throws Exception {
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
    static int oneWinner(List<Response> answers, int win, int lose) {
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
}
