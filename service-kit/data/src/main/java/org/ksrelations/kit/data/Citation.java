package org.ksrelations.kit.data;

import org.ksrelations.kit.api.SourceView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A citation as a record stores it, in a JSON column (dates as ISO-8601 strings); the API shows it as a {@link SourceView}. */
public record Citation(String title, String publisher, String url, String publishedOn, String accessedOn,
                       String quote) {

    /** The citations of an input, to store; none when the input has none. */
    public static List<Citation> of(List<SourceView> in) {
        return in == null ? new ArrayList<>() : in.stream().map(s -> new Citation(s.title(), s.publisher(), s.url(),
                iso(s.publishedOn()), iso(s.accessedOn()), s.quote())).toList();
    }

    /** Stored citations as the API shows them. */
    public static List<SourceView> views(List<Citation> stored) {
        return stored.stream().map(s -> new SourceView(s.title(), s.publisher(), s.url(), date(s.publishedOn()),
                date(s.accessedOn()), s.quote())).toList();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
