package org.ksrelations.kit.api;

import org.ksrelations.kit.problem.ProblemException;

public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case letters, digits and single hyphens";

    private Slugs() {
    }

    public static boolean valid(String s) {
        return s != null && s.length() <= 120 && s.matches(PATTERN);
    }

    /** {@code slug} when it can be one; otherwise 404, no {@code what} with that id (as {@link #shown} names it). */
    public static String checked(String what, String slug) {
        if (!valid(slug)) {
            throw ProblemException.notFound(what, shown(slug, 60));
        }
        return slug;
    }

    /** An id from a path as a problem names it: cut to {@code max} characters, empty for none. */
    public static String shown(String id, int max) {
        return id == null ? "" : id.length() > max ? id.substring(0, max) : id;
    }
}
