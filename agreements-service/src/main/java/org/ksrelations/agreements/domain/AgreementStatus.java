package org.ksrelations.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an agreement stands now; must be consistent with its milestones (see StatusRules). */
@Schema(name = "AgreementStatus")
public enum AgreementStatus {
    PROPOSED, INITIALED, AGREED_IN_PRINCIPLE, SIGNED, RATIFIED, IN_IMPLEMENTATION, IMPLEMENTED, STALLED, REJECTED,
    SUPERSEDED
}
