package org.ksrelations.recognition.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state's stance towards the Republic of Kosovo, derived from its acts (never stored). */
@Schema(name = "Stance", description = "Derived from the state's acts: RECOGNIZES (last act a recognition),"
        + " WITHDRAWAL_CLAIMED (last act a withdrawal claimed by Serbia), DISPUTED (a claimed withdrawal was denied,"
        + " or the recognition itself is contested), DOES_NOT_RECOGNIZE (no act)")
public enum Stance {
    RECOGNIZES, WITHDRAWAL_CLAIMED, DISPUTED, DOES_NOT_RECOGNIZE
}
