package org.ksrelations.agreements.service;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.agreements.domain.AgreementKind;
import org.ksrelations.agreements.domain.AgreementProcess;
import org.ksrelations.agreements.domain.AgreementStage;
import org.ksrelations.agreements.domain.AgreementStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The filters of the agreement list; null or empty means "any". */
public record AgreementFilter(List<AgreementStatus> statuses, List<AgreementKind> kinds, List<AgreementStage> stages,
                              List<AgreementProcess> processes, String facilitator, String party, String topic,
                              LocalDate from, LocalDate to, String q, OffsetDateTime updatedSince,
                              List<org.ksrelations.kit.dates.DateBasis> dateBases) {
}
