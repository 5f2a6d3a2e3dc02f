package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;
import org.ksrelations.deploy.Manifests.Workload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.maps;
import static org.ksrelations.deploy.Manifests.matches;
import static org.ksrelations.deploy.Manifests.name;
import static org.ksrelations.deploy.Manifests.str;

/** What the production overlay adds on top of the common invariants. */
class ProductionOverlayTest {

    static final String TARGET = "overlays/production";

    static Manifests rendered() {
        return Kustomize.render(TARGET);
    }

    @Test
    void oneCloudNativePgClusterPerServiceDatabase() {
        Manifests m = rendered();
        for (Repo.App app : Repo.services()) {
            String clusterName = app.database() + "-db";
            Map<String, Object> cluster = m.find("Cluster", clusterName)
                    .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster " + clusterName));
            assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion"), clusterName);
            Map<String, Object> spec = map(cluster, "spec");
            assertTrue(Integer.parseInt(str(spec.get("instances"))) >= 2, clusterName + " needs a replica for failover");
            assertEquals(app.database(), map(spec, "bootstrap", "initdb").get("database"), clusterName + " database");
            assertFalse(str(map(spec, "storage").get("size")) == null, clusterName + " storage size");
            assertFalse(map(spec, "resources", "limits").isEmpty(), clusterName + " resource limits");
            assertTrue(ManifestInvariantsTest.pinned(str(spec.get("imageName"))), clusterName + " image pinned");
        }
        assertEquals(Repo.services().size(), m.ofKind("Cluster").size(), "one Cluster per database, no more");
        assertTrue(m.workload("postgres").isEmpty(), "production has no hand-made PostgreSQL StatefulSet");
    }

    @Test
    void servicesReadCredentialsFromTheSecretsCloudNativePgGenerates() {
        Manifests m = rendered();
        for (Repo.App app : Repo.services()) {
            Map<String, Object> c = ManifestInvariantsTest.appContainer(m, app).orElseThrow();
            for (String key : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                Map<String, Object> ref = maps(c, "env").stream().filter(e -> key.equals(e.get("name")))
                        .map(e -> map(e, "valueFrom", "secretKeyRef")).findFirst().orElse(Map.of());
                assertEquals(app.database() + "-db-app", ref.get("name"), app.name() + " " + key + " Secret");
            }
        }
    }

    @Test
    void everyAppHasAnAutoscalerAndADisruptionBudget() {
        Manifests m = rendered();
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

    @Test
    void onlyTheGatewayHasAnIngress() {
        Manifests m = rendered();
        List<Map<String, Object>> ingresses = m.ofKind("Ingress");
        assertEquals(1, ingresses.size(), "exactly one Ingress");
        Map<String, Object> ing = ingresses.get(0);
        assertFalse(maps(map(ing, "spec"), "tls").isEmpty(), "the Ingress terminates TLS");
        Map<String, Object> annotations = map(ing, "metadata", "annotations");
        assertEquals("1m", annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"), "the services' body limit");
        assertTrue(annotations.containsKey("nginx.ingress.kubernetes.io/limit-rps"), "a per-client rate limit");
        assertTrue(annotations.containsKey("nginx.ingress.kubernetes.io/limit-connections"), "a per-client connection limit");
        maps(map(ing, "spec"), "rules").forEach(rule -> maps(map(rule, "http"), "paths").forEach(path ->
                assertEquals("gateway", map(path, "backend", "service").get("name"), "Ingress backend")));
        assertTrue(m.ofKind("Service").stream().allMatch(s -> {
            Object type = map(s, "spec").getOrDefault("type", "ClusterIP");
            return "ClusterIP".equals(type);
        }), "no NodePort/LoadBalancer Services: the Ingress is the only way in");
    }

    @Test
    void everyServiceIsIsolatedByANetworkPolicy() {
        Manifests m = rendered();
        for (Repo.App app : Repo.services()) {
            Workload w = m.workload(app.name()).orElseThrow();
            Optional<Map<String, Object>> np = m.ofKind("NetworkPolicy").stream()
                    .filter(p -> matches(map(p, "spec", "podSelector", "matchLabels"), w.templateLabels()))
                    .filter(p -> Manifests.list(map(p, "spec"), "policyTypes").contains("Ingress"))
                    .findFirst();
            assertTrue(np.isPresent(), app.name() + " needs a NetworkPolicy for ingress");
            // the content (only gateway pods, only the app port) is checked by ManifestInvariantsTest
            assertFalse(maps(map(np.get(), "spec"), "ingress").isEmpty(), name(np.get()) + " admits the gateway");
        }
    }

    @Test
    void tokensAreVerifiedWithTheIdentityProvidersJwks() {
        Manifests m = rendered();
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
        Map<String, Object> ns = rendered().ofKind("Namespace").get(0);
        assertEquals("restricted", map(ns, "metadata", "labels").get("pod-security.kubernetes.io/enforce"));
    }
}
