package org.ksrelations.agreements.domain;

/** A citation, stored as JSON in the record (dates as ISO-8601 strings). */
public record Source(String title, String publisher, String url, String publishedOn, String accessedOn,
                     String quote) {
}
