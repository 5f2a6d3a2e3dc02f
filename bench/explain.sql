-- EXPLAIN (ANALYZE, BUFFERS) of the SQL behind the benchmarked endpoints, as EventService builds it (values inline
-- instead of bind parameters). Run by bench/run.sh against each events_<N> database:
--   psql -d events_1000000 -f bench/explain.sql
\pset pager off
\set ON_ERROR_STOP off
SELECT count(*) AS events FROM event \gset
\echo '=== events:' :events

\echo '\n=== filtered list: GET /api/v1/events?category=DIPLOMACY&from=2000&to=2004 (page query, limit 50 + 1)'
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.event_date, e.slug, CAST(0 AS real) AS rank FROM event e WHERE 1=1
  AND e.event_date >= DATE '2000-01-01' AND e.event_date <= DATE '2004-12-31' AND e.category IN ('DIPLOMACY')
  ORDER BY e.event_date ASC, e.slug ASC LIMIT 51;

\echo '\n=== the same list with includeTotal=true (count query)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM event e WHERE 1=1
  AND e.event_date >= DATE '2000-01-01' AND e.event_date <= DATE '2004-12-31' AND e.category IN ('DIPLOMACY');

-- The searches below differ only in their words and filters: :query is the tsquery as EventService writes it (the
-- English and the simple configuration together), :filter the conditions before the match; each ranking is one file.
\set border '(websearch_to_tsquery(''english'', ''border'') || websearch_to_tsquery(''simple'', ''border''))'
\set diplomacy_1995_2005 'AND e.event_date >= DATE ''1995-01-01'' AND e.event_date <= DATE ''2005-12-31'' AND e.category IN (''DIPLOMACY'')'

\set query :border
\set filter ''
\echo '\n=== search: GET /api/v1/events?q=border (relevance, as EventService ranks it: the 1,000 most recent matches)'
\ir explain-search-pooled.sql

\set filter :diplomacy_1995_2005
\echo '\n=== filtered search, as EventService ranks it: q=border&category=DIPLOMACY&from=1995&to=2005'
\ir explain-search-pooled.sql

\set filter ''
\echo '\n=== for reference, ranking every match (before the 1,000 pool): q=border'
\ir explain-search-every-match.sql

\set filter :diplomacy_1995_2005
\echo '\n=== for reference, ranking every match: filtered search q=border&category=DIPLOMACY&from=1995&to=2005'
\ir explain-search-every-match.sql

\set query '(websearch_to_tsquery(''english'', ''kosovo'') || websearch_to_tsquery(''simple'', ''kosovo''))'
\set filter ''
\echo '\n=== for reference, ranking every match: q=kosovo, the most common word'
\ir explain-search-every-match.sql

SELECT event_date AS cdate, slug AS cslug FROM event ORDER BY event_date, slug
  OFFSET (SELECT (count(*) * 0.9)::int FROM event) LIMIT 1 \gset
\echo '\n=== deep page (keyset): the page after 90 % of the data, cursor' :cdate :cslug
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.event_date, e.slug, CAST(0 AS real) AS rank FROM event e WHERE 1=1
  AND (e.event_date, e.slug) > (DATE :'cdate', :'cslug') ORDER BY e.event_date ASC, e.slug ASC LIMIT 51;

SELECT (count(*) * 0.9)::int AS off FROM event \gset
\echo '\n=== the same page with OFFSET' :off '(what the API avoids)'
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.event_date, e.slug FROM event e
  ORDER BY e.event_date ASC, e.slug ASC OFFSET :off LIMIT 51;

\echo '\n=== Last-Modified of every list (EventService.lastModified)'
EXPLAIN (ANALYZE, BUFFERS) SELECT greatest((SELECT max(updated_at) FROM event), (SELECT max(updated_at) FROM actor),
  (SELECT max(deleted_at) FROM tombstone));

\echo '\n=== loading a page of 50 events with their actors (EventService.load, the JOIN FETCH)'
EXPLAIN (ANALYZE, BUFFERS) SELECT e.*, ea.*, a.* FROM event e LEFT JOIN event_actor ea ON ea.event_id = e.id
  LEFT JOIN actor a ON a.id = ea.actor_id
  WHERE e.id IN (SELECT id FROM event WHERE event_date >= DATE '2000-01-01' ORDER BY event_date, slug LIMIT 50);

\echo '\n=== GET /api/v1/actors (ActorService.list: events per actor counted for each row)'
EXPLAIN (ANALYZE, BUFFERS) SELECT a.id, (SELECT count(*) FROM event_actor ea WHERE ea.actor_id = a.id) FROM actor a
  WHERE 1=1 ORDER BY a.slug LIMIT 51;
