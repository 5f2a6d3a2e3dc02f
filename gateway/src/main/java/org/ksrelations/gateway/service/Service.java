package org.ksrelations.gateway.service;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The services behind the gateway, with the first path segments each one owns. */
public enum Service {
    EVENTS("events", "events", "actors"),
    AGREEMENTS("agreements", "agreements"),
    RECOGNITION("recognition", "states", "recognitions", "memberships");

    public final String id;
    private final String[] segments;

    Service(String id, String... segments) {
        this.id = id;
        this.segments = segments;
    }

    private static final Map<String, Service> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(s -> s.id, s -> s));

    /** The service whose {@link #id} is {@code id}, or null. */
    public static Service byId(String id) {
        return BY_ID.get(id);
    }

    /** The service owning {@code /api/v1/<segment>/…}, or null. */
    public static Service owning(String segment) {
        for (Service s : values()) {
            for (String seg : s.segments) {
                if (seg.equals(segment)) {
                    return s;
                }
            }
        }
        return null;
    }
}
