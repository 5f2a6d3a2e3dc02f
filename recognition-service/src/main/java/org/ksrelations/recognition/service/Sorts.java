package org.ksrelations.recognition.service;

import org.ksrelations.kit.problem.ProblemException;


import java.util.List;

/** The sort orders of the lists; each is a keyset over a unique key. */
public final class Sorts {

    public static final List<String> STATES = List.of("code", "name");
    public static final List<String> ACTS = List.of("date", "-date");

    private Sorts() {
    }

    public static String parse(String raw, List<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return allowed.get(0);
        }
        String v = raw.trim();
        if (!allowed.contains(v)) {
            throw ProblemException.badParam("sort", "must be one of " + String.join(", ", allowed));
        }
        return v;
    }
}
