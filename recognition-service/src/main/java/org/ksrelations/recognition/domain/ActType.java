package org.ksrelations.recognition.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** The kinds of recognition act, and what each does to the stance. */
@Schema(name = "RecognitionActType", description = "RECOGNITION, RECOGNITION_FORMALISED (a formal act after an"
        + " announced recognition), WITHDRAWAL_CLAIMED (a withdrawal of recognition claimed by Serbia),"
        + " WITHDRAWAL_DENIED (the state contradicted or reversed a claimed withdrawal), RECOGNITION_CONTESTED"
        + " (the recognition itself is contested or declared invalid)")
public enum ActType {
    RECOGNITION(Stance.RECOGNIZES),
    RECOGNITION_FORMALISED(Stance.RECOGNIZES),
    WITHDRAWAL_CLAIMED(Stance.WITHDRAWAL_CLAIMED),
    WITHDRAWAL_DENIED(Stance.DISPUTED),
    RECOGNITION_CONTESTED(Stance.DISPUTED);

    private final Stance effect;

    ActType(Stance effect) {
        this.effect = effect;
    }

    /** The stance this act leads to when it is the last stance-changing act; null if it changes none. */
    public Stance effect() {
        return effect;
    }

    public boolean isRecognition() {
        return this == RECOGNITION || this == RECOGNITION_FORMALISED;
    }

    /** "WITHDRAWAL_CLAIMED" -> "withdrawal-claimed", for act ids. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
