package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import org.ksrelations.agreements.seed.SeedLoader;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.testing.SeedPassLockTests;

/** Replicas started at once on one database: their seed passes run one after the other, and only the first loads. */
@QuarkusTest
class SeedPassLockTest extends SeedPassLockTests {

    SeedPassLockTest() {
        super("agreements", SeedState.passLockKey("agreements"), () -> CDI.current().select(SeedLoader.class).get().loadIfChanged());
    }
}
