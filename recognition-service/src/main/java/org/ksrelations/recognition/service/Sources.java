package org.ksrelations.recognition.service;

import org.ksrelations.kit.api.SourceView;
import org.ksrelations.recognition.domain.Source;

import java.time.LocalDate;
import java.util.List;

/** Citations as the API and the seed files give them, as the records store them. */
public final class Sources {

    private Sources() {
    }

    public static List<Source> toDomain(List<SourceView> sources) {
        return sources.stream().map(s -> new Source(s.title(), s.publisher(), s.url(), iso(s.publishedOn()),
                iso(s.accessedOn()), s.quote())).toList();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
