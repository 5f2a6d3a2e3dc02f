package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.ksrelations.events.seed.SeedLoader;
import org.ksrelations.kit.data.AdvisoryLocks;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.testing.SeedPassLockTests;
import org.ksrelations.testing.SeedPassRace;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Replicas started at once on one database: their seed passes run one after the other, and only the first loads. */
@QuarkusTest
class SeedPassLockTest extends SeedPassLockTests {

    @Inject
    Flyway flyway;

    SeedPassLockTest() {
        super("events", SeedState.passLockKey("events"), () -> CDI.current().select(SeedLoader.class).get().loadIfChanged());
    }

    /**
     * The service kit's afterMigrate callback (the dataset version's table, function and triggers) runs at every
     * start, outside Flyway's own migration lock: two instances at once take turns on its lock, and both succeed.
     */
    @Test
    void twoMigrationsAtOnceRunTheirAfterMigrateCallbackOneAfterTheOther() throws Exception {
        List<Boolean> migrated = SeedPassRace.behindHeldLock(dataSource, AdvisoryLocks.key("flyway:afterMigrate"),
                () -> flyway.migrate().success, 2);
        assertEquals(List.of(true, true), migrated);
    }
}
