package org.ksrelations.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Starts a real PostgreSQL 17 from the Maven-delivered zonky binaries: a throwaway one for tests, or a persistent
 * one (data kept in a folder between runs) for {@code ./run.sh}.
 */
public final class EmbeddedPg {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private EmbeddedPg() {
    }

    /** A fresh server on a random free port, its data in a temporary folder deleted on close. */
    public static EmbeddedPostgres startThrowaway() throws IOException {
        return tuned(EmbeddedPostgres.builder())
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /** A server whose data lives in {@code dataDir} and survives restarts. */
    public static EmbeddedPostgres startPersistent(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        return tuned(EmbeddedPostgres.builder())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        return builder
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
    }

    /** Creates the database when it does not exist yet (idempotent). */
    public static void ensureDatabase(EmbeddedPostgres pg, String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }
}
