-- Renamed records keep their old slugs as aliases (clients may have stored them): a read of an old slug answers 301,
-- a write 308, with the new URL; the changes feed reports each rename (kit: SlugAliases, ChangeFeed). Rows stay when
-- the record is deleted (the rename stays in the feed); an alias of a deleted record no longer answers.
CREATE TABLE slug_alias (
    id          bigserial    PRIMARY KEY,
    resource    varchar(20)  NOT NULL,
    old_slug    varchar(120) NOT NULL,
    new_slug    varchar(120) NOT NULL,
    renamed_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT slug_alias_old_slug_key UNIQUE (resource, old_slug),
    CONSTRAINT slug_alias_not_itself CHECK (old_slug <> new_slug)
);
CREATE INDEX slug_alias_new_slug_idx ON slug_alias (resource, new_slug);
CREATE INDEX slug_alias_renamed_idx ON slug_alias (renamed_at, resource, old_slug);
