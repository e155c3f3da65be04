// The map's base layer, cut from Natural Earth (the world-atlas package, 1:50m) for the part of the
// world the story names, simplified with topojson-simplify, and inlined in the report as GeoJSON for
// ECharts to draw. Nothing is fetched when the page opens.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { MapData } from './model-tables.js';

const require = createRequire(import.meta.url);

/** [west, south, east, north] in degrees */
export type Bounds = [number, number, number, number];

export interface Basemap {
  geojson: FeatureCollection<MultiPolygon, { name: string; code?: string }>;
  bounds: Bounds;
}

/** Smallest view, in degrees, so that one city is shown with its region around it. */
const MIN_SPAN = 8;
/** Share of the span added on each side so that points do not sit on the edge. */
const MARGIN_SHARE = 0.2;
/** Polygons are kept when they reach into the view grown by this share: the edges stay filled. */
const KEEP_SHARE = 0.6;
/** Coordinates are written to 0.01° (about 1 km): finer than a pixel at this scale. */
const round = (v: number) => Math.round(v * 100) / 100;

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function ringBounds(ring: Position[]): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return [w, s, e, n];
}

const union = (a: Bounds, b: Bounds): Bounds => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];

const meets = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function grow(b: Bounds, share: number, minSpan = 0): Bounds {
  const cx = (b[0] + b[2]) / 2;
  const cy = (b[1] + b[3]) / 2;
  const w = Math.max(b[2] - b[0], minSpan) * (1 + 2 * share);
  const h = Math.max(b[3] - b[1], minSpan * 0.75) * (1 + 2 * share);
  return [
    Math.max(cx - w / 2, -180),
    Math.max(cy - h / 2, -60),
    Math.min(cx + w / 2, 180),
    Math.min(cy + h / 2, 85),
  ];
}

const polygonsOf = (f: Feature<Polygon | MultiPolygon>): Position[][][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

/** The view: the places' points, or without points the main outline of each country named. */
function viewBounds(
  map: MapData,
  countries: Map<string, Feature<Polygon | MultiPolygon>>,
): Bounds | undefined {
  let b: Bounds | undefined;
  for (const p of map.places) b = b ? union(b, [p.lon, p.lat, p.lon, p.lat]) : [p.lon, p.lat, p.lon, p.lat];
  if (!b)
    for (const c of map.countries) {
      const shape = countries.get(c.code);
      if (!shape) continue;
      const main = polygonsOf(shape).sort((x, y) => y[0].length - x[0].length)[0];
      b = b ? union(b, ringBounds(main[0])) : ringBounds(main[0]);
    }
  return b && grow(b, MARGIN_SHARE, MIN_SPAN);
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string; code?: string }>;

/**
 * Two levels of detail: triangle areas (square degrees) below which a vertex is dropped. `detail`
 * keeps coastlines smooth at report width for a view up to about 20° across; `world` is for wider
 * views. Simplifying the whole atlas takes over a second, so `npm run build` writes both levels to
 * dist/report-assets/ (scripts/build-report-assets.mjs) and a report only reads them.
 */
export const ATLAS_LEVELS = { detail: 0.002, world: 0.05 } as const;
export type AtlasLevel = keyof typeof ATLAS_LEVELS;
/** Views wider than this (degrees) use the `world` level. */
const DETAIL_MAX_SPAN = 20;

/** Natural Earth countries simplified to one level, with English name and ISO alpha-2 code. */
export function simplifiedCountries(level: AtlasLevel): CountryFeature[] {
  const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Atlas;
  const simple = simplify(presimplify(atlas), ATLAS_LEVELS[level]) as Atlas;
  const iso = require('i18n-iso-countries') as { numericToAlpha2(n: string): string | undefined };
  return feature(simple, simple.objects.countries).features.map((f) => {
    const code = f.id !== undefined ? iso.numericToAlpha2(String(f.id)) : undefined;
    const polygons = polygonsOf(f as Feature<Polygon | MultiPolygon>).map((p) =>
      p.map((ring) => ring.map(([x, y]) => [round(x), round(y)])),
    );
    return {
      type: 'Feature',
      properties: { name: f.properties.name, ...(code ? { code } : {}) },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
  });
}

export const atlasFile = (level: AtlasLevel): URL =>
  new URL(`../../../dist/report-assets/atlas-${level}.json`, import.meta.url);

const atlasCache = new Map<AtlasLevel, CountryFeature[]>();
function countriesAt(level: AtlasLevel): CountryFeature[] {
  let list = atlasCache.get(level);
  if (!list) {
    const file = atlasFile(level);
    list = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as CountryFeature[])
      : simplifiedCountries(level);
    atlasCache.set(level, list);
  }
  return list;
}

/** The basemap for a report's places, or undefined when nothing can be placed. */
export function buildBasemap(map: MapData): Basemap | undefined {
  if (map.places.length + map.countries.length === 0) return undefined;
  const world = countriesAt('world');
  const byCode = new Map(world.filter((f) => f.properties.code).map((f) => [f.properties.code!, f]));
  const bounds = viewBounds(map, byCode);
  if (!bounds) return undefined;
  const span = Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1]);
  const countries = span > DETAIL_MAX_SPAN ? world : countriesAt('detail');
  const keep = grow(bounds, KEEP_SHARE);
  const features = countries.flatMap((f) => {
    const polygons = polygonsOf(f).filter((p) => meets(ringBounds(p[0]), keep));
    if (polygons.length === 0) return [];
    return [{ ...f, geometry: { type: 'MultiPolygon' as const, coordinates: polygons } }];
  });
  return { geojson: { type: 'FeatureCollection', features }, bounds };
}
