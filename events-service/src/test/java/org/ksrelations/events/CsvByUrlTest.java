package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Problems;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service kit's list formats over HTTP (issue 16): {@code format=csv|json} in the URL wins over Accept, CSV is a
 * named download, {@code bom=true} adds a UTF-8 byte order mark, an unknown format is a 400 problem.
 */
@QuarkusTest
class CsvByUrlTest {

    static String version() {
        return ConfigProvider.getConfig().getValue("ksr.dataset.version", String.class);
    }

    @Test
    void formatCsvInTheUrlAnswersCsvEvenWhenAcceptAsksForJson() {
        String csv = given().accept("application/json").get("/api/v1/events?format=csv&from=2013&to=2013&fields=slug,date")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"events-" + version() + ".csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("slug,date", lines[0]);
        assertTrue(lines.length > 3, "one row per event of 2013");
        assertTrue(lines[1].contains(",2013-"), lines[1]);
    }

    @Test
    void formatJsonInTheUrlWinsOverAcceptCsv() {
        given().accept("text/csv").get("/api/v1/events?format=json&limit=2").then().statusCode(200)
                .contentType(startsWith("application/json")).body("items.size()", equalTo(2))
                .header("Content-Disposition", nullValue());
    }

    @Test
    void acceptCsvStillWorksAndIsADownloadToo() {
        given().accept("text/csv").get("/api/v1/actors?limit=3").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"actors-" + version() + ".csv\""));
    }

    @Test
    void anUnknownFormatIsAnInvalidParameterProblem() {
        Problems.assertInvalidParameter(given().get("/api/v1/events?format=xml"), "format");
    }

    @Test
    void bomTrueStartsTheCsvWithAUtf8ByteOrderMarkAndOnlyThen() {
        byte[] withBom = given().get("/api/v1/events?format=csv&bom=true&limit=1").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(withBom, 3));
        byte[] without = given().get("/api/v1/events?format=csv&limit=1").then().statusCode(200).extract().asByteArray();
        assertTrue(without[0] != (byte) 0xEF, "no BOM without bom=true");
        assertEquals(new String(without, StandardCharsets.UTF_8), new String(withBom, StandardCharsets.UTF_8).substring(1));
        given().get("/api/v1/events?format=csv&bom=maybe").then().statusCode(400).body("errors[0].field", equalTo("bom"));
    }

    @Test
    void theNextPageLinkKeepsTheFormat() {
        given().get("/api/v1/events?format=csv&limit=1").then().statusCode(200)
                .header("Link", containsString("format=csv"));
        given().get("/api/v1/events?limit=500&format=json").then().statusCode(200)
                .body("items.size()", greaterThan(1));
    }
}
