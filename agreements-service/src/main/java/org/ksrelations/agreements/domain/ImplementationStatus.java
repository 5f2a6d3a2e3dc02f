package org.ksrelations.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a provision has been implemented. */
@Schema(name = "ProvisionImplementationStatus")
public enum ImplementationStatus {
    NOT_STARTED, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, UNKNOWN
}
