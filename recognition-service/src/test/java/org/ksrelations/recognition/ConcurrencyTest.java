package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ksrelations.testing.HostileRequests.editor;
import static org.ksrelations.testing.Race.oneWinner;
import static org.ksrelations.testing.Race.race;
import static org.ksrelations.testing.Race.updatesHaveOneWinnerPerVersion;

/**
 * Many editors at once over real HTTP: merge patches of one state with the same If-Match have exactly one winner per
 * version (the rest 412), and creates of the same act exactly one (the rest 409). States are reference data (there is
 * no POST of a state): the test patches a seeded state no other test uses and restores its note; the act is created
 * here and deleted again.
 */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void concurrentPatchesWithTheSameIfMatchHaveOneWinnerPerVersion() throws Exception {
        String code = "NZ";
        String path = HostileInputTest.STATES + "/" + code;
        String original = given().get(path).then().statusCode(200).extract().path("note");
        String etag = updatesHaveOneWinnerPerVersion(Api.etag(code), (ifMatch, note) -> editor().header("If-Match", ifMatch)
                .contentType("application/merge-patch+json").body("{\"note\": \"" + note + "\"}").patch(path),
                () -> given().get(path), "note");
        editor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(original == null ? "{\"note\": null}" : "{\"note\": \"" + original + "\"}").patch(path)
                .then().statusCode(200);
    }

    /** With If-Match: * (any version), so that the only thing the callers race for is the act itself. */
    @Test
    void concurrentCreatesOfTheSameActHaveOneWinner() throws Exception {
        String code = "VN";
        String acts = HostileInputTest.STATES + "/" + code + "/acts";
        List<Response> answers = race(i -> () -> editor().header("If-Match", "*")
                .contentType("application/json").body(Api.act("RECOGNITION", "2024-03-01", "DAY")).post(acts));
        int winner = oneWinner(answers, 201, 409);
        String id = answers.get(winner).jsonPath().getString("id");
        assertEquals(1, given().get(HostileInputTest.STATES + "/" + code).jsonPath().getList("acts.id").stream()
                .filter(id::equals).count(), "the act exists once");
        Api.delete(code, id);
    }
}
