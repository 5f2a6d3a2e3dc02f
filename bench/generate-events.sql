-- Loads :n synthetic events (plus synthetic actors and event_actor rows) into an events-service database whose
-- schema Flyway has created and whose curated seed is loaded (the seed's own words, places, tags and actors are the
-- vocabulary, so full-text search has realistic selectivity).
--
--   psql -v n=1000000 -f bench/generate-events.sql  (host, port, user, database from the usual PG* variables)
--
-- Deterministic (setseed), idempotent (removes the rows of an earlier run first; they are marked with
-- seed_hash = 'bench-synthetic', origin EDITOR so that the seed loader never touches them). One transaction;
-- the secondary indexes of event and event_actor are dropped during the load and rebuilt from their own definitions.
\set ON_ERROR_STOP on
\timing on
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';
SET synchronous_commit = off;

BEGIN;
SELECT setseed(0.42);

DELETE FROM event_actor WHERE event_id IN (SELECT id FROM event WHERE seed_hash = 'bench-synthetic');
DELETE FROM event WHERE seed_hash = 'bench-synthetic';
DELETE FROM actor WHERE slug LIKE 'bench-actor-%';

-- vocabulary, most frequent first: a word's chance to be drawn falls with its rank (Zipf-like)
CREATE TEMP TABLE vocab ON COMMIT DROP AS
SELECT lang, w AS word, row_number() OVER (PARTITION BY lang ORDER BY count(*) DESC, w) AS rk
FROM (SELECT 'en' AS lang, title ->> 'en' || ' ' || (summary ->> 'en') AS txt FROM event WHERE seed_hash IS DISTINCT FROM 'bench-synthetic'
      UNION ALL
      SELECT 'mk', coalesce(title ->> 'mk', '') || ' ' || coalesce(summary ->> 'mk', '') FROM event WHERE seed_hash IS DISTINCT FROM 'bench-synthetic') s,
     regexp_split_to_table(lower(s.txt), '[^[:alnum:]]+') AS w
WHERE length(w) > 1
GROUP BY lang, w;
CREATE TEMP TABLE vocab_size ON COMMIT DROP AS SELECT lang, count(*)::int AS n FROM vocab GROUP BY lang;
SELECT * FROM vocab_size;
CREATE TEMP TABLE lists ON COMMIT DROP AS
SELECT (SELECT array_agg(p ORDER BY c DESC, p) FROM (SELECT p, count(*) c FROM event, unnest(places) p GROUP BY p) t) AS places,
       (SELECT array_agg(t ORDER BY c DESC, t) FROM (SELECT t, count(*) c FROM event, unnest(tags) t GROUP BY t) t) AS tags,
       (SELECT array_agg(DISTINCT a) FROM event, unnest(related_agreements) a) AS agreements,
       ARRAY['DIPLOMACY','NEGOTIATION','DECLARATION','CONSTITUTIONAL','INTERNATIONAL_ORGANISATION','ADMINISTRATION',
             'LEGAL','AGREEMENT','INCIDENT','TRADE','MINORITY_RIGHTS','RECOGNITION','ARREST','ENERGY','ELECTION',
             'MILITARY','PROTEST','TRANSPORT','WAR'] AS categories;

-- 2,000 synthetic actors next to the curated ones
INSERT INTO actor (slug, name, type, version, created_at, updated_at)
SELECT 'bench-actor-' || g, 'Bench Actor ' || g, (ARRAY['PERSON','STATE','ORGANISATION'])[1 + g % 3], 0,
       now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, 2000) g;
CREATE TEMP TABLE actor_ids ON COMMIT DROP AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS i, id FROM actor;
CREATE UNIQUE INDEX ON actor_ids (i);
ANALYZE actor_ids;

-- drop secondary indexes for the load; rebuilt below from the saved definitions
CREATE TEMP TABLE saved_indexes ON COMMIT DROP AS
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = 'public' AND i.tablename IN ('event', 'event_actor')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM saved_indexes LOOP EXECUTE 'DROP INDEX ' || quote_ident(r.indexname); END LOOP;
END $$;

-- a pool of 20,011 texts per kind (title 5–10 words, summary 20–40, Macedonian title 5–8 and summary 15–30), words
-- drawn by rank with probability falling with the rank; an event combines texts of different pool entries, so the
-- combinations are (nearly) unique while the pool stays cheap to build
CREATE TEMP TABLE pool ON COMMIT DROP AS
SELECT i, kind, string_agg(v.word, ' ' ORDER BY pos) AS txt
FROM (SELECT i, k.kind, k.lang, pos,
             1 + floor(power(random(), 2.2) * vs.n)::int AS rk
      FROM generate_series(0, 20010) i
      CROSS JOIN (VALUES ('title_en', 'en', 5, 6), ('summary_en', 'en', 20, 21), ('title_mk', 'mk', 5, 4),
                         ('summary_mk', 'mk', 15, 16)) AS k(kind, lang, base, spread)
      JOIN vocab_size vs ON vs.lang = k.lang
      CROSS JOIN LATERAL generate_series(1, k.base + (i * 7 + length(k.kind)) % k.spread) pos) picks
JOIN vocab v ON v.lang = picks.lang AND v.rk = picks.rk
GROUP BY i, kind;
CREATE TEMP TABLE texts ON COMMIT DROP AS
SELECT i, max(txt) FILTER (WHERE kind = 'title_en') AS title_en, max(txt) FILTER (WHERE kind = 'summary_en') AS summary_en,
       max(txt) FILTER (WHERE kind = 'title_mk') AS title_mk, max(txt) FILTER (WHERE kind = 'summary_mk') AS summary_mk
FROM pool GROUP BY i;
CREATE UNIQUE INDEX ON texts (i);
-- 4,001 place/tag/category combinations, skewed towards the most frequent ones of the seed
CREATE TEMP TABLE combos ON COMMIT DROP AS
SELECT i,
       l.categories[1 + floor(power(random(), 1.6) * cardinality(l.categories))::int] AS category,
       ARRAY(SELECT DISTINCT l.places[1 + floor(power(random(), 2.0) * cardinality(l.places))::int]
             FROM generate_series(1, 1 + i % 2) WHERE i >= 0) AS places,
       ARRAY(SELECT DISTINCT l.tags[1 + floor(power(random(), 2.0) * cardinality(l.tags))::int]
             FROM generate_series(1, i % 4) WHERE i >= 0) AS tags,
       CASE WHEN i % 20 = 0 THEN ARRAY[l.agreements[1 + floor(random() * cardinality(l.agreements))::int]]
            ELSE '{}'::text[] END AS agreements
FROM generate_series(0, 4000) i, lists l;
CREATE UNIQUE INDEX ON combos (i);
ANALYZE texts;
ANALYZE combos;

-- the events: dates over 1912–2025, denser towards today (density grows linearly with time); DAY precision
-- for 80 %, MONTH 12 %, YEAR 8 %; a Macedonian text for one event in five; updated within the last year
INSERT INTO event (slug, event_date, date_precision, title, summary, category, places, place_keys, tags,
                   related_agreements, sources, origin, seed_hash, version, created_at, updated_at)
SELECT to_char(x.d2, 'YYYY-MM-DD') || '-bench-' || x.g, x.d2, x.prec,
       CASE WHEN x.g % 5 = 0 THEN jsonb_build_object('en', initcap(t1.title_en), 'mk', t3.title_mk)
            ELSE jsonb_build_object('en', initcap(t1.title_en)) END,
       CASE WHEN x.g % 5 = 0 THEN jsonb_build_object('en', t2.summary_en, 'mk', t4.summary_mk)
            ELSE jsonb_build_object('en', t2.summary_en) END,
       c.category, c.places, ARRAY(SELECT DISTINCT lower(p) FROM unnest(c.places) p WHERE x.g > 0), c.tags, c.agreements,
       '[{"title": "Synthetic benchmark record", "publisher": "bench/generate-events.sql", "url": null, "publishedOn": null, "accessedOn": null, "quote": null}]'::jsonb,
       'EDITOR', 'bench-synthetic', 0, x.ts, x.ts
FROM (SELECT g,
             CASE WHEN p < 0.80 THEN d WHEN p < 0.92 THEN date_trunc('month', d)::date ELSE date_trunc('year', d)::date END AS d2,
             CASE WHEN p < 0.80 THEN 'DAY' WHEN p < 0.92 THEN 'MONTH' ELSE 'YEAR' END AS prec,
             now() - (random() * interval '365 days') AS ts
      FROM (SELECT g, date '1912-01-01' + floor(sqrt(random()) * (date '2025-12-31' - date '1912-01-01'))::int AS d,
                   random() AS p
            FROM generate_series(1, :n) g) r) x
JOIN texts t1 ON t1.i = (x.g * 7) % 20011
JOIN texts t2 ON t2.i = (x.g * 13 + 5) % 20011
JOIN texts t3 ON t3.i = (x.g * 17 + 3) % 20011
JOIN texts t4 ON t4.i = (x.g * 19 + 11) % 20011
JOIN combos c ON c.i = (x.g * 31 + 7) % 4001;

-- 1–3 actors per event, each with a role; actors skewed (the first, curated ones are the most frequent)
INSERT INTO event_actor (event_id, actor_id, role, position)
SELECT x.event_id, a.id,
       (ARRAY['INITIATOR','PARTICIPANT','TARGET','FACILITATOR','SIGNATORY','MEDIATOR','SPOKESPERSON','OBSERVER','AUTHORITY'])[1 + (x.event_id + x.k) % 9],
       x.k
FROM (SELECT e.id AS event_id, k,
             (floor(power(random(), 3) * (SELECT count(*) FROM actor_ids))::int + k * 7919) % (SELECT count(*) FROM actor_ids) AS ai
      FROM event e CROSS JOIN LATERAL generate_series(0, (e.id % 3)::int) k
      WHERE e.seed_hash = 'bench-synthetic') x
JOIN actor_ids a ON a.i = x.ai
ON CONFLICT DO NOTHING;

DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM saved_indexes LOOP EXECUTE r.indexdef; END LOOP;
END $$;
COMMIT;

VACUUM ANALYZE event;
VACUUM ANALYZE event_actor;
VACUUM ANALYZE actor;
SELECT count(*) AS events, count(*) FILTER (WHERE seed_hash = 'bench-synthetic') AS synthetic FROM event;
