-- agreements-service schema. Public identifiers are slugs (agreements), numbers (provisions) and derived ids
-- (milestones); bigserial ids stay internal.

-- trigram index for the case-insensitive substring filter on provision topics (pg_trgm is a trusted extension)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE agreement (
    id                     bigserial    PRIMARY KEY,
    slug                   varchar(120) NOT NULL UNIQUE,
    title                  jsonb        NOT NULL,
    summary                jsonb        NOT NULL,
    kind                   varchar(40)  NOT NULL,
    status                 varchar(30)  NOT NULL,
    stage                  varchar(30)  NOT NULL,
    process                varchar(30)  NOT NULL,
    facilitator            varchar(40)  NOT NULL,
    parties                text[]       NOT NULL DEFAULT '{}',
    signatories            jsonb        NOT NULL DEFAULT '[]',
    proposed_on            date,
    proposed_on_precision  varchar(5),
    concluded_on           date,
    concluded_on_precision varchar(5),
    -- the main date: when concluded, else when proposed; null for undated agreements
    main_date              date GENERATED ALWAYS AS (coalesce(concluded_on, proposed_on)) STORED,
    related_events         text[]       NOT NULL DEFAULT '{}',
    tags                   text[]       NOT NULL DEFAULT '{}',
    sources                jsonb        NOT NULL DEFAULT '[]',
    provisions_text        text         NOT NULL DEFAULT '',
    origin                 varchar(10)  NOT NULL DEFAULT 'SEED',
    seed_hash              varchar(64),
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    updated_at             timestamptz  NOT NULL DEFAULT now(),
    search                 tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title ->> 'en', '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary ->> 'en', '')), 'B') ||
        setweight(to_tsvector('english', provisions_text), 'C') ||
        setweight(to_tsvector('simple', coalesce(title ->> 'mk', '') || ' ' || coalesce(summary ->> 'mk', '')), 'D')
    ) STORED,
    CONSTRAINT agreement_proposed_precision_ck CHECK ((proposed_on IS NULL) = (proposed_on_precision IS NULL)),
    CONSTRAINT agreement_concluded_precision_ck CHECK ((concluded_on IS NULL) = (concluded_on_precision IS NULL))
);
-- keyset orders: date (undated last) in both directions, title, and per filter
CREATE INDEX agreement_date_slug_idx ON agreement (main_date ASC NULLS LAST, slug ASC);
CREATE INDEX agreement_date_desc_slug_idx ON agreement (main_date DESC NULLS LAST, slug DESC);
CREATE INDEX agreement_title_slug_idx ON agreement ((title ->> 'en'), slug);
CREATE INDEX agreement_status_date_slug_idx ON agreement (status, main_date, slug);
CREATE INDEX agreement_kind_date_slug_idx ON agreement (kind, main_date, slug);
CREATE INDEX agreement_facilitator_date_slug_idx ON agreement (facilitator, main_date, slug);
CREATE INDEX agreement_stage_date_slug_idx ON agreement (stage, main_date, slug);
CREATE INDEX agreement_process_date_slug_idx ON agreement (process, main_date, slug);
CREATE INDEX agreement_updated_slug_idx ON agreement (updated_at, slug);
CREATE INDEX agreement_parties_idx ON agreement USING gin (parties);
CREATE INDEX agreement_tags_idx ON agreement USING gin (tags);
CREATE INDEX agreement_search_idx ON agreement USING gin (search);

CREATE TABLE agreement_provision (
    id                    bigserial    PRIMARY KEY,
    agreement_id          bigint       NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    number                varchar(20)  NOT NULL,
    topic                 varchar(200) NOT NULL,
    text                  text         NOT NULL,
    implementation_status varchar(30)  NOT NULL,
    quote                 text,
    UNIQUE (agreement_id, number)
);
CREATE INDEX agreement_provision_topic_trgm_idx ON agreement_provision USING gin (lower(topic) gin_trgm_ops);

CREATE TABLE agreement_milestone (
    id             bigserial    PRIMARY KEY,
    agreement_id   bigint       NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    agreement_slug varchar(120) NOT NULL,
    public_id      varchar(80)  NOT NULL,
    milestone_date date,
    date_precision varchar(5),
    type           varchar(30)  NOT NULL,
    description    jsonb        NOT NULL,
    sources        jsonb        NOT NULL DEFAULT '[]',
    UNIQUE (agreement_id, public_id),
    CONSTRAINT agreement_milestone_precision_ck CHECK ((milestone_date IS NULL) = (date_precision IS NULL))
);
-- the all-milestones timeline: keyset by (date, agreement slug, id), per type too
CREATE INDEX agreement_milestone_date_idx ON agreement_milestone (milestone_date, agreement_slug, public_id)
    WHERE milestone_date IS NOT NULL;
CREATE INDEX agreement_milestone_type_date_idx ON agreement_milestone (type, milestone_date, agreement_slug, public_id)
    WHERE milestone_date IS NOT NULL;

-- deletions, for the /changes feed (and so that a restart never re-seeds what an editor deleted)
CREATE TABLE tombstone (
    id          bigserial    PRIMARY KEY,
    resource    varchar(20)  NOT NULL,
    slug        varchar(120) NOT NULL,
    deleted_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX tombstone_resource_deleted_idx ON tombstone (resource, deleted_at, slug);
CREATE INDEX tombstone_resource_slug_idx ON tombstone (resource, slug);
