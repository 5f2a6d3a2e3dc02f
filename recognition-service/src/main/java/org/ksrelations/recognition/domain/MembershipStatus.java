package org.ksrelations.recognition.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where Kosovo stands with an organisation. */
@Schema(name = "MembershipStatus")
public enum MembershipStatus {
    MEMBER, APPLIED, REJECTED, WITHDRAWN, CANDIDATE, POTENTIAL_CANDIDATE, OTHER
}
