import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

interface Atlas {
  objects: Record<string, { geometries: { id?: string; properties?: { name?: string } }[] }>;
}

let names: Map<string, string> | null = null;

/**
 * The names of US states (2-digit FIPS codes) and counties (5-digit, "Mohave, Arizona") from the US
 * atlas the web app draws its maps with (us-atlas, US Census Bureau cartographic boundaries), so that
 * a dataset of the US benchmark definitions that has codes but no region names shows names on its
 * maps, tables and reports (experience issue, item 11).
 */
export function usRegionNames(): Map<string, string> {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const atlas = JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Atlas;
  const states = new Map<string, string>();
  for (const g of atlas.objects.states?.geometries ?? [])
    if (g.id && g.properties?.name) states.set(g.id, g.properties.name);
  names = new Map(states);
  for (const g of atlas.objects.counties?.geometries ?? []) {
    if (!g.id || !g.properties?.name) continue;
    const state = states.get(g.id.slice(0, 2));
    names.set(g.id, state ? `${g.properties.name}, ${state}` : g.properties.name);
  }
  return names;
}
