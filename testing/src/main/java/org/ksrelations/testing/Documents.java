package org.ksrelations.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.ksrelations.testing.HostileRequests.Case;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.ksrelations.testing.HostileRequests.b64;
import static org.ksrelations.testing.HostileRequests.editor;
import static org.ksrelations.testing.HostileRequests.enc;

/**
 * A collection of documents keyed by a slug the client chooses, as the events and the agreements are: a document is
 * created by a POST of the whole of it to the collection, replaced by a PUT, changed by a merge patch and deleted,
 * the last three with If-Match; it has a localized {@code title} and {@code summary} and {@code sources}. The requests
 * the hostile-input and concurrency tests send to one, and the hostile requests every such collection gets.
 */
public final class Documents {

    private final String collection;
    private final Function<String, ObjectNode> valid;
    private final Supplier<String> newSlug;

    /**
     * {@code valid} makes a valid document with a slug (a new tree each time), {@code newSlug} a slug no document has.
     */
    public Documents(String collection, Function<String, ObjectNode> valid, Supplier<String> newSlug) {
        this.collection = collection;
        this.valid = valid;
        this.newSlug = newSlug;
    }

    public String collection() {
        return collection;
    }

    public String path(String slug) {
        return collection + "/" + slug;
    }

    public String newSlug() {
        return newSlug.get();
    }

    public ObjectNode valid(String slug) {
        return valid.apply(slug);
    }

    /** A valid document whose English title is {@code title}, as JSON. */
    public String titled(String slug, String title) {
        ObjectNode n = valid(slug);
        n.putObject("title").put("en", title);
        return n.toString();
    }

    /** A valid new document over the 1 MB body limit (its English summary is 1.5 MB). */
    public byte[] huge() {
        ObjectNode n = valid(newSlug());
        n.putObject("summary").put("en", "x".repeat(1_500_000));
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A POST of {@code body} to the collection, by an editor. */
    public Response post(Object body) {
        return editor().contentType(WriteCases.JSON).body(body.toString()).post(collection);
    }

    /** A POST of a valid new document with one change. */
    public Response create(Consumer<ObjectNode> change) {
        ObjectNode n = valid(newSlug());
        change.accept(n);
        return post(n);
    }

    public Response read(String slug) {
        return given().get(path(slug) + "?lang=all");
    }

    /** The current ETag of the document (it must exist). */
    public String etag(String slug) {
        return given().get(path(slug)).then().statusCode(200).extract().header("ETag");
    }

    public Response replace(String slug, String ifMatch, String body) {
        return editor().header("If-Match", ifMatch).contentType(WriteCases.JSON).body(body).put(path(slug));
    }

    /** A merge patch of the document with its current ETag. */
    public Response patch(String slug, String body) {
        return editor().header("If-Match", etag(slug)).contentType(WriteCases.MERGE_PATCH).body(body).patch(path(slug));
    }

    public void delete(String slug, String etag) {
        editor().header("If-Match", etag).delete(path(slug)).then().statusCode(204);
    }

    /**
     * The hostile requests every document collection gets: its creates ({@link WriteCases#creates}, a bad slug, title
     * or sources), the replaces, merge patches and deletes of {@code fixture}, an existing document they never
     * change, and those of its change feed and item paths ({@link ListCases#changesFeed}, {@link ListCases#paths}).
     */
    public List<Case> cases(String fixture) {
        String item = path(fixture);
        List<Case> c = new ArrayList<>(WriteCases.creates(WriteCases.Creates.at(collection,
                () -> valid(newSlug()).toString(), this::huge)));
        c.addAll(WriteCases.slug(this::create));
        c.addAll(WriteCases.title(this::create, b -> patch(fixture, b)));
        c.addAll(WriteCases.sources(this::create));
        c.addAll(WriteCases.preconditions("PUT", s -> s.contentType(WriteCases.JSON).body(valid(fixture).toString()).put(item)));
        c.addAll(WriteCases.objectBody("PUT", b -> replace(fixture, etag(fixture), b)));
        c.add(new Case("PUT that changes the slug", 422, () -> replace(fixture, etag(fixture), valid(newSlug()).toString())));
        c.addAll(WriteCases.mergePatch(item, () -> etag(fixture)));
        c.add(new Case("DELETE with a weak garbage If-Match", 412, () -> editor().header("If-Match", "W/\"abc\", \"\"").delete(item)));
        c.add(new Case("DELETE of a document that does not exist", 404, () -> editor().header("If-Match", "\"0\"")
                .delete(path("no-such-document-" + UUID.randomUUID()))));
        c.add(new Case("DELETE of a SQL-injection slug", 404, () -> editor().header("If-Match", "*").delete(path(enc("x' OR '1'='1")))));
        c.add(new Case("DELETE on the collection", 405, () -> editor().delete(collection)));
        c.add(new Case("PUT on the collection", 405, () -> editor().contentType(WriteCases.JSON).body("{}").put(collection)));
        c.addAll(ListCases.changesFeed(collection + "/changes"));
        c.addAll(ListCases.paths(collection));
        return c;
    }

    /**
     * The hostile queries of the collection's list that every document collection gets: a dated list that takes
     * {@code updatedSince}, the orders with relevance, {@code fields}, {@code lang} and a search text, whose items are
     * the documents ({@code fixture} an existing one), and a date cursor forged with SQL in its key. The collection
     * adds its own with {@link ListCases#bad}.
     */
    public ListCases list(String fixture) {
        return ListCases.of(collection).dates().updatedSince().sorts().relevance().fields("slug").lang().search()
                .items(fixture)
                .bad("forged cursor with SQL in its date key", "cursor=" + b64("{\"o\":\"date\",\"k\":\"' OR 1=1--\",\"s\":\"x\"}"));
    }

    /**
     * {@link HostileRequests#run} around {@code fixture} of the {@link #cases} every document collection gets and the
     * collection's own {@code domainCases}: the fixture document ({@code body}) is created before the snapshot and
     * deleted after the comparison.
     */
    public Stream<DynamicTest> run(String fixture, ObjectNode body, List<Case> domainCases, DataSource dataSource) {
        List<Case> cases = new ArrayList<>(cases(fixture));
        cases.addAll(domainCases);
        return Stream.concat(HostileRequests.run(cases, "the fixture " + fixture + " is created, then the database is snapshot",
                        () -> post(body).then().statusCode(201), dataSource),
                Stream.of(DynamicTest.dynamicTest("the fixture is deleted", () -> delete(fixture, etag(fixture)))));
    }
}
