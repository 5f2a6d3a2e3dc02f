package org.ksrelations.recognition.service;

import java.util.List;

/** One page of a keyset listing. */
public record Slice<T>(List<T> items, String nextCursor, Long totalItems) {
}
