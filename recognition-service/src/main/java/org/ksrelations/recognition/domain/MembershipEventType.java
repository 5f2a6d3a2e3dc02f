package org.ksrelations.recognition.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipEventType")
public enum MembershipEventType {
    APPLIED, APPLICATION_REJECTED, ADMITTED, BID_WITHDRAWN, AGREEMENT_SIGNED, OTHER
}
