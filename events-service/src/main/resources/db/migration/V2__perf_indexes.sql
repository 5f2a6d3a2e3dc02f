-- Indexes found missing by the benchmark (bench/README.md). Every list answers with Last-Modified, the greatest of
-- max(event.updated_at), max(actor.updated_at) and max(tombstone.deleted_at): event had an index on updated_at
-- already; these make the other two an index lookup instead of a scan of the table.
CREATE INDEX IF NOT EXISTS actor_updated_idx ON actor (updated_at);
CREATE INDEX IF NOT EXISTS tombstone_deleted_idx ON tombstone (deleted_at);
