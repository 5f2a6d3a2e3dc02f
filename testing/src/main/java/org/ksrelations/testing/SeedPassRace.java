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
 * Two start-up steps of a service run at the same moment, as two replicas starting at once on one database would run
 * them, and made to collide for certain: the test holds the step's advisory lock itself, starts both, waits until
 * PostgreSQL shows both waiting for that lock, and lets go ({@link #behindHeldLock}). Without the lock neither would
 * wait, and the test fails. For the seed pass ({@link #passesRunOneAfterTheOther}), the passes then run one after the
 * other: exactly one loads, the other finds the load recorded and skips.
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
        try (Connection c = db.getConnection()) {
            update(c, "delete from seed_state where dataset = ?", dataset);
        }
        List<Boolean> loaded = behindHeldLock(db, lockKey, pass, 2);
        assertEquals(1, loaded.stream().filter(Boolean::booleanValue).count(),
                "exactly one of the two passes loads, the other skips: " + loaded);
        try (Connection c = db.getConnection()) {
            assertEquals(1L, query(c, "select count(*) from seed_state where dataset = ?", dataset),
                    "the load is recorded once");
        }
    }

    /**
     * Runs {@code task} {@code times} times at once while the test holds the advisory lock {@code lockKey}; fails
     * unless every run waits for that lock (so each takes it); then lets go and answers what the runs answered.
     */
    public static <T> List<T> behindHeldLock(DataSource db, long lockKey, Callable<T> task, int times)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try (Connection holder = db.getConnection(); Connection probe = db.getConnection()) {
            query(holder, "select pg_advisory_lock(?)", lockKey);
            List<Future<T>> runs = new ArrayList<>();
            try {
                for (int i = 0; i < times; i++) {
                    runs.add(pool.submit(task));
                }
                awaitWaiters(probe, lockKey, times, runs);
            } finally {
                query(holder, "select pg_advisory_unlock(?)", lockKey);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : runs) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until {@code count} sessions wait for the advisory lock {@code key}; fails when a pass ends before. */
    private static <T> void awaitWaiters(Connection probe, long key, int count, List<Future<T>> passes)
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
            for (Future<T> f : passes) {
                if (f.isDone()) {
                    fail("a run ended without waiting for the lock held by another (it answered " + f.get() + ")");
                }
            }
            Thread.sleep(50);
        }
        fail("the runs did not all wait for the lock");
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
