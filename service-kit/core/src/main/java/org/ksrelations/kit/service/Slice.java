package org.ksrelations.kit.service;

import java.util.List;

/** One page of a keyset listing, as the service layer returns it: the items, the next cursor, the total on request. */
public record Slice<T>(List<T> items, String nextCursor, Long totalItems) {
}
