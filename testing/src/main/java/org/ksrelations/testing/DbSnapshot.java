package org.ksrelations.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole content of the service's database as one comparable value: per table of the public schema, its row count
 * and the md5 of all its rows (as text, sorted). Two equal snapshots mean no row was added, removed or changed.
 */
public final class DbSnapshot {

    private DbSnapshot() {
    }

    public static Map<String, String> take(DataSource ds) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new AssertionError("no tables found: the snapshot would prove nothing");
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                        + " FROM \"" + t + "\" t")) {
                    rs.next();
                    out.put(t, rs.getLong(1) + " rows, md5 " + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
        return out;
    }
}
