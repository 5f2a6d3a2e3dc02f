-- events-service schema. Public identifiers are slugs; ids stay internal.

CREATE TABLE actor (
    id          bigserial    PRIMARY KEY,
    slug        varchar(120) NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    type        varchar(20)  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX actor_type_slug_idx ON actor (type, slug);

CREATE TABLE event (
    id                 bigserial    PRIMARY KEY,
    slug               varchar(120) NOT NULL UNIQUE,
    event_date         date         NOT NULL,
    date_precision     varchar(5)   NOT NULL,
    title              jsonb        NOT NULL,
    summary            jsonb        NOT NULL,
    category           varchar(40)  NOT NULL,
    places             text[]       NOT NULL DEFAULT '{}',
    place_keys         text[]       NOT NULL DEFAULT '{}',
    tags               text[]       NOT NULL DEFAULT '{}',
    related_agreements text[]       NOT NULL DEFAULT '{}',
    sources            jsonb        NOT NULL DEFAULT '[]',
    origin             varchar(10)  NOT NULL DEFAULT 'SEED',
    seed_hash          varchar(64),
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    search             tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title ->> 'en', '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary ->> 'en', '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(title ->> 'mk', '') || ' ' || coalesce(summary ->> 'mk', '')), 'C')
    ) STORED
);
-- keyset pagination by (date, slug) in both directions, per category too
CREATE INDEX event_date_slug_idx ON event (event_date, slug);
CREATE INDEX event_category_date_slug_idx ON event (category, event_date, slug);
CREATE INDEX event_updated_slug_idx ON event (updated_at, slug);
CREATE INDEX event_search_idx ON event USING gin (search);
CREATE INDEX event_tags_idx ON event USING gin (tags);
CREATE INDEX event_place_keys_idx ON event USING gin (place_keys);
CREATE INDEX event_related_agreements_idx ON event USING gin (related_agreements);

CREATE TABLE event_actor (
    id        bigserial   PRIMARY KEY,
    event_id  bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id  bigint      NOT NULL REFERENCES actor (id),
    role      varchar(20) NOT NULL,
    position  int         NOT NULL,
    UNIQUE (event_id, actor_id, role)
);
CREATE INDEX event_actor_actor_event_idx ON event_actor (actor_id, event_id);

-- deletions, for the /changes feed (and so that a restart never re-seeds what an editor deleted)
CREATE TABLE tombstone (
    id          bigserial    PRIMARY KEY,
    resource    varchar(20)  NOT NULL,
    slug        varchar(120) NOT NULL,
    deleted_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX tombstone_resource_deleted_idx ON tombstone (resource, deleted_at, slug);
CREATE INDEX tombstone_resource_slug_idx ON tombstone (resource, slug);
