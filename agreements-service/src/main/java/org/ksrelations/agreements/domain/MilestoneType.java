package org.ksrelations.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step in the life of an agreement. */
@Schema(name = "AgreementMilestoneType")
public enum MilestoneType {
    PROPOSED, INITIALED, AGREED_IN_PRINCIPLE, SIGNED, RATIFIED, ADOPTED, IMPLEMENTATION_BEGAN, IMPLEMENTED, STALLED,
    REJECTED, SUPERSEDED, OTHER
}
