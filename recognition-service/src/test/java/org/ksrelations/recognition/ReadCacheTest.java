package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import org.ksrelations.testing.ReadCacheTests;

/** Conditional and cached reads of states and recognitions, as in every service ({@link ReadCacheTests}). */
@QuarkusTest
class ReadCacheTest extends ReadCacheTests {

    @Override
    protected String list() {
        return "/api/v1/states?limit=5";
    }

    @Override
    protected String record() {
        return "/api/v1/states/il";
    }

    @Override
    protected String table() {
        return "state";
    }
}
