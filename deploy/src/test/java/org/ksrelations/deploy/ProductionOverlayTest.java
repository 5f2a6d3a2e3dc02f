package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;
import org.ksrelations.deploy.Manifests.Workload;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.list;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.maps;
import static org.ksrelations.deploy.Manifests.matches;
import static org.ksrelations.deploy.Manifests.name;
import static org.ksrelations.deploy.Manifests.str;

/** What the production overlay adds on top of the common invariants. */
class ProductionOverlayTest {

    static final String TARGET = "overlays/production";
    static final String CLUSTER = "ksr-db";
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    static Map<String, Object> cluster(Manifests m) {
        return m.get("Cluster", CLUSTER);
    }

    // ---- PostgreSQL -------------------------------------------------------------------------------------------------

    @Test
    void oneCloudNativePgClusterWithAReplicaHoldsTheThreeDatabases() {
        Manifests m = Kustomize.render(TARGET);
        assertEquals(1, m.ofKind("Cluster").size(), "one Cluster for the three small databases");
        Map<String, Object> cluster = cluster(m);
        assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion"));
        Map<String, Object> spec = map(cluster, "spec");
        assertTrue(Integer.parseInt(str(spec.get("instances"))) >= 2, "a replica for failover");
        assertNotNull(str(map(spec, "storage").get("size")), "storage size");
        assertFalse(map(spec, "resources", "limits").isEmpty(), "resource limits");
        assertTrue(ManifestInvariantsTest.pinned(str(spec.get("imageName"))), "image pinned");
        assertTrue(str(spec.get("imageName")).matches(".*:17\\.\\d+.*"), "PostgreSQL 17: " + spec.get("imageName"));
        assertEquals(Boolean.TRUE, map(spec, "affinity").get("enablePodAntiAffinity"), "instances on different nodes");
        for (Repo.App app : Repo.services()) {
            Map<String, Object> db = m.ofKind("Database").stream()
                    .filter(d -> app.database().equals(map(d, "spec").get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no Database resource for " + app.database()));
            assertEquals(CLUSTER, map(db, "spec", "cluster").get("name"), app.database() + " cluster");
            assertEquals(migrator(app), map(db, "spec").get("owner"), app.database() + " is owned by the migration role");
            assertTrue(maps(map(db, "spec"), "schemas").stream().anyMatch(x -> "public".equals(x.get("name"))
                    && migrator(app).equals(x.get("owner"))), app.database() + ": the migration role owns the schema public");
            assertEquals("retain", map(db, "spec").get("databaseReclaimPolicy"),
                    app.database() + ": deleting the resource must not drop the data");
        }
        assertEquals(Repo.services().size(), m.ofKind("Database").size(), "one Database per service");
        assertTrue(m.workload("postgres").isEmpty(), "production has no hand-made PostgreSQL StatefulSet");
    }

    @Test
    void everyServiceHasAMigrationRoleAndAnApplicationRoleWithPasswordsFromSecrets() {
        List<Map<String, Object>> roles = maps(map(cluster(Kustomize.render(TARGET)), "spec", "managed"), "roles");
        for (Repo.App app : Repo.services()) {
            for (String role : List.of(migrator(app), application(app))) {
                Map<String, Object> r = roles.stream().filter(x -> role.equals(x.get("name"))).findFirst()
                        .orElseThrow(() -> new AssertionError("no managed role " + role));
                assertEquals(Boolean.TRUE, r.get("login"), role + " logs in");
                assertEquals(secret(app, role), map(r, "passwordSecret").get("name"), role + " password Secret");
                for (String power : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
                    assertFalse(Boolean.TRUE.equals(r.get(power)), role + " must not have " + power);
                }
            }
        }
    }

    /**
     * The application connects as the role with data rights only, Flyway as the owner of the schema; Flyway grants
     * the application role its data rights on what it creates, and no more.
     */
    @Test
    void servicesConnectAsTheApplicationRoleAndMigrateAsTheMigrationRole() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.services()) {
            Map<String, Object> c = ManifestInvariantsTest.appContainer(m, app).orElseThrow();
            assertEquals(secret(app, application(app)), secretOf(c, "QUARKUS_DATASOURCE_USERNAME"), app.name());
            assertEquals(secret(app, application(app)), secretOf(c, "QUARKUS_DATASOURCE_PASSWORD"), app.name());
            assertEquals(secret(app, migrator(app)), secretOf(c, "QUARKUS_FLYWAY_USERNAME"), app.name());
            assertEquals(secret(app, migrator(app)), secretOf(c, "QUARKUS_FLYWAY_PASSWORD"), app.name());
            assertEquals("jdbc:postgresql://" + CLUSTER + "-rw:5432/" + app.database(),
                    m.environment(c).get("QUARKUS_DATASOURCE_JDBC_URL"), app.name() + " JDBC URL");

            String sql = str(m.environment(c).get("QUARKUS_FLYWAY_INIT_SQL"));
            assertNotNull(sql, app.name() + " Flyway grants the application role its rights");
            String role = application(app);
            for (String grant : List.of(
                    "GRANT USAGE ON SCHEMA public TO " + role,
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role,
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + role,
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role)) {
                assertTrue(sql.contains(grant), app.name() + " QUARKUS_FLYWAY_INIT_SQL lacks: " + grant);
            }
            for (String tooMuch : List.of("ALL PRIVILEGES", "CREATE", "TRUNCATE", "REFERENCES", "TRIGGER", "OWNER")) {
                assertFalse(sql.toUpperCase().contains(tooMuch), app.name() + " grants " + tooMuch + " to " + role);
            }
            // every statement grants to this service's role, never to another one
            Matcher to = Pattern.compile("\\bTO\\s+(\\w+)").matcher(sql);
            while (to.find()) {
                assertEquals(role, to.group(1), app.name() + " init SQL");
            }
        }
    }

    @Test
    void connectionPoolsFitTheDatabasesMaxConnections() {
        Manifests m = Kustomize.render(TARGET);
        int maxConnections = Integer.parseInt(str(map(cluster(m), "spec", "postgresql", "parameters").get("max_connections")));
        int needed = 0;
        for (Repo.App app : Repo.services()) {
            int pool = Integer.parseInt(str(m.environment(ManifestInvariantsTest.appContainer(m, app).orElseThrow())
                    .getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", app.properties().getProperty("quarkus.datasource.jdbc.max-size"))));
            int replicas = m.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> app.name().equals(map(h, "spec", "scaleTargetRef").get("name")))
                    .map(h -> Integer.parseInt(str(map(h, "spec").get("maxReplicas")))).findFirst().orElse(1);
            needed += pool * replicas;
        }
        assertTrue(needed < maxConnections, "pools at full scale (" + needed + ") must stay under max_connections "
                + maxConnections + ", with room for Flyway, the operator and the exporter");
    }

    // ---- backups ------------------------------------------------------------------------------------------------

    @Test
    void walIsArchivedAndBaseBackupsAreScheduledThroughTheBarmanCloudPlugin() {
        Manifests m = Kustomize.render(TARGET);
        Map<String, Object> plugin = maps(map(cluster(m), "spec"), "plugins").stream()
                .filter(p -> BARMAN_PLUGIN.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(CLUSTER + " does not use the Barman Cloud plugin"));
        assertEquals(Boolean.TRUE, plugin.get("isWALArchiver"), "the plugin archives the WAL");
        String store = str(map(plugin, "parameters").get("barmanObjectName"));
        assertTrue(m.find("ObjectStore", store).isPresent(), "the ObjectStore " + store + " is rendered");
        assertTrue(map(cluster(m), "spec", "backup").isEmpty(), "no in-tree barmanObjectStore next to the plugin");

        List<Map<String, Object>> scheduled = m.ofKind("ScheduledBackup");
        assertEquals(1, scheduled.size(), "one ScheduledBackup");
        Map<String, Object> spec = map(scheduled.get(0), "spec");
        assertEquals(CLUSTER, map(spec, "cluster").get("name"));
        assertEquals("plugin", spec.get("method"));
        assertEquals(BARMAN_PLUGIN, map(spec, "pluginConfiguration").get("name"));
        assertEquals(6, str(spec.get("schedule")).trim().split("\\s+").length,
                "CloudNativePG schedules have six fields, seconds first: " + spec.get("schedule"));
    }

    /**
     * The Barman Cloud plugin's ObjectStore (barmancloud.cnpg.io/v1) has no schema in the kubernetes-models packages,
     * so SchemaValidationTest cannot check it: its structure is checked here, against the plugin's documented fields.
     */
    @Test
    void theObjectStoreNamesItsBucketAndTakesCredentialsFromASecret() {
        Manifests m = Kustomize.render(TARGET);
        List<Map<String, Object>> stores = m.ofKind("ObjectStore");
        assertEquals(1, stores.size(), "one ObjectStore");
        Map<String, Object> store = stores.get(0);
        assertEquals("barmancloud.cnpg.io/v1", store.get("apiVersion"));
        Map<String, Object> spec = map(store, "spec");
        assertTrue(spec.keySet().stream().allMatch(k -> List.of("configuration", "retentionPolicy", "instanceSidecarConfiguration").contains(k)),
                "ObjectStore spec fields: " + spec.keySet());
        assertTrue(str(spec.get("retentionPolicy")).matches("[1-9][0-9]*[dwm]"), "retentionPolicy like 30d: " + spec.get("retentionPolicy"));
        Map<String, Object> conf = map(spec, "configuration");
        assertTrue(str(conf.get("destinationPath")).matches("(s3|gs|https)://[^\\s]+"), "destinationPath " + conf.get("destinationPath"));
        List<String> providers = List.of("s3Credentials", "azureCredentials", "googleCredentials");
        assertEquals(1, conf.keySet().stream().filter(providers::contains).count(), "one set of credentials");
        Map<String, Object> s3 = map(conf, "s3Credentials");
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            Map<String, Object> ref = map(s3, key);
            assertFalse(ManifestInvariantsTest.isBlank(ref.get("name")) || ManifestInvariantsTest.isBlank(ref.get("key")),
                    "s3Credentials." + key + " is a Secret reference (name, key): " + ref);
            assertEquals(2, ref.size(), "s3Credentials." + key + " holds only the reference: " + ref);
        }
        for (String part : List.of("wal", "data")) {
            Object compression = map(conf, part).get("compression");
            assertTrue(compression == null || List.of("gzip", "bzip2", "snappy", "lz4", "xz", "zstd").contains(str(compression)),
                    part + ".compression " + compression);
        }
    }

    // ---- scaling ------------------------------------------------------------------------------------------------

    @Test
    void everyAppHasAnAutoscalerAndADisruptionBudget() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.APPS) {
            Workload w = m.workload(app.name()).orElseThrow();
            boolean hpa = m.ofKind("HorizontalPodAutoscaler").stream().anyMatch(h ->
                    app.name().equals(map(h, "spec", "scaleTargetRef").get("name"))
                            && Integer.parseInt(str(map(h, "spec").get("minReplicas"))) >= 2);
            assertTrue(hpa, app.name() + " needs an HPA with minReplicas >= 2");
            boolean pdb = m.ofKind("PodDisruptionBudget").stream()
                    .anyMatch(p -> matches(map(p, "spec", "selector", "matchLabels"), w.templateLabels()));
            assertTrue(pdb, app.name() + " needs a PodDisruptionBudget");
        }
    }

    // ---- the edge -----------------------------------------------------------------------------------------------

    @Test
    void theGatewayIsReachedOnlyThroughOneHttpRouteOfTheClustersGateway() {
        Manifests m = Kustomize.render(TARGET);
        assertTrue(m.ofKind("Ingress").isEmpty(), "no Ingress: the edge is the Gateway API");
        List<Map<String, Object>> routes = m.ofKind("HTTPRoute");
        assertEquals(1, routes.size(), "exactly one HTTPRoute");
        Map<String, Object> route = routes.get(0);
        List<Map<String, Object>> parents = maps(map(route, "spec"), "parentRefs");
        assertEquals(1, parents.size(), "one parent Gateway");
        Map<String, Object> parent = parents.get(0);
        assertEquals("Gateway", parent.getOrDefault("kind", "Gateway"));
        assertEquals(ClusterEdgeTest.GATEWAY_NAME, parent.get("name"));
        assertEquals(ManifestInvariantsTest.EDGE_NAMESPACE, parent.get("namespace"));
        assertEquals(ClusterEdgeTest.LISTENER, parent.get("sectionName"), "the HTTPS listener only");
        // the content of the rules (paths, backends) is checked by ManifestInvariantsTest
        List<String> paths = maps(map(route, "spec"), "rules").stream().flatMap(r -> maps(r, "matches").stream())
                .map(x -> map(x, "path").get("type") + " " + map(x, "path").get("value")).toList();
        for (String expected : List.of("PathPrefix /api/", "Exact /", "Exact /q/openapi", "PathPrefix /problems")) {
            assertTrue(paths.contains(expected), "the route serves " + expected + " (has " + paths + ")");
        }
        assertTrue(m.ofKind("Service").stream().allMatch(s -> "ClusterIP".equals(map(s, "spec").getOrDefault("type", "ClusterIP"))),
                "no NodePort/LoadBalancer Services: the Gateway is the only way in");
    }

    /**
     * Per client address, across all Envoy replicas (Global), answered with 429, Retry-After, the X-RateLimit-*
     * fields of the rate limit service and the RateLimit-Policy field, whose quota and window are the rule's.
     */
    @Test
    void theEdgeLimitsEachClientAddressAndAnswers429WithRetryAfter() {
        Manifests m = Kustomize.render(TARGET);
        List<Map<String, Object>> policies = m.ofKind("BackendTrafficPolicy");
        assertEquals(1, policies.size(), "one BackendTrafficPolicy");
        Map<String, Object> spec = map(policies.get(0), "spec");
        Map<String, Object> route = m.ofKind("HTTPRoute").get(0);
        assertTrue(maps(spec, "targetRefs").stream().anyMatch(t -> "HTTPRoute".equals(t.get("kind"))
                && name(route).equals(t.get("name"))), "the policy targets the HTTPRoute");

        Map<String, Object> rateLimit = map(spec, "rateLimit");
        assertEquals("Global", rateLimit.get("type"), "one counter per client across every Envoy replica");
        List<Map<String, Object>> rules = maps(map(rateLimit, "global"), "rules");
        List<String> cidrs = rules.stream().flatMap(r -> maps(r, "clientSelectors").stream())
                .map(cs -> map(cs, "sourceCIDR"))
                .filter(src -> "Distinct".equals(src.get("type")))
                .map(src -> str(src.get("value"))).toList();
        assertTrue(cidrs.containsAll(List.of("0.0.0.0/0", "::/0")), "a counter per client address, IPv4 and IPv6: " + cidrs);
        Map<String, Object> limit = map(rules.get(0), "limit");
        int requests = Integer.parseInt(str(limit.get("requests")));
        int window = switch (str(limit.get("unit"))) {
            case "Second" -> 1;
            case "Minute" -> 60;
            case "Hour" -> 3600;
            default -> throw new AssertionError("unexpected unit " + limit.get("unit"));
        };
        rules.forEach(r -> assertEquals(limit, map(r, "limit"), "the same limit for IPv4 and IPv6"));

        Map<String, Object> override = maps(spec, "responseOverride").stream()
                .filter(o -> maps(map(o, "match"), "statusCodes").stream().anyMatch(c -> "429".equals(str(c.get("value")))))
                .findFirst().orElseThrow(() -> new AssertionError("no responseOverride for 429"));
        Map<String, Object> response = map(override, "response");
        assertEquals("429", str(response.getOrDefault("statusCode", 429)), "still a 429");
        assertEquals("application/problem+json", response.get("contentType"), "the API's error format");
        Map<String, Object> problem = Kustomize.parse(str(map(response, "body").get("inline"))).get(0);
        assertEquals(429, problem.get("status"), "problem status");
        assertTrue(str(problem.get("type")).startsWith("https://ksrelations.org/problems/"),
                "a problem type of the API's catalogue: " + problem.get("type"));
        assertNotNull(problem.get("title"), "problem title");
        List<Map<String, Object>> headers = maps(map(response, "header"), "set");
        String retryAfter = headers.stream().filter(h -> "Retry-After".equals(h.get("name")))
                .map(h -> str(h.get("value"))).findFirst().orElseThrow(() -> new AssertionError("no Retry-After"));
        assertEquals(window, Integer.parseInt(retryAfter), "Retry-After: the window after which the counter resets");
        String policy = '"' + "per-client" + '"' + ";q=" + requests + ";w=" + window;
        assertTrue(headers.stream().anyMatch(h -> "RateLimit-Policy".equals(h.get("name")) && policy.equals(h.get("value"))),
                "the 429 names the policy " + policy);
        boolean everyAnswer = maps(map(route, "spec"), "rules").stream().flatMap(r -> maps(r, "filters").stream())
                .flatMap(f -> maps(map(f, "responseHeaderModifier"), "set").stream())
                .anyMatch(h -> "RateLimit-Policy".equals(h.get("name")) && policy.equals(h.get("value")));
        assertTrue(everyAnswer, "every answer through the route names the policy " + policy);
    }

    // ---- observability ------------------------------------------------------------------------------------------

    @Test
    void prometheusScrapesEveryAppOnItsManagementPortAndTheDatabaseExporter() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.APPS) {
            Workload w = m.workload(app.name()).orElseThrow();
            Map<String, Object> pm = m.ofKind("PodMonitor").stream()
                    .filter(p -> matches(map(p, "spec", "selector", "matchLabels"), w.templateLabels())).findFirst()
                    .orElseThrow(() -> new AssertionError("no PodMonitor selects " + app.name()));
            List<Map<String, Object>> endpoints = maps(map(pm, "spec"), "podMetricsEndpoints");
            assertEquals(1, endpoints.size(), app.name() + " one scrape endpoint");
            Map<String, Object> c = ManifestInvariantsTest.appContainer(m, app).orElseThrow();
            assertEquals(app.managementPort(), ManifestInvariantsTest.portNumber(c, endpoints.get(0).get("port")),
                    app.name() + " is scraped on the management port");
            assertEquals("/q/metrics", endpoints.get(0).get("path"), app.name() + " metrics path");
        }
        assertTrue(m.ofKind("PodMonitor").stream().anyMatch(p -> CLUSTER.equals(map(p, "spec", "selector", "matchLabels").get("cnpg.io/cluster"))
                        && maps(map(p, "spec"), "podMetricsEndpoints").stream().anyMatch(e -> "metrics".equals(e.get("port")))),
                "a PodMonitor scrapes the exporter of the database instances");
    }

    @Test
    void everyAppExportsTracesToTheCollector() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.APPS) {
            Map<String, Object> env = m.environment(ManifestInvariantsTest.appContainer(m, app).orElseThrow());
            assertEquals("true", str(env.get("KSR_OTLP_ENABLED")), app.name() + " KSR_OTLP_ENABLED");
            String endpoint = str(env.get("KSR_OTLP_ENDPOINT"));
            assertTrue(endpoint != null && endpoint.matches("https?://[a-z0-9.-]+:\\d+"), app.name() + " KSR_OTLP_ENDPOINT " + endpoint);
        }
    }

    // ---- network ------------------------------------------------------------------------------------------------

    @Test
    void everyAppAndTheDatabaseAreIsolatedByANetworkPolicy() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.APPS) {
            Workload w = m.workload(app.name()).orElseThrow();
            Optional<Map<String, Object>> np = policyFor(m, w.templateLabels());
            assertTrue(np.isPresent(), app.name() + " needs a NetworkPolicy for ingress");
            // the content (who may reach which port) is checked by ManifestInvariantsTest
            List<Integer> ports = maps(map(np.get(), "spec"), "ingress").stream().flatMap(r -> maps(r, "ports").stream())
                    .map(p -> ManifestInvariantsTest.portNumber(ManifestInvariantsTest.appContainer(m, app).orElseThrow(), p.get("port")))
                    .toList();
            assertTrue(ports.contains(app.port()) && ports.contains(app.managementPort()),
                    name(np.get()) + " admits the public and the management port: " + ports);
        }
        Map<String, Object> dbPods = Map.of("cnpg.io/cluster", CLUSTER);
        Map<String, Object> np = policyFor(m, dbPods).orElseThrow(() -> new AssertionError("no NetworkPolicy for " + CLUSTER));
        for (Map<String, Object> rule : maps(map(np, "spec"), "ingress")) {
            List<Object> ports = maps(rule, "ports").stream().map(p -> p.get("port")).toList();
            for (Map<String, Object> peer : maps(rule, "from")) {
                if (ManifestInvariantsTest.isMonitoring(peer)) {
                    assertEquals(List.of(9187), ports, "monitoring reaches only the exporter");
                } else if (!peer.containsKey("namespaceSelector")) {
                    String app = str(map(peer, "podSelector", "matchLabels").get("app.kubernetes.io/name"));
                    boolean own = CLUSTER.equals(map(peer, "podSelector", "matchLabels").get("cnpg.io/cluster"));
                    assertTrue(own || Repo.services().stream().anyMatch(s -> s.name().equals(app)),
                            "only the services and the instances reach the database: " + peer);
                    assertFalse(peer.containsKey("ipBlock"), "no address ranges: " + peer);
                } else {
                    assertEquals("cnpg-system", map(peer, "namespaceSelector", "matchLabels").get("kubernetes.io/metadata.name"),
                            "from another namespace only the operator: " + peer);
                }
            }
        }
    }

    static Optional<Map<String, Object>> policyFor(Manifests m, Map<String, Object> podLabels) {
        return m.ofKind("NetworkPolicy").stream()
                .filter(p -> matches(map(p, "spec", "podSelector", "matchLabels"), podLabels))
                .filter(p -> list(map(p, "spec"), "policyTypes").contains("Ingress"))
                .findFirst();
    }

    // ---- identity -----------------------------------------------------------------------------------------------

    @Test
    void tokensAreVerifiedWithTheIdentityProvidersJwks() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.services()) {
            Map<String, Object> env = m.environment(ManifestInvariantsTest.appContainer(m, app).orElseThrow());
            String location = str(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            assertTrue(location != null && location.startsWith("https://"),
                    app.name() + " MP_JWT_VERIFY_PUBLICKEY_LOCATION must be the identity provider's JWKS URL: " + location);
            String issuer = str(env.get("MP_JWT_VERIFY_ISSUER"));
            assertTrue(issuer != null && issuer.startsWith("https://") && !issuer.endsWith("/dev"),
                    app.name() + " production issuer: " + issuer);
        }
    }

    @Test
    void namespaceEnforcesTheRestrictedPodSecurityStandard() {
        Map<String, Object> ns = Kustomize.render(TARGET).ofKind("Namespace").get(0);
        assertEquals("restricted", map(ns, "metadata", "labels").get("pod-security.kubernetes.io/enforce"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static String migrator(Repo.App app) {
        return app.database() + "_migrator";
    }

    static String application(Repo.App app) {
        return app.database() + "_app";
    }

    /** The Secret (kubernetes.io/basic-auth, created outside git) holding a role's username and password. */
    static String secret(Repo.App app, String role) {
        return CLUSTER + "-" + app.database() + "-" + role.substring(role.lastIndexOf('_') + 1);
    }

    static String secretOf(Map<String, Object> container, String env) {
        return maps(container, "env").stream().filter(e -> env.equals(e.get("name")))
                .map(e -> str(map(e, "valueFrom", "secretKeyRef").get("name")))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
