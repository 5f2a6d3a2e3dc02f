package org.ksrelations.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ksrelations.gateway.service.Composer;
import org.ksrelations.gateway.service.Composer.Part;
import org.ksrelations.gateway.service.Service;
import org.ksrelations.kit.api.Conditional;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the composite reads answer: three parts, one a service, asked at once and merged once all have answered (or
 * failed). When every part came with a validator, the answer's {@code ETag} is a digest of the representation (URI,
 * Accept-Language) and the parts' validators: {@code If-None-Match} answers 304 and the merged body is built once per
 * set of parts' versions. When a part is missing the answer is built, says so, and is not to be stored
 * ({@code no-store}).
 */
@ApplicationScoped
class Composites {

    /** The services of the parts, in the parts' order when each service is asked the same path. */
    static final List<Service> EACH = List.of(Service.EVENTS, Service.AGREEMENTS, Service.RECOGNITION);

    /** A part the request did not ask for (a kind left out of the timeline): present, empty, always the same. */
    static final Part NOT_ASKED = new Part(JsonNodeFactory.instance.objectNode(), "-", null, null);

    private static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    Composer composer;

    @Inject
    ObjectMapper mapper;

    /** Merged answers by their validator (which names the representation and the parts' versions). */
    private final Cache<String, byte[]> merged = Caffeine.newBuilder().maximumWeight(8L << 20)
            .weigher((String k, byte[] v) -> k.length() * 2 + v.length).build();

    /** What a composite's answer depends on besides its parts, read while the request is being served. */
    record Asked(String uri, String acceptLanguage, String ifNoneMatch) {
    }

    /** Three parts, once all have answered (or failed), merged by {@code build} into the composite's answer. */
    Uni<Response> merge(Asked asked, Uni<Optional<Part>> first, Uni<Optional<Part>> second,
                        Uni<Optional<Part>> third, Function<List<Optional<Part>>, Object> build) {
        return Uni.combine().all().unis(first, second, third).asTuple().map(t -> {
            List<Optional<Part>> parts = List.of(t.getItem1(), t.getItem2(), t.getItem3());
            return answer(asked, parts, CACHE_CONTROL, () -> build.apply(parts));
        });
    }

    /** {@link #merge} of the answers of every service ({@link #EACH}) to the same {@code path}. */
    Uni<Response> mergeEach(Asked asked, String path, String requestId, Function<List<Optional<Part>>, Object> build) {
        return merge(asked, composer.get(EACH.get(0), path, Map.of(), requestId),
                composer.get(EACH.get(1), path, Map.of(), requestId),
                composer.get(EACH.get(2), path, Map.of(), requestId), build);
    }

    private Response answer(Asked asked, List<Optional<Part>> parts, String cacheControl, Supplier<Object> build) {
        if (parts.stream().anyMatch(Optional::isEmpty)) {
            return Response.ok(build.get()).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        StringBuilder basis = new StringBuilder(asked.uri()).append('\n').append(asked.acceptLanguage());
        for (Optional<Part> p : parts) {
            String tag = p.get().etag();
            if (tag == null) {
                return Response.ok(build.get()).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
            }
            basis.append('\n').append(tag);
        }
        String tag = "g-" + Conditional.digest(basis.toString(), 12);
        EntityTag etag = new EntityTag(tag);
        if (asked.ifNoneMatch() != null && Conditional.matches(asked.ifNoneMatch(), "\"" + tag + "\"")) {
            return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, "Accept-Language").build();
        }
        Map<Service, Long> madeAt = new EnumMap<>(Service.class);
        parts.forEach(p -> {
            if (p.get().service() != null) { // not a part left out
                madeAt.put(p.get().service(), p.get().revision());
            }
        });
        byte[] body = merged.get(tag, k -> {
            try {
                return mapper.writeValueAsBytes(build.get());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return KeptReads.madeAt(Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept-Language"), madeAt).build();
    }

    /** A part's JSON; when the part is missing, empty, and its service named in {@code incomplete}. */
    static Optional<JsonNode> json(Optional<Part> part, String service, List<String> incomplete) {
        if (part.isEmpty()) {
            incomplete.add(service);
        }
        return part.map(Part::json);
    }

    /**
     * The parts of the services of {@link #EACH} (in that order), each part's JSON made into {@code value} and put under
     * that service's entry of {@code keys}; the services whose parts are missing are named in {@code incomplete} instead.
     */
    static Map<String, JsonNode> byService(List<Optional<Part>> parts, List<String> keys,
                                           Function<JsonNode, JsonNode> value, List<String> incomplete) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String key = keys.get(i);
            json(parts.get(i), EACH.get(i).id, incomplete).ifPresent(n -> out.put(key, value.apply(n)));
        }
        return out;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
