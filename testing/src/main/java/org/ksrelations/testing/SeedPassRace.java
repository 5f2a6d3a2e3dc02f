package org.ksrelations.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two seed passes of a service started at the same moment, as two replicas starting at once on one database would run
 * them, made to collide for certain: the test holds the pass's advisory lock itself, starts both passes, waits until
 * PostgreSQL shows both waiting for that lock, and lets go. With the lock the passes then run one after the other:
 * exactly one loads, the other finds the load recorded and skips. Without it neither would wait, and the test fails.
 */
public final class SeedPassRace {

    private SeedPassRace() {
    }

    /**
     * Forgets the recorded load of {@code dataset} (so that a pass has work to do), runs {@code pass} twice at once
     * behind the held lock {@code lockKey}, and checks that exactly one of them loaded ({@code pass} answers whether it
     * loaded) and that {@code seed_state} records the load once.
     */
    public static void passesRunOneAfterTheOther(DataSource db, String dataset, long lockKey, Callable<Boolean> pass)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = db.getConnection(); Connection probe = db.getConnection()) {
            update(holder, "delete from seed_state where dataset = ?", dataset);
            query(holder, "select pg_advisory_lock(?)", lockKey);
            List<Future<Boolean>> passes = new ArrayList<>();
            try {
                passes.add(pool.submit(pass));
                passes.add(pool.submit(pass));
                awaitWaiters(probe, lockKey, 2, passes);
            } finally {
                query(holder, "select pg_advisory_unlock(?)", lockKey);
            }
            List<Boolean> loaded = new ArrayList<>();
            for (Future<Boolean> f : passes) {
                loaded.add(f.get(5, TimeUnit.MINUTES));
            }
            assertEquals(1, loaded.stream().filter(Boolean::booleanValue).count(),
                    "exactly one of the two passes loads, the other skips: " + loaded);
            assertEquals(1L, query(probe, "select count(*) from seed_state where dataset = ?", dataset),
                    "the load is recorded once");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until {@code count} sessions wait for the advisory lock {@code key}; fails when a pass ends before. */
    private static void awaitWaiters(Connection probe, long key, int count, List<Future<Boolean>> passes)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            // a bigint key shows in pg_locks as classid (high 32 bits) and objid (low 32 bits), objsubid 1
            long waiting = query(probe, "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                    + " and database = (select oid from pg_database where datname = current_database())"
                    + " and classid::bigint = ? and objid::bigint = ? and objsubid = 1", key >>> 32, key & 0xFFFFFFFFL);
            if (waiting >= count) {
                return;
            }
            for (Future<Boolean> f : passes) {
                if (f.isDone()) {
                    fail("a seed pass ended without waiting for the lock held by another (loaded: " + f.get() + ")");
                }
            }
            Thread.sleep(50);
        }
        fail("the two seed passes did not both wait for the seed lock");
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            ps.executeUpdate();
        }
    }

    private static long query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            Object v = rs.getObject(1);
            return v instanceof Number n ? n.longValue() : 0;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
