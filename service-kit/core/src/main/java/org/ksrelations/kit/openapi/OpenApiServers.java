package org.ksrelations.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ArrayList;
import java.util.Optional;

/**
 * The document's {@code servers} is the application's public URL, {@code ksr.public-url} (the gateway's:
 * {@code KSR_PUBLIC_URL}, default {@code http://localhost:8080}; a service's: its own address), instead of the
 * scanner's "Auto generated value" entries. Set at build time (so the stored documents, the gateway's merged one and the
 * committed contract carry it) and again at start-up (so a deployment's own URL is the one served).
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP}, priority = 0)
public class OpenApiServers implements OASFilter {

    public static final String PUBLIC_URL = "ksr.public-url";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        publicUrl().ifPresent(url -> {
            api.setServers(new ArrayList<>());
            api.addServer(OASFactory.createServer().url(url).description("The public URL of this API"));
        });
    }

    static Optional<String> publicUrl() {
        return ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class)
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }
}
