package org.ksrelations.kit.api;

import java.time.LocalDate;

/**
 * The {@code from} and {@code to} query parameters of a list by date: YYYY-MM-DD, YYYY-MM or YYYY, both inclusive
 * ({@code to=2013} reaches 2013-12-31); either may be absent (null).
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** The range the two parameters name; 400 for a value that is not a date, or for {@code from} after {@code to}. */
    public static DateRange of(String from, String to) {
        DateRange range = new DateRange(Params.date("from", from), Params.dateEnd("to", to));
        Params.range(range.from, range.to);
        return range;
    }
}
