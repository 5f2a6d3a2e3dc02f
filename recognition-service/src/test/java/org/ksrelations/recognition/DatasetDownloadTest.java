package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.DatasetDownloadTests;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The states (each with its acts, as {@code GET /api/v1/states/{code}} serves it) and memberships downloads
 * ({@link DatasetDownloadTests}).
 */
@QuarkusTest
class DatasetDownloadTest extends DatasetDownloadTests {

    DatasetDownloadTest() {
        super("state", "states", "memberships");
    }

    @Override
    protected String key(String dataset) {
        return dataset.equals("states") ? "code" : "slug";
    }

    @Override
    protected boolean sameColumnsAsList(String dataset) {
        return !dataset.equals("states"); // a state with its acts (StateDetail), not the list's State
    }

    @Test
    void theStatesZipHasEveryActAndTheStanceOfEachStateAsTheApiServesIt() throws Exception {
        Map<String, String> files = zip("states");
        List<List<String>> states = csv(files.get("states.csv"));
        int code = states.get(0).indexOf("code");
        int stance = states.get(0).indexOf("stance");
        List<String> japan = states.stream().filter(r -> r.get(code).equals("JP")).findFirst().orElseThrow();
        assertEquals(given().get("/api/v1/states/JP").jsonPath().getString("stance"), japan.get(stance));
        List<List<String>> acts = csv(files.get("states-acts.csv"));
        assertEquals("state", acts.get(0).get(0));
        long total = given().get("/api/v1/recognitions?includeTotal=true&limit=1").jsonPath().getLong("totalItems");
        assertEquals(total, acts.size() - 1, "every act, once");
        assertTrue(acts.stream().anyMatch(r -> r.get(0).equals("JP")));
    }
}
