package org.ksrelations.events.service;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.events.domain.Category;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The filters of the event list; null means "any". */
public record EventFilter(LocalDate from, LocalDate to, List<Category> categories, String actor, String place,
                          String tag, String q, String agreement, OffsetDateTime updatedSince,
                          List<org.ksrelations.kit.dates.DateBasis> dateBases) {
}
