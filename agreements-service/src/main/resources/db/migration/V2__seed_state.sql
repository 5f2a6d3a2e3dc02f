-- The fingerprint of the seed file last loaded completely (seed/SeedLoader.java): a start with an unchanged file
-- skips the per-record seed pass.
CREATE TABLE seed_state (
    dataset     text PRIMARY KEY,
    fingerprint text NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
