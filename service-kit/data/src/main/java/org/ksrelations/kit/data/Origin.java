package org.ksrelations.kit.data;

/** Where the current content of a record comes from: the curated seed files, or an editor's write. */
public enum Origin {
    SEED, EDITOR
}
