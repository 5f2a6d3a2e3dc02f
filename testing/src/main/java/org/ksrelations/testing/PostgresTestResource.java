package org.ksrelations.testing;

import org.ksrelations.launcher.DevKeys;
import org.ksrelations.launcher.EmbeddedPg;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a throwaway PostgreSQL 17 on a random port for a service's {@code @QuarkusTest}s and points the datasource
 * and the JWT verifier at it. Init arg {@code database} names the database (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres pg;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            pg = EmbeddedPg.startThrowaway();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedPg.ensureDatabase(pg, database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", EmbeddedPg.jdbcUrl(pg.getPort(), database));
        config.put("quarkus.datasource.username", EmbeddedPg.USER);
        config.put("quarkus.datasource.password", EmbeddedPg.PASSWORD);
        // the key itself, not its location: Quarkus' JWT dev services set mp.jwt.verify.publickey in tests, which would
        // otherwise win over a location
        config.put("mp.jwt.verify.publickey", TestTokens.keys().publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
