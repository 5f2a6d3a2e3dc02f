package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.list;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.maps;
import static org.ksrelations.deploy.Manifests.matches;
import static org.ksrelations.deploy.Manifests.name;
import static org.ksrelations.deploy.Manifests.str;

/**
 * deploy/kubernetes/cluster, the edge the production overlay expects the cluster to provide (GatewayClass, Gateway,
 * ClientTrafficPolicy), agrees with the overlay: the HTTPRoute can attach, the host is the same, the NetworkPolicy
 * admits the Envoy proxies of that Gateway, and the client address the rate limit counts by is the real one.
 */
class ClusterEdgeTest {

    static final String TARGET = "cluster";
    static final String GATEWAY_NAME = "public";
    static final String LISTENER = "https";

    @Test
    void theHttpRouteOfProductionAttachesToTheHttpsListener() {
        Map<String, Object> gw = Kustomize.render(TARGET).get("Gateway", GATEWAY_NAME);
        assertEquals(ManifestInvariantsTest.EDGE_NAMESPACE, map(gw, "metadata").get("namespace"));
        String className = str(map(gw, "spec").get("gatewayClassName"));
        Map<String, Object> gatewayClass = Kustomize.render(TARGET).get("GatewayClass", className);
        assertEquals("gateway.envoyproxy.io/gatewayclass-controller", map(gatewayClass, "spec").get("controllerName"),
                "written for Envoy Gateway");

        Map<String, Object> listener = maps(map(gw, "spec"), "listeners").stream()
                .filter(l -> LISTENER.equals(l.get("name"))).findFirst().orElseThrow();
        assertEquals("HTTPS", listener.get("protocol"));
        assertEquals("Terminate", map(listener, "tls").get("mode"));
        assertFalse(maps(map(listener, "tls"), "certificateRefs").isEmpty(), "a certificate (issued by cert-manager)");

        Map<String, Object> route = Kustomize.render(ProductionOverlayTest.TARGET).ofKind("HTTPRoute").get(0);
        assertEquals(List.of(listener.get("hostname")), list(map(route, "spec"), "hostnames"), "the same public host");
        Map<String, Object> namespaces = map(listener, "allowedRoutes", "namespaces");
        assertEquals("Selector", namespaces.get("from"), "only chosen namespaces attach routes");
        Map<String, Object> production = Kustomize.render(ProductionOverlayTest.TARGET).ofKind("Namespace").get(0);
        Map<String, Object> nsLabels = new java.util.HashMap<>(map(production, "metadata", "labels"));
        nsLabels.put("kubernetes.io/metadata.name", name(production));
        assertTrue(matches(map(namespaces, "selector", "matchLabels"), nsLabels),
                "the Gateway admits routes from the namespace " + name(production));
        assertTrue(Kustomize.render(TARGET).ofKind("Secret").isEmpty(), "no Secret is committed");
    }

    @Test
    void theGatewaysNetworkPolicyAdmitsTheEnvoyProxiesOfThisGateway() {
        Map<String, Object> gw = Kustomize.render(TARGET).get("Gateway", GATEWAY_NAME);
        Manifests production = Kustomize.render(ProductionOverlayTest.TARGET);
        Map<String, Object> gatewayPods = production.workload("gateway").orElseThrow().templateLabels();
        Map<String, Object> np = ProductionOverlayTest.policyFor(production, gatewayPods).orElseThrow();
        boolean admitted = maps(map(np, "spec"), "ingress").stream().flatMap(r -> maps(r, "from").stream())
                .filter(ManifestInvariantsTest::isEdge)
                .anyMatch(peer -> {
                    Map<String, Object> labels = map(peer, "podSelector", "matchLabels");
                    return name(gw).equals(labels.get("gateway.envoyproxy.io/owning-gateway-name"))
                            && map(gw, "metadata").get("namespace").equals(labels.get("gateway.envoyproxy.io/owning-gateway-namespace"));
                });
        assertTrue(admitted, "NetworkPolicy/" + name(np) + " admits the proxies of Gateway " + name(gw));
    }

    @Test
    void theClientAddressComesFromTheProxyProtocolAndRateLimitHeadersStayOn() {
        List<Map<String, Object>> policies = Kustomize.render(TARGET).ofKind("ClientTrafficPolicy");
        assertEquals(1, policies.size(), "one ClientTrafficPolicy");
        Map<String, Object> spec = map(policies.get(0), "spec");
        assertTrue(maps(spec, "targetRefs").stream().anyMatch(t -> "Gateway".equals(t.get("kind"))
                && GATEWAY_NAME.equals(t.get("name"))), "it targets the Gateway");
        assertEquals(map(Kustomize.render(TARGET).get("Gateway", GATEWAY_NAME), "metadata").get("namespace"), map(policies.get(0), "metadata").get("namespace"),
                "policies attach within their namespace");
        assertTrue(spec.containsKey("proxyProtocol") || Boolean.TRUE.equals(spec.get("enableProxyProtocol"))
                || !map(spec, "clientIPDetection").isEmpty(), "the real client address is detected");
        assertFalse(Boolean.TRUE.equals(map(spec, "proxyProtocol").get("optional")),
                "PROXY protocol required: a client connecting around the balancer cannot claim an address");
        assertFalse(Boolean.TRUE.equals(map(spec, "headers").get("disableRateLimitHeaders")), "X-RateLimit-* stay on");
    }
}
