package org.ksrelations.kit.dates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a record's date comes from: {@code STATED} in the text of the source document (exactly or by a
 * relative phrase such as "the following day"), {@code CITATION_DATE} when the text gives none and the date is the
 * publication date of the reference it cites, {@code INFERRED} when it is read from the context (always with a note).
 */
@Schema(name = "DateBasis", description = "Where the date comes from: STATED in the text, the CITATION_DATE of the"
        + " reference, or INFERRED from the context (then dateNote says how)")
public enum DateBasis {
    STATED, CITATION_DATE, INFERRED
}
