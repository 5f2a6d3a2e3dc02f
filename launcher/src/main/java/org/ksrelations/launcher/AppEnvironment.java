package org.ksrelations.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an application of the suite is started with: its JVM options, its ports, and its database or its services. */
final class AppEnvironment {

    private AppEnvironment() {
    }

    /** The JVM options of every application: {@code KSR_JVM_OPTS}, or the suite's defaults. */
    public static String jvmOptions() {
        String opts = System.getenv("KSR_JVM_OPTS");
        return opts == null || opts.isBlank() ? DEFAULT_JVM_OPTS : opts.trim();
    }

    /**
     * The suite's JVM options: a 256 MB heap ceiling that starts small and gives memory back (Serial GC, at most 20 %
     * of the heap kept free), smaller thread stacks and code cache, and the C heap's freed memory handed back to the
     * system every two seconds ({@code TrimNativeHeapInterval}: glibc keeps what threads freed under load: 25–60 MB
     * of RSS after a load, bench/memory-ab.sh). {@code ./run.sh} and {@code bench/run.sh} use the same.
     */
    public static final String DEFAULT_JVM_OPTS = "-Xms16m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=5 "
            + "-XX:MaxHeapFreeRatio=20 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000";

    /**
     * {@code app}'s variables: a service gets its database on the embedded PostgreSQL at {@code pgPort}, the dev key
     * pair's public key and its dataset download folder; the gateway gets the URL of each of {@code services}.
     */
    static Map<String, String> of(Suite.App app, int pgPort, DevKeys keys, Path datasetsDir, List<Suite.App> services) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(app.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(app.managementPort()));
        env.put("QUARKUS_PROFILE", "prod");
        if (app.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", EmbeddedPg.jdbcUrl(pgPort, app.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPg.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPg.PASSWORD);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
            // the dataset download files, kept with the data between runs (one folder per instance)
            env.put("KSR_DATASETS_DIR", datasetsDir.toString());
        } else {
            for (Suite.App service : services) {
                env.put("KSR_GATEWAY_" + service.name().toUpperCase() + "_URL", service.baseUrl());
            }
        }
        return env;
    }
}
