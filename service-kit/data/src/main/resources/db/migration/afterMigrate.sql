-- The dataset version: one number that changes in the same transaction as every write to the service's tables,
-- so that any replica can tell with one primary-key read whether what it cached is still current.
-- Flyway runs this callback after every migrate (each start), from the service kit, for every service: it is
-- idempotent and attaches the trigger to tables that later migrations add.
-- Replicas starting together run it at the same moment, and Flyway runs callbacks outside its own migration lock:
-- two concurrent CREATE OR REPLACE of one function or trigger fail ("tuple concurrently updated"), and so would the
-- second start. So one instance at a time: the advisory lock AdvisoryLocks.key("flyway:afterMigrate") (the first eight
-- bytes of SHA-256 over 'ksr:flyway:afterMigrate'), held until Flyway commits this script's transaction.
DO $$
BEGIN
    PERFORM pg_advisory_xact_lock(('x' || left(encode(sha256(convert_to('ksr:flyway:afterMigrate', 'UTF8')), 'hex'), 16))
                                  ::bit(64)::bigint);
END
$$;

CREATE TABLE IF NOT EXISTS dataset_version (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    -- starts at the creation time in milliseconds, so that a recreated database never reuses an older version
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO dataset_version (id, version)
VALUES (true, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
ON CONFLICT (id) DO NOTHING;

CREATE OR REPLACE FUNCTION bump_dataset_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dataset_version SET version = version + 1, changed_at = clock_timestamp() WHERE id;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
               AND c.relname NOT IN ('dataset_version', 'flyway_schema_history')
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER dataset_version_bump'
                       || ' AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       || ' FOR EACH STATEMENT EXECUTE FUNCTION bump_dataset_version()', t.relname);
    END LOOP;
END
$$;
