package org.ksrelations.kit.service;

import org.ksrelations.kit.problem.ProblemException;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sort parameter of a list that can also be searched (ordered by relevance to a search text). */
public final class Sorts {

    private Sorts() {
    }

    /**
     * The order named by {@code raw}, a value of the sort parameter ({@code param} names each order): when omitted,
     * {@code relevance} with a search text, {@code byDefault} without; relevance only with a search text; an unknown
     * name is a 400 that lists the known ones.
     */
    public static <S extends Enum<S>> S parse(S[] orders, Function<S, String> param, String raw, boolean hasQuery,
                                              S byDefault, S relevance) {
        if (raw == null || raw.isBlank()) {
            return hasQuery ? relevance : byDefault;
        }
        for (S s : orders) {
            if (param.apply(s).equals(raw)) {
                if (s == relevance && !hasQuery) {
                    throw ProblemException.badParam("sort", "relevance needs a search text q");
                }
                return s;
            }
        }
        throw ProblemException.badParam("sort", "must be one of "
                + Arrays.stream(orders).map(param).collect(Collectors.joining(", ")));
    }
}
