package org.ksrelations.gateway.service;

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

    /** The service whose {@link #id} is {@code id}, or null. */
    public static Service byId(String id) {
        for (Service s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
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
