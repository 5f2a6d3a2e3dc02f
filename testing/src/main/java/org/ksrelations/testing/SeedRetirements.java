package org.ksrelations.testing;

import jakarta.enterprise.inject.spi.CDI;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * How a record removed from the seed files leaves a service, the same in every service: a seeded record that the seed
 * files no longer contain is removed by the next seed pass and leaves a tombstone (a DELETE in the changes feed); a
 * record an editor made stays, and so do the records still in the seed.
 */
public final class SeedRetirements {

    private SeedRetirements() {
    }

    /**
     * Creates the records {@code retired} and {@code edited} through the API ({@code create}), makes {@code retired}
     * look as if it came from an earlier seed file, runs the seed pass and checks that only {@code retired} is gone,
     * with a DELETE in the changes feed, while {@code edited} and the seeded {@code seeded} stay. {@code resource} is
     * the records' resource and table (e.g. {@code event}).
     */
    public static void onlyTheSeededRecordIsRetired(String resource, String seeded, String retired, String edited,
                                                    Consumer<String> create, SeedPass seedPass) throws Exception {
        String list = "/api/v1/" + resource + "s";
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString();
        create.accept(retired);
        create.accept(edited);
        // as if the first had come from an earlier seed file; the second stays an editor's record
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "update " + resource + " set origin = 'SEED', seed_hash = 'old' where slug = ?")) {
            s.setString(1, retired);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("could not mark " + retired + " as seeded", e);
        }

        seedPass.run();

        given().get(list + "/" + retired).then().statusCode(404);
        given().get(list + "/" + edited).then().statusCode(200);
        given().get(list + "/" + seeded).then().statusCode(200);
        given().queryParam("since", since).queryParam("limit", 500).get(list + "/changes").then()
                .statusCode(200)
                .body("items.find { it.slug == '" + retired + "' }.change", equalTo("DELETE"));
    }
}
