package org.ksrelations.kit.api;

import jakarta.ws.rs.HttpMethod;

import java.net.URI;

/**
 * A request named a record by a slug it had before it was renamed (its old slug is kept as an alias, since clients may
 * have stored it). Answered with the record's new URL in {@code Location}: {@code 301 Moved Permanently} to a read
 * ({@code GET}, {@code HEAD}), {@code 308 Permanent Redirect} to a write, so that a client repeats the same method and
 * body there (after a 301 many clients switch a {@code PATCH} to a {@code GET}). The new URL is the request's own with
 * the old slug's path segment replaced, the query string kept (its {@code fields}, {@code lang}, {@code format}).
 */
public class SlugMoved extends RuntimeException {

    private final String oldSlug;
    private final String newSlug;

    public SlugMoved(String oldSlug, String newSlug) {
        super(oldSlug + " is now " + newSlug, null, false, false);
        this.oldSlug = oldSlug;
        this.newSlug = newSlug;
    }

    public String oldSlug() {
        return oldSlug;
    }

    public String newSlug() {
        return newSlug;
    }

    /** The status for a request of {@code method}: 301 for reads, 308 for writes. */
    public static int status(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) ? 301 : 308;
    }

    /** {@code requestUri} with its first path segment equal to {@code oldSlug} replaced by {@code newSlug}. */
    public static URI relocate(URI requestUri, String oldSlug, String newSlug) {
        String path = requestUri.getRawPath();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(oldSlug)) {
                segments[i] = newSlug;
                break;
            }
        }
        String query = requestUri.getRawQuery();
        String base = requestUri.getScheme() == null ? "" : requestUri.getScheme() + "://" + requestUri.getRawAuthority();
        return URI.create(base + String.join("/", segments) + (query == null ? "" : "?" + query));
    }
}
