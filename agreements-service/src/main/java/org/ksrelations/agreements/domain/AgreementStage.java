package org.ksrelations.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stage of the peace process the agreement belongs to (after the PA-X peace agreements database). */
@Schema(name = "AgreementStage")
public enum AgreementStage {
    PRE_NEGOTIATION, CEASEFIRE, FRAMEWORK_PARTIAL, FRAMEWORK_COMPREHENSIVE, IMPLEMENTATION, RENEWAL, OTHER
}
