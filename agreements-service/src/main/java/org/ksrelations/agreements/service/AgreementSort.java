package org.ksrelations.agreements.service;

import org.ksrelations.kit.service.Sorts;

/** Sort orders of the agreement list; each is a keyset over a unique key (the slug breaks ties). */
public enum AgreementSort {
    DATE("date"), DATE_DESC("-date"), TITLE("title"), RELEVANCE("relevance");

    public final String param;

    AgreementSort(String param) {
        this.param = param;
    }

    public static AgreementSort parse(String raw, boolean hasQuery) {
        return Sorts.parse(values(), s -> s.param, raw == null ? null : raw.trim(), hasQuery, DATE, RELEVANCE);
    }
}
