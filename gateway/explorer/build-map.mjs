// Builds the explorer's world map once, at build time (run by the gateway's Maven build through npm):
// the Natural Earth 1:50m admin-0 countries (public domain) as shipped by the npm package world-atlas,
// projected with d3-geo's Natural Earth projection into SVG path strings, one per country, keyed by its
// ISO 3166-1 alpha-2 code so that the page can colour it from the API's states (which use alpha-2 codes).
// The browser then only draws strings: no geometry library, and nothing fetched from outside at run time.
//
//   node build-map.mjs <output file>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error('usage: node build-map.mjs <output file>');
  process.exit(2);
}
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const version = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
const world = feature(topology, topology.objects.countries);

// Shapes that Natural Earth draws without an ISO numeric code; Kosovo's user-assigned code is XK.
const byName = { Kosovo: 'XK' };
const width = 960;
const height = 500;
const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
const path = geoPath(projection).digits(1);

const shapes = [];
for (const f of world.features) {
  const name = f.properties.name;
  const code = f.id !== undefined ? countries.numericToAlpha2(f.id) : byName[name];
  const d = path(f);
  if (!d || name === 'Antarctica') {
    continue;
  }
  shapes.push({ code: code || null, name, d });
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({
  width, height,
  source: `Natural Earth 1:50m admin-0 countries (public domain), from world-atlas ${version}; projection Natural Earth I`,
  shapes,
}));
console.log(`world map: ${shapes.length} shapes (${shapes.filter(s => !s.code).length} without ISO code) -> ${out}`);
