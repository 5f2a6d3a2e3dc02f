package org.ksrelations.kit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to a record in a changes feed. */
@Schema(name = "ChangeKind", enumeration = {"UPSERT", "DELETE", "RENAME"},
        description = "UPSERT: the record was created or changed; DELETE: it was deleted (tombstone); RENAME (events,"
                + " agreements): the record formerly at formerSlug is now at slug (move a kept copy; the old slug"
                + " answers 301/308 to the new URL)")
public enum ChangeKind { UPSERT, DELETE, RENAME }
