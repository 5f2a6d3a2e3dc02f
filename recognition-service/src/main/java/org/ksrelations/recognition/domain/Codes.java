package org.ksrelations.recognition.domain;

import java.util.Locale;

/** Public ids of states: ISO 3166-1 alpha-2 in upper case (lower case accepted), or "smom". */
public final class Codes {

    public static final String SMOM = "smom";
    public static final String MESSAGE = "must be an ISO 3166-1 alpha-2 code (e.g. IL) or 'smom'";

    private Codes() {
    }

    /** The canonical code, or null when {@code raw} cannot be a state code. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        if (v.matches("[A-Za-z]{2}")) {
            return v.toUpperCase(Locale.ROOT);
        }
        if (v.equalsIgnoreCase(SMOM)) {
            return SMOM;
        }
        return null;
    }
}
