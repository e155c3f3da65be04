// The gazetteer in lexicons/places.json: every point lies in (or within a few km of) the Natural
// Earth outline of the country it names, and entity names get English forms and coordinates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { lookupName, nameEntities } from '../src/link/names.js';
import { root } from './helpers.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { alpha2ToNumeric(code: string): string | undefined };
const atlas = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
const shapes = feature(atlas, atlas.objects.countries).features as Feature<Polygon | MultiPolygon>[];

/** ray casting on one ring (planar: fine at the scale of a country) */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** within the country, or within MARGIN degrees of it (coast cities, rounded coordinates) */
const MARGIN = 0.15;
function nearCountry(lon: number, lat: number, code: string): boolean {
  const numeric = countries.alpha2ToNumeric(code);
  const shape = shapes.find((s) => s.id === numeric);
  if (!shape) return false;
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  for (const dx of [0, MARGIN, -MARGIN])
    for (const dy of [0, MARGIN, -MARGIN])
      if (polygons.some((p) => inRing([lon + dx, lat + dy], p[0]))) return true;
  return false;
}

const places = JSON.parse(readFileSync(`${root}lexicons/places.json`, 'utf8')) as {
  places: { name: string; en?: string; lat?: number; lon?: number; country?: string }[];
};

describe('gazetteer', () => {
  it('places every curated point inside the country it names', () => {
    const wrong = places.places
      .filter((p) => p.lat !== undefined && p.country)
      .filter((p) => !nearCountry(p.lon!, p.lat!, p.country!))
      .map((p) => `${p.name} (${p.en}) ${p.lat},${p.lon} not in ${p.country}`);
    expect(wrong).toEqual([]);
    expect(places.places.filter((p) => p.lat !== undefined).length).toBeGreaterThan(140);
  });

  it('gives every curated place an English name', () => {
    expect(places.places.filter((p) => !p.en).map((p) => p.name)).toEqual([]);
  });

  it('names entities in English from the lexicons, composes known parts, and transliterates the rest', () => {
    expect(lookupName('حلب')).toMatchObject({ en: 'Aleppo', country: 'SY', lat: 36.2 });
    expect(lookupName('ريف إدلب')?.en).toBe('Idlib countryside');
    expect(lookupName('الخارجية الروسية')?.en).toBe('Russian Foreign Ministry');
    expect(lookupName('مصر')).toMatchObject({ en: 'Egypt', country: 'EG' });
    const [named, unknown] = nameEntities([
      { id: 'e1', type: 'PER', name: 'بشار الأسد', aliases: [], mentions: [] },
      { id: 'e2', type: 'PER', name: 'معن خضر', aliases: [], mentions: [] },
    ]);
    expect(named).toMatchObject({ en: 'Bashar al-Assad', translit: 'Bashshār al-Asd' });
    expect(unknown.en).toBeUndefined();
    expect(unknown.translit).toBe('Maʿn Khiḍr');
  });
});
