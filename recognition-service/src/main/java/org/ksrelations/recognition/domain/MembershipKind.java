package org.ksrelations.recognition.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipKind")
public enum MembershipKind {
    UN_AGENCY, INTERNATIONAL_ORGANISATION, REGIONAL_ORGANISATION, FINANCIAL_INSTITUTION, SPORTS_BODY, OTHER
}
