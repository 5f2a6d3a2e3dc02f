package org.ksrelations.events.service;

import org.ksrelations.kit.problem.ProblemException;


/** Sort orders of the event list; each is a keyset over a unique key. */
public enum EventSort {
    DATE("date"), DATE_DESC("-date"), RELEVANCE("relevance");

    public final String param;

    EventSort(String param) {
        this.param = param;
    }

    public static EventSort parse(String raw, boolean hasQuery) {
        if (raw == null || raw.isBlank()) {
            return hasQuery ? RELEVANCE : DATE;
        }
        for (EventSort s : values()) {
            if (s.param.equals(raw)) {
                if (s == RELEVANCE && !hasQuery) {
                    throw ProblemException.badParam("sort", "relevance needs a search text q");
                }
                return s;
            }
        }
        throw ProblemException.badParam("sort", "must be one of date, -date, relevance");
    }
}
