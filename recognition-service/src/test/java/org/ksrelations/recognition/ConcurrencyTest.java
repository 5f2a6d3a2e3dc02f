package org.ksrelations.recognition;

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
 * Many editors at once over real HTTP: merge patches of one state with the same If-Match have exactly one winner per
 * version (the rest 412), and creates of the same act exactly one (the rest 409). States are reference data (there is
 * no POST of a state): the test patches a seeded state no other test uses and restores its note; the act is created
 * here and deleted again.
 */
@QuarkusTest
class ConcurrencyTest {

    /** Below the connection pool's size, so that every request holds a connection while it races. */
    static final int CALLERS = 16;

    @Test
    void concurrentPatchesWithTheSameIfMatchHaveOneWinnerPerVersion() throws Exception {
        String code = "NZ";
        String path = HostileInputTest.STATES + "/" + code;
        String original = given().get(path).then().statusCode(200).extract().path("note");
        String etag = Api.etag(code);
        for (int round = 1; round <= 2; round++) {
            long version = version(etag);
            int r = round;
            String ifMatch = etag;
            List<Response> answers = race(i -> () -> HostileInputTest.editor().header("If-Match", ifMatch)
                    .contentType("application/merge-patch+json")
                    .body("{\"note\": \"" + title(r, i) + "\"}").patch(path));
            int winner = oneWinner(answers, 200, 412);
            Response now = given().get(path);
            assertEquals(200, now.statusCode());
            assertEquals(title(round, winner), now.jsonPath().getString("note"), "the stored note is the winner's");
            assertEquals(version + 1, version(now.header("ETag")), "the version went up exactly once");
            assertEquals(now.header("ETag"), answers.get(winner).header("ETag"));
            etag = now.header("ETag");
        }
        HostileInputTest.editor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(original == null ? "{\"note\": null}" : "{\"note\": \"" + original + "\"}").patch(path)
                .then().statusCode(200);
    }

    /** With If-Match: * (any version), so that the only thing the callers race for is the act itself. */
    @Test
    void concurrentCreatesOfTheSameActHaveOneWinner() throws Exception {
        String code = "VN";
        String acts = HostileInputTest.STATES + "/" + code + "/acts";
        List<Response> answers = race(i -> () -> HostileInputTest.editor().header("If-Match", "*")
                .contentType("application/json").body(Api.act("RECOGNITION", "2024-03-01", "DAY")).post(acts));
        int winner = oneWinner(answers, 201, 409);
        String id = answers.get(winner).jsonPath().getString("id");
        assertEquals(1, given().get(HostileInputTest.STATES + "/" + code).jsonPath().getList("acts.id").stream()
                .filter(id::equals).count(), "the act exists once");
        Api.delete(code, id);
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
