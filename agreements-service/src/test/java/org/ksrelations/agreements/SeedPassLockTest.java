package org.ksrelations.agreements;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.seed.SeedLoader;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.testing.SeedPassRace;

/** Replicas started at once on one database: their seed passes run one after the other, and only the first loads. */
@QuarkusTest
class SeedPassLockTest {

    @Inject
    SeedLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoSeedPassesAtOnceRunOneAfterTheOtherAndOnlyTheFirstLoads() throws Exception {
        SeedPassRace.passesRunOneAfterTheOther(dataSource, "agreements", SeedState.passLockKey("agreements"),
                loader::loadIfChanged);
    }
}
