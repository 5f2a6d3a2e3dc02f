-- PostgreSQL's own rate for the statements events-service sends for an uncached list page (EventService.listJson, the
-- "list" row: 50 events of one category in a 5-year window, in date order): the page's keys with each event written
-- as JSON by row_to_json, then the list's Last-Modified. list.sql is the issue's anchor (a simpler JSON: whole
-- language maps, sources as stored); this is the service's own work, language picks and citation order included.
\set c random(1, 6)
\set y random(1990, 2019)
SELECT e.*, (SELECT CAST(row_to_json(r) AS text) FROM (SELECT x.slug AS "slug", x.event_date AS "date", x.date_precision AS "datePrecision", x.date_basis AS "dateBasis", x.date_note AS "dateNote",
 coalesce(x.title ->> 'en', x.title ->> 'en') AS "title", coalesce(x.summary ->> 'en', x.summary ->> 'en') AS "summary",
 (CASE WHEN x.title -> 'en' IS NOT NULL THEN 'en' ELSE 'en' END) AS "lang", x.category AS "category",
 array_to_json(ARRAY(SELECT row_to_json(j) FROM (SELECT a.slug, a.name, a.type, ea.role FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = x.id ORDER BY ea.position) j)) AS "actors",
 array_to_json(x.places) AS "places", array_to_json(x.tags) AS "tags", array_to_json(x.related_agreements) AS "relatedAgreements",
 array_to_json(ARRAY(SELECT row_to_json(j) FROM (SELECT s -> 'title' AS title, s -> 'publisher' AS publisher, s -> 'url' AS url, s -> 'publishedOn' AS "publishedOn", s -> 'accessedOn' AS "accessedOn", s -> 'quote' AS quote FROM jsonb_array_elements(x.sources) WITH ORDINALITY AS c(s, n) ORDER BY n) j)) AS "sources",
 (rtrim(rtrim(to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z') AS "updatedAt"
 FROM event x WHERE x.id = e.id) r)
FROM (SELECT e.id, e.event_date, e.slug, CAST(0 AS real) AS rank FROM event e WHERE 1=1 AND e.category IN ((ARRAY['DIPLOMACY','NEGOTIATION','DECLARATION','CONSTITUTIONAL','AGREEMENT','LEGAL'])[:c])
  AND e.event_date >= make_date(:y, 1, 1) AND e.event_date <= make_date(:y + 4, 12, 31) ORDER BY e.event_date ASC, e.slug ASC LIMIT 51) e ORDER BY e.event_date ASC, e.slug ASC;
SELECT greatest((SELECT max(updated_at) FROM event), (SELECT max(updated_at) FROM actor), (SELECT max(deleted_at) FROM tombstone));
