package org.ksrelations.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of instrument an agreement is. */
@Schema(name = "AgreementKind")
public enum AgreementKind {
    UN_RESOLUTION, CONSTITUTIONAL_FRAMEWORK, PEACE_PLAN, BILATERAL_AGREEMENT, TECHNICAL_AGREEMENT,
    MULTILATERAL_AGREEMENT, DECLARATION, ANNEX
}
