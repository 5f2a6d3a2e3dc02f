-- PostgreSQL's own rate for one event as JSON (the row, its actors with roles): the anchor of the "get" row.
-- bench/run.sh runs it with pgbench -n -c 8 -j 2 -T <duration> -D maxid=<max(id)>.
\set id random(1, :maxid)
SELECT json_build_object('slug', e.slug, 'date', e.event_date, 'datePrecision', e.date_precision,
       'title', e.title, 'summary', e.summary, 'category', e.category, 'places', e.places, 'tags', e.tags,
       'relatedAgreements', e.related_agreements, 'sources', e.sources, 'version', e.version,
       'actors', (SELECT coalesce(json_agg(json_build_object('slug', a.slug, 'name', a.name, 'type', a.type,
                                                              'role', ea.role) ORDER BY ea.position), '[]')
                  FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id))
FROM event e WHERE e.id = :id;
