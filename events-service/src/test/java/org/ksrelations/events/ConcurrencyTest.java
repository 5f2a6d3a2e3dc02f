package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import org.ksrelations.testing.DocumentRaceTests;

/** Many editors at once over real HTTP, on the events: the concurrency contract of {@link DocumentRaceTests}. */
@QuarkusTest
class ConcurrencyTest extends DocumentRaceTests {

    ConcurrencyTest() {
        super(HostileInputTest.DOCUMENTS, "?from=2014-06-01&to=2014-06-01&limit=500");
    }
}
