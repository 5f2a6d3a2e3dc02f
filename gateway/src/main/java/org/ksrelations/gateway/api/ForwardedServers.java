package org.ksrelations.gateway.api;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.net.URI;
import java.util.ArrayList;

/**
 * Behind a proxy, the served document's {@code servers} is the scheme and host the proxy forwarded ({@code Forwarded},
 * {@code X-Forwarded-Proto}/{@code -Host}, from the trusted proxies of {@code quarkus.http.proxy.*}), as {@code Link}
 * and {@code Location} are, so that Swagger UI's "Try it out" and a client generated from the document fetched through
 * that proxy call it there. Without forwarded headers it stays the configured public URL ({@code KSR_PUBLIC_URL}). Runs
 * on every request of the document; headers from a proxy that is not trusted are ignored by Quarkus, so the answer then
 * names the address the request itself was sent to.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST, priority = 0)
public class ForwardedServers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        RoutingContext request = currentRequest();
        if (request == null || !forwarded(request.request().headers())) {
            return;
        }
        URI uri = URI.create(request.request().absoluteURI());
        api.setServers(new ArrayList<>());
        api.addServer(OASFactory.createServer().url(uri.getScheme() + "://" + uri.getRawAuthority())
                .description("The public URL of this API, as forwarded by the proxy in front of it"));
    }

    static boolean forwarded(MultiMap headers) {
        return headers.contains("Forwarded") || headers.contains("X-Forwarded-Proto")
                || headers.contains("X-Forwarded-Host");
    }

    private static RoutingContext currentRequest() {
        if (Arc.container() == null) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class)) {
            return handle.isAvailable() ? handle.get().getCurrent() : null;
        } catch (RuntimeException e) {
            return null; // no request context (the build-time and start-up runs)
        }
    }
}
