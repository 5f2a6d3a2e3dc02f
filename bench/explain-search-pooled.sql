-- Included by explain.sql: a search ranked as EventService ranks it, the 1,000 most recent matches of :query
-- (after the conditions :filter) ordered by relevance, a page of 50 + 1.
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.event_date, e.slug, CAST(ts_rank(e.search, :query) AS real) AS rank
  FROM (SELECT e.id, e.event_date, e.slug, e.search FROM event e WHERE 1=1 :filter AND e.search @@ :query
        ORDER BY e.event_date DESC, e.slug DESC LIMIT 1000) e
  ORDER BY rank DESC, e.slug ASC LIMIT 51;
