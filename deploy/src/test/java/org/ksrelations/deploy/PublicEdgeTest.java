package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.str;

/**
 * The production gateway as consumers see it: its public URL is the HTTPRoute's host over https, forwarded
 * headers are trusted only from a configured network, and writes are allowed only from https origins (reads are open
 * to every origin by the gateway's own CorsPolicy, so no origin list is needed for them).
 */
class PublicEdgeTest {

    static Map<String, Object> gatewayConfig() {
        Map<String, Object> data = Kustomize.render(ProductionOverlayTest.TARGET).configMapData("gateway-config");
        if (data == null) {
            // generated ConfigMaps carry a content-hash suffix
            data = Kustomize.render(ProductionOverlayTest.TARGET).ofKind("ConfigMap").stream()
                    .filter(c -> Manifests.name(c).startsWith("gateway-config"))
                    .map(c -> map(c, "data")).findFirst().orElse(null);
        }
        assertNotNull(data, "the production overlay renders the gateway's ConfigMap");
        return data;
    }

    @Test
    void thePublicUrlIsTheRoutesHostOverHttps() {
        String url = str(gatewayConfig().get("KSR_PUBLIC_URL"));
        Map<String, Object> route = Kustomize.render(ProductionOverlayTest.TARGET).ofKind("HTTPRoute").get(0);
        List<Object> hosts = Manifests.list(map(route, "spec"), "hostnames");
        assertEquals(1, hosts.size(), "one public host");
        assertEquals("https://" + hosts.get(0), url, "KSR_PUBLIC_URL (the OpenAPI servers) is where the HTTPRoute answers");
    }

    @Test
    void forwardedHeadersAreTrustedOnlyFromAConfiguredNetwork() {
        String trusted = str(gatewayConfig().get("KSR_TRUSTED_PROXIES"));
        assertTrue(trusted != null && !trusted.isBlank(), "KSR_TRUSTED_PROXIES is set in production");
        assertFalse(trusted.contains("0.0.0.0/0"), "not every peer: " + trusted);
    }

    @Test
    void writesAreAllowedOnlyFromHttpsOriginsNamedOneByOne() {
        List<String> origins = List.of(str(gatewayConfig().get("KSR_CORS_ORIGINS")).split(","));
        assertFalse(origins.isEmpty());
        for (String o : origins) {
            assertTrue(o.trim().startsWith("https://") && !o.contains("*") && !o.contains("localhost"),
                    "a production write origin: " + o);
        }
    }
}
