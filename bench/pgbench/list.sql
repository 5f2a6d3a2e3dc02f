-- PostgreSQL's own rate for a page of the "list" row built as JSON by SQL: 50 events of one category in a 5-year
-- window, in date order, each with its actors; the page keys and the events in one statement.
\set c random(1, 6)
\set y random(1990, 2019)
SELECT json_agg(p) FROM (
  SELECT json_build_object('slug', e.slug, 'date', e.event_date, 'datePrecision', e.date_precision,
         'title', e.title, 'summary', e.summary, 'category', e.category, 'places', e.places, 'tags', e.tags,
         'relatedAgreements', e.related_agreements, 'sources', e.sources, 'version', e.version,
         'actors', (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name, 'type', a.type,
                                                                'role', ea.role) ORDER BY ea.position), '[]')
                    FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id)) AS p
  FROM event e
  WHERE e.category = (ARRAY['DIPLOMACY','NEGOTIATION','DECLARATION','CONSTITUTIONAL','AGREEMENT','LEGAL'])[:c]
    AND e.event_date >= make_date(:y, 1, 1) AND e.event_date <= make_date(:y + 4, 12, 31)
  ORDER BY e.event_date, e.slug LIMIT 50) pages;
