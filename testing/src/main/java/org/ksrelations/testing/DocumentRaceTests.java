package org.ksrelations.testing;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The concurrency contract of a collection of documents keyed by slug (create by POST, replace by PUT with If-Match,
 * delete with If-Match), for a service's {@code @QuarkusTest} to extend: updates of one document with the same
 * If-Match have exactly one winner per version (the rest 412), and creates of the same slug exactly one (the rest
 * 409). Every document is created here and deleted at the end.
 */
public abstract class DocumentRaceTests {

    private final Documents documents;
    private final String listQuery;

    /** {@code listQuery} (after the collection's path) lists new documents, to show that a winner exists once. */
    protected DocumentRaceTests(Documents documents, String listQuery) {
        this.documents = documents;
        this.listQuery = listQuery;
    }

    @Test
    public void concurrentUpdatesWithTheSameIfMatchHaveOneWinnerPerVersion() throws Exception {
        Race.replacesHaveOneWinnerPerVersion(documents, documents.newSlug());
    }

    @Test
    public void concurrentCreatesOfTheSameSlugHaveOneWinner() throws Exception {
        String slug = documents.newSlug();
        Response now = Race.createsHaveOneWinner(documents, slug);
        assertEquals(1, given().get(documents.collection() + listQuery).jsonPath().getList("items.slug").stream()
                .filter(slug::equals).count(), "the document exists once");
        documents.delete(slug, now.header("ETag"));
    }
}
