-- Included by explain.sql, for reference: a search that ranks every match of :query (after the conditions :filter),
-- without the 1,000 pool, a page of 50 + 1.
EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.event_date, e.slug, CAST(ts_rank(e.search, :query) AS real) AS rank
  FROM event e WHERE 1=1 :filter AND e.search @@ :query
  ORDER BY rank DESC, e.slug ASC LIMIT 51;
