// The world map on /countries/: each country drawn at build time as an SVG path from Natural
// Earth's outlines (the world-atlas package, 1:110m) projected with d3-geo, and shaded by how
// many articles name it. Nothing is fetched when the page is read; no script runs.
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { COUNTRIES } from '../vocabulary/country-terms.ts';

const WIDTH = 960;
const HEIGHT = 480;
/** Shades 1 (fewest articles) to SHADES (most); 0 is a country no article names. */
export const SHADES = 5;

export interface MapCountry {
  /** ISO 3166-1 alpha-2, or the outline's own number when the dataset has no such country. */
  code: string;
  name: string;
  count: number;
  /** The country's page, when some article names it. */
  url: string | null;
  shade: number;
  /** SVG path data. */
  d: string;
}

export interface WorldMap { width: number; height: number; countries: MapCountry[]; max: number }

const require = createRequire(import.meta.url);
let outlines: { code: string; name: string; d: string }[] | undefined;

/** Every country's outline as path data, projected once per process. */
function countryOutlines(): { code: string; name: string; d: string }[] {
  if (outlines) return outlines;
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], shapes);
  const path = geoPath(projection).digits(1);
  const byNumber = new Map(COUNTRIES.map((c) => [c.ccn3, c.cca2]));
  outlines = shapes.features.map((f) => ({
    code: byNumber.get(String(f.id)) ?? String(f.id),
    name: f.properties.name,
    d: path(f) ?? '',
  })).filter((o) => o.d);
  return outlines;
}

/**
 * The map for the given counts (by ISO code) and country pages. Shades grow with the logarithm
 * of the count, so a few heavily covered countries do not leave every other one pale.
 */
export function worldMap(counts: ReadonlyMap<string, { count: number; url: string; name: string }>): WorldMap {
  const max = Math.max(0, ...[...counts.values()].map((c) => c.count));
  const shade = (count: number) => (count ? 1 + Math.min(SHADES - 1, Math.floor((Math.log(count) / Math.log(max + 1)) * SHADES)) : 0);
  const countries = countryOutlines().map(({ code, name, d }) => {
    const known = counts.get(code);
    return { code, name: known?.name ?? name, count: known?.count ?? 0, url: known?.url ?? null, shade: shade(known?.count ?? 0), d };
  });
  return { width: WIDTH, height: HEIGHT, countries, max };
}
