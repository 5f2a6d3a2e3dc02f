package org.ksrelations.recognition.service;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.recognition.domain.ActType;
import org.ksrelations.recognition.domain.Region;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The filters of the act list; null or empty means "any". With from or to, undated acts are left out. */
public record ActFilter(LocalDate from, LocalDate to, List<Region> regions, List<ActType> types, Boolean verified,
                        String state, OffsetDateTime updatedSince,
                        List<org.ksrelations.kit.dates.DateBasis> dateBases) {
}
