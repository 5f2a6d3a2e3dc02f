package org.ksrelations.events.service;

import org.ksrelations.kit.service.Sorts;

/** Sort orders of the event list; each is a keyset over a unique key. */
public enum EventSort {
    DATE("date"), DATE_DESC("-date"), RELEVANCE("relevance");

    public final String param;

    EventSort(String param) {
        this.param = param;
    }

    public static EventSort parse(String raw, boolean hasQuery) {
        return Sorts.parse(values(), s -> s.param, raw, hasQuery, DATE, RELEVANCE);
    }
}
