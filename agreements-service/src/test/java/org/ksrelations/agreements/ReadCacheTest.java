package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.ksrelations.testing.ReadCacheTests;

/** Conditional and cached reads of agreements, as in every service ({@link ReadCacheTests}). */
@QuarkusTest
class ReadCacheTest extends ReadCacheTests {

    @Override
    protected String list() {
        return "/api/v1/agreements?limit=5";
    }

    @Override
    protected String record() {
        return "/api/v1/agreements/2013-04-19-brussels-agreement";
    }

    @Override
    protected String table() {
        return "agreement";
    }
}
