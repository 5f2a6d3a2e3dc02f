package org.ksrelations.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A seeded record whose slug changed (its seed record lists the old one in {@code formerSlugs}) is renamed in place by
 * the seed pass, and the old slug stays as an alias, the same in every service with renamable records: the new slug
 * answers with the record's ETag, writes to the old slug answer 308 to the new one, the changes feed reports the rename as its own entry, a second pass renames nothing
 * and keeps an editor's change, and no new record can take the old slug. The tests start from a database as the
 * previous release left it: the row under its old slug ({@link #underTheOldSlug}), and each ends with the seed's record
 * back under its new slug. A service's test class extends this, names the record, runs its seed pass and writes a new
 * record under the old slug.
 */
public abstract class RenamedSlugTests {

    @Inject
    DataSource dataSource;

    /** The record's resource, also its table (e.g. {@code event}). */
    private final String resource;
    /** The API path of the resource's records (e.g. {@code /api/v1/events}). */
    protected final String list;
    protected final String oldSlug;
    protected final String newSlug;
    private final String dateField;
    private final String date;
    private final SeedPass seedPass;

    /**
     * The record of {@code resource} renamed from {@code oldSlug} to {@code newSlug}, dated {@code date} in
     * {@code dateField}; {@code seedPass} runs the service's seed pass.
     */
    protected RenamedSlugTests(String resource, String oldSlug, String newSlug, String dateField, String date,
                               SeedPass seedPass) {
        this.resource = resource;
        this.list = "/api/v1/" + resource + "s";
        this.oldSlug = oldSlug;
        this.newSlug = newSlug;
        this.dateField = dateField;
        this.date = date;
        this.seedPass = seedPass;
    }

    /** The body of a valid new record under {@link #oldSlug} (which must be refused). */
    protected abstract Object newRecordUnderTheOldSlug();

    /** Runs the service's seed pass. */
    protected void seedPass() throws Exception {
        seedPass.run();
    }

    /** The row as the release before the rename left it: under its old slug, seeded, no alias. */
    protected void underTheOldSlug() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            update(c, "delete from slug_alias where resource = ? and old_slug = ?", resource, oldSlug);
            update(c, "update " + resource + " set slug = ?, origin = 'SEED' where slug = ?", oldSlug, newSlug);
            c.commit();
        }
    }

    protected long version(String slug) throws SQLException {
        return number("select version from " + resource + " where slug = ?", slug);
    }

    protected long aliases() throws SQLException {
        return number("select count(*) from slug_alias where resource = ? and old_slug = ?", resource, oldSlug);
    }

    /** Back to the seed's record under its new slug, whatever a test left. */
    @AfterEach
    void restore() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            update(c, "update " + resource + " set origin = 'SEED', seed_hash = 'stale' where slug in (?, ?)",
                    oldSlug, newSlug);
        }
        seedPass();
        given().get(list + "/" + newSlug).then().statusCode(200);
    }

    @Test
    void theNewSlugAnswersTheSameRecordWithItsEtagAndConditionalReads() throws Exception {
        underTheOldSlug();
        seedPass();
        Response r = given().get(list + "/" + newSlug);
        r.then().statusCode(200).body("slug", equalTo(newSlug)).body(dateField, equalTo(date));
        String etag = r.header("ETag");
        assertEquals("\"" + version(newSlug) + "\"", etag);
        given().header("If-None-Match", etag).get(list + "/" + newSlug).then().statusCode(304);
    }

    /** A path below a record that a write may aim at ({@code ""}: the record itself), for the writes to the old slug. */
    protected String below() {
        return "";
    }

    @Test
    void writesToAnOldSlugAnswer308AndUnknownSlugsStay404() throws Exception {
        underTheOldSlug();
        seedPass();
        String etag = "\"" + version(newSlug) + "\"";
        given().redirects().follow(false).auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"tags\": [\"renamed\"]}")
                .patch(list + "/" + oldSlug).then()
                .statusCode(308).header("Location", endsWith(list + "/" + newSlug));
        given().redirects().follow(false).auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .delete(list + "/" + oldSlug + below()).then()
                .statusCode(308).header("Location", endsWith(list + "/" + newSlug + below()));
        given().get(list + "/" + newSlug).then().statusCode(200).header("ETag", etag); // nothing was written
        given().redirects().follow(false).get(list + "/" + newSlug + "-no-such-record").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void theChangesFeedReportsTheRenameAsItsOwnEntry() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        underTheOldSlug();
        seedPass();
        given().queryParam("since", since).queryParam("limit", 500).get(list + "/changes").then()
                .statusCode(200)
                .body("items.find { it.change == 'RENAME' }.slug", equalTo(newSlug))
                .body("items.find { it.change == 'RENAME' }.formerSlug", equalTo(oldSlug))
                .body("items.find { it.change == 'RENAME' }." + resource, equalTo(null))
                .body("items.findAll { it.change == 'UPSERT' }.slug", hasItem(newSlug));
    }

    @Test
    void aSecondSeedPassDoesNotRenameTwiceAndKeepsAnEditorsChange() throws Exception {
        underTheOldSlug();
        // an editor changed the record under its old slug before the upgrade
        String etag = given().get(list + "/" + oldSlug).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"tags\": [\"edited-by-an-editor\"]}")
                .patch(list + "/" + oldSlug).then().statusCode(200);

        seedPass();
        long version = version(newSlug);
        seedPass();

        assertEquals(version, version(newSlug), "the second pass changed nothing");
        assertEquals(1, aliases());
        given().get(list + "/" + newSlug).then().statusCode(200)
                .body("tags", equalTo(List.of("edited-by-an-editor")));
        given().redirects().follow(false).get(list + "/" + oldSlug).then().statusCode(301);
    }

    @Test
    void aNewRecordCannotTakeTheOldSlugOfALiveOne() throws Exception {
        underTheOldSlug();
        seedPass();
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(newRecordUnderTheOldSlug())
                .post(list).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith(resource + " slug '" + oldSlug + "' is the former slug of '" + newSlug + "'"));
        given().redirects().follow(false).get(list + "/" + oldSlug).then().statusCode(301);
    }

    private static void update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private long number(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
