package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page costs what it shows, in a fixed number of round trips: one statement finds the page and writes its events
 * with their actors as JSON (never one query per event, never the events' JSON columns repeated per actor), whatever
 * the page size.
 */
@QuarkusTest
class EventQueryCountTest {

    /** An Accept-Language no other request sends: the read cache keys on it, so these reads are built, not served. */
    private static final String UNCACHED = "mk;q=0.9, sr;q=0.8, en;q=0.1";

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String path, int expectedItems) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        given().header("Accept-Language", UNCACHED).get(path).then().statusCode(200).body("items", hasSize(expectedItems));
        return stats.getPrepareStatementCount();
    }

    @Test
    void aListPageTakesTheSameFewStatementsForFiveEventsAsForFifty() {
        long five = statementsFor("/api/v1/events?limit=5&sort=date&from=2001-01-01", 5);
        long fifty = statementsFor("/api/v1/events?limit=50&sort=date&from=2001-01-02", 50);
        assertEquals(five, fifty, "statements for a page of 5 and of 50");
        assertTrue(fifty <= 2, "the page (its keys, events and actors as JSON in one statement), last modified: " + fifty);
        assertNoFetchJoin();
    }

    @Test
    void aPageInEveryLanguageLoadsItsEventsAndTheirActorsInAFixedNumberOfStatements() {
        long five = statementsFor("/api/v1/events?limit=5&sort=date&from=2001-01-03&lang=all", 5);
        long fifty = statementsFor("/api/v1/events?limit=50&sort=date&from=2001-01-04&lang=all", 50);
        assertEquals(five, fifty, "statements for a page of 5 and of 50");
        assertTrue(fifty <= 4, "page keys, events, their actors, last modified: " + fifty);
        assertNoFetchJoin();
    }

    /** The entity queries of the last request: none joins the actors to the events' rows. */
    private void assertNoFetchJoin() {
        for (String q : sessionFactory.getStatistics().getQueries()) {
            assertTrue(!q.toUpperCase(java.util.Locale.ROOT).contains("JOIN FETCH"), q);
        }
    }

    @Test
    void oneEventIsReadWithoutJoiningItsActorsToItsRow() {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        given().header("Accept-Language", UNCACHED).get("/api/v1/events/2008-02-17-kosovo-declares-independence")
                .then().statusCode(200);
        long statements = stats.getPrepareStatementCount();
        assertTrue(statements >= 1 && statements <= 2, "the event, then its actors: " + statements);
        assertNoFetchJoin();
    }
}
