package org.ksrelations.kit.api;

public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case letters, digits and single hyphens";

    private Slugs() {
    }

    public static boolean valid(String s) {
        return s != null && s.length() <= 120 && s.matches(PATTERN);
    }
}
