package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.DatasetDownloadTests;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agreements download ({@link DatasetDownloadTests}): provisions, milestones, signatories and sources as CSV files. */
@QuarkusTest
class DatasetDownloadTest extends DatasetDownloadTests {

    DatasetDownloadTest() {
        super("agreement", "agreements");
    }

    @Test
    void theZipHasTheProvisionsAndMilestonesOfTheBrusselsAgreement() throws Exception {
        Map<String, String> files = zip("agreements");
        List<List<String>> provisions = csv(files.get("agreements-provisions.csv"));
        assertEquals("agreement", provisions.get(0).get(0));
        long brussels = provisions.stream().filter(r -> r.get(0).equals("2013-04-19-brussels-agreement")).count();
        assertEquals(given().get("/api/v1/agreements/2013-04-19-brussels-agreement").jsonPath().getList("provisions").size(),
                (int) brussels, "each provision of the Brussels Agreement, once");
        List<List<String>> milestones = csv(files.get("agreements-milestones.csv"));
        assertTrue(milestones.stream().anyMatch(r -> r.get(0).equals("2013-04-19-brussels-agreement")));
        assertTrue(files.containsKey("agreements-signatories.csv") && files.containsKey("agreements-sources.csv"));
    }
}
