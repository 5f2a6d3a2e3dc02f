package org.ksrelations.recognition.service;

import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.time.OffsetDateTime;
import java.util.List;

/** The filters of the state list; null or empty means "any". */
public record StateFilter(List<Stance> stances, List<Region> regions, Boolean unMember, String q,
                          OffsetDateTime updatedSince) {
}
