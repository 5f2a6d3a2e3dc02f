-- recognition-service schema. Public identifiers: a state's code (ISO alpha-2, or 'smom'), an act's stable id,
-- a membership's slug; bigserial ids stay internal. A state's stance is NEVER stored: it is derived from its acts
-- by recognition_stance() below (and by StanceRule in Java: the two rules are kept identical and tested so).

CREATE TABLE state (
    id          bigserial    PRIMARY KEY,
    code        varchar(8)   NOT NULL UNIQUE,
    iso2        char(2)      UNIQUE,
    iso3        char(3)      UNIQUE,
    name        varchar(200) NOT NULL,
    un_member   boolean      NOT NULL,
    region      varchar(10)  NOT NULL,
    note        text,
    origin      varchar(10)  NOT NULL DEFAULT 'SEED',
    seed_hash   varchar(64),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    search      tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(iso2, '') || ' ' || coalesce(iso3, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(note, '')), 'C')
    ) STORED
);
-- keyset orders (code; name, code) and one per filter
CREATE INDEX state_name_code_idx ON state (name, code);
CREATE INDEX state_region_code_idx ON state (region, code);
CREATE INDEX state_un_member_code_idx ON state (un_member, code);
CREATE INDEX state_updated_code_idx ON state (updated_at, code);
CREATE INDEX state_search_idx ON state USING gin (search);

CREATE TABLE recognition_act (
    id              bigserial    PRIMARY KEY,
    act_id          varchar(120) NOT NULL UNIQUE,
    state_id        bigint       NOT NULL REFERENCES state (id),
    state_code      varchar(8)   NOT NULL,          -- immutable copy of state.code, for the keyset order
    seq             int          NOT NULL,          -- curated order within the state
    type            varchar(30)  NOT NULL,
    act_date        date,
    date_precision  varchar(5),
    verified        boolean      NOT NULL,
    note            text,
    sources         jsonb        NOT NULL DEFAULT '[]',
    origin          varchar(10)  NOT NULL DEFAULT 'SEED',
    seed_hash       varchar(64),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    -- undated acts sort last in both directions
    sort_date       date GENERATED ALWAYS AS (coalesce(act_date, DATE '9999-12-31')) STORED,
    sort_date_desc  date GENERATED ALWAYS AS (coalesce(act_date, DATE '0001-01-01')) STORED,
    UNIQUE (state_id, seq),
    CONSTRAINT act_date_precision_ck CHECK ((act_date IS NULL) = (date_precision IS NULL))
);
-- the stance rule: acts of a state by (date, seq)
CREATE INDEX act_state_date_seq_idx ON recognition_act (state_id, act_date, seq);
-- keyset orders of /recognitions, overall and per filter
CREATE INDEX act_sort_idx ON recognition_act (sort_date, state_code, seq);
CREATE INDEX act_sort_desc_idx ON recognition_act (sort_date_desc, state_code, seq);
CREATE INDEX act_type_sort_idx ON recognition_act (type, sort_date, state_code, seq);
CREATE INDEX act_verified_sort_idx ON recognition_act (verified, sort_date, state_code, seq);
CREATE INDEX act_updated_idx ON recognition_act (updated_at, act_id);

-- What an act does to the stance; NULL for an act that does not change it. Mirrors ActType.effect() in Java.
CREATE FUNCTION act_stance(act_type varchar) RETURNS varchar
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE act_type
        WHEN 'RECOGNITION' THEN 'RECOGNIZES'
        WHEN 'RECOGNITION_FORMALISED' THEN 'RECOGNIZES'
        WHEN 'WITHDRAWAL_CLAIMED' THEN 'WITHDRAWAL_CLAIMED'
        WHEN 'WITHDRAWAL_DENIED' THEN 'DISPUTED'
        WHEN 'RECOGNITION_CONTESTED' THEN 'DISPUTED'
    END
$$;

-- The stance of a state: the effect of its last stance-changing act, acts ordered by (date nulls last, seq);
-- DOES_NOT_RECOGNIZE without one. With as_of, only acts dated on or before it count (undated acts never do);
-- with as_of NULL (the current stance) every act counts, undated ones last. Mirrors StanceRule in Java.
CREATE FUNCTION recognition_stance(p_state bigint, p_as_of date) RETURNS varchar
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce((
        SELECT act_stance(a.type)
        FROM recognition_act a
        WHERE a.state_id = p_state
          AND act_stance(a.type) IS NOT NULL
          AND (p_as_of IS NULL OR a.act_date <= p_as_of)
        ORDER BY a.act_date DESC NULLS FIRST, a.seq DESC
        LIMIT 1), 'DOES_NOT_RECOGNIZE')
$$;

-- Every state with its current stance (for filters and reports).
CREATE VIEW state_stance AS
    SELECT s.id AS state_id, s.code, recognition_stance(s.id, NULL) AS stance
    FROM state s;

CREATE TABLE membership (
    id            bigserial    PRIMARY KEY,
    slug          varchar(120) NOT NULL UNIQUE,
    organisation  varchar(200) NOT NULL,
    kind          varchar(30)  NOT NULL,
    status        varchar(30)  NOT NULL,
    summary       jsonb        NOT NULL,
    events        jsonb        NOT NULL DEFAULT '[]',
    sources       jsonb        NOT NULL DEFAULT '[]',
    origin        varchar(10)  NOT NULL DEFAULT 'SEED',
    seed_hash     varchar(64),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX membership_kind_slug_idx ON membership (kind, slug);
CREATE INDEX membership_status_slug_idx ON membership (status, slug);
CREATE INDEX membership_updated_slug_idx ON membership (updated_at, slug);

-- deletions, for the /changes feed (and so that a restart never re-seeds what an editor deleted)
CREATE TABLE tombstone (
    id          bigserial    PRIMARY KEY,
    resource    varchar(20)  NOT NULL,
    slug        varchar(120) NOT NULL,
    deleted_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX tombstone_resource_deleted_idx ON tombstone (resource, deleted_at, slug);
CREATE INDEX tombstone_resource_slug_idx ON tombstone (resource, slug);
