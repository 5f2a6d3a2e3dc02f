package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.ksrelations.testing.DocumentRaceTests;

/** Many editors at once over real HTTP, on the agreements: the concurrency contract of {@link DocumentRaceTests}. */
@QuarkusTest
class ConcurrencyTest extends DocumentRaceTests {

    ConcurrencyTest() {
        super(HostileInputTest.DOCUMENTS, "?fields=slug&limit=500");
    }
}
