package org.ksrelations.agreements.service;

import org.ksrelations.kit.problem.ProblemException;

/** Sort orders of the agreement list; each is a keyset over a unique key (the slug breaks ties). */
public enum AgreementSort {
    DATE("date"), DATE_DESC("-date"), TITLE("title"), RELEVANCE("relevance");

    public final String param;

    AgreementSort(String param) {
        this.param = param;
    }

    public static AgreementSort parse(String raw, boolean hasQuery) {
        if (raw == null || raw.isBlank()) {
            return hasQuery ? RELEVANCE : DATE;
        }
        for (AgreementSort s : values()) {
            if (s.param.equals(raw.trim())) {
                if (s == RELEVANCE && !hasQuery) {
                    throw ProblemException.badParam("sort", "relevance needs a search text q");
                }
                return s;
            }
        }
        throw ProblemException.badParam("sort", "must be one of date, -date, title, relevance");
    }
}
