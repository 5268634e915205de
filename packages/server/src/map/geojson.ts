import { badRequest } from '../http/errors.js';
import { msg, type Text } from '../i18n/index.js';

/**
 * Checks the features of an uploaded GeoJSON FeatureCollection (RFC 7946) before it is stored
 * (hardening issue, item 14): each feature a Feature whose geometry is a Polygon or
 * MultiPolygon of closed rings of longitude/latitude positions, and whose own `properties`
 * (never one inherited through the prototype, such as `constructor`) hold the region code.
 * The first problem is refused with 400 naming the feature and what is wrong.
 */
export function checkRegionFeatures(features: unknown[], regionProperty: string): void {
  features.forEach((raw, i) => {
    const at = `body.geojson.features[${i}]`;
    const fail = (problem: Text, field = at): never => {
      throw badRequest('invalid_geojson', msg`Feature ${i + 1} ${problem}`, { field });
    };
    if (!isObject(raw) || raw.type !== 'Feature') fail('is not a GeoJSON Feature');
    const f = raw as { geometry?: unknown; properties?: unknown };
    checkGeometry(f.geometry, (problem) => fail(problem, `${at}.geometry`));
    const props = f.properties;
    const code =
      isObject(props) && Object.hasOwn(props, regionProperty)
        ? (props as Record<string, unknown>)[regionProperty]
        : undefined;
    if (code === undefined || code === null || code === '')
      fail(msg`has no property "${regionProperty}"`, `${at}.properties.${regionProperty}`);
    if (typeof code !== 'string' && typeof code !== 'number')
      fail(
        msg`has a property "${regionProperty}" that is not a text or a number`,
        `${at}.properties.${regionProperty}`,
      );
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkGeometry(geometry: unknown, fail: (problem: Text) => never): void {
  if (!isObject(geometry)) fail('has no geometry');
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === 'Polygon') checkPolygon(g.coordinates, fail);
  else if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0)
      fail('has a MultiPolygon without polygons');
    for (const polygon of g.coordinates as unknown[]) checkPolygon(polygon, fail);
  } else fail(msg`has a geometry of type "${String(g.type)}": regions are Polygon or MultiPolygon`);
}

function checkPolygon(rings: unknown, fail: (problem: Text) => never): void {
  if (!Array.isArray(rings) || rings.length === 0) fail('has a polygon without rings');
  for (const ring of rings as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4) fail('has a ring of fewer than four positions');
    const positions = ring as unknown[];
    for (const p of positions) {
      if (
        !Array.isArray(p) ||
        p.length < 2 ||
        typeof p[0] !== 'number' ||
        typeof p[1] !== 'number' ||
        !Number.isFinite(p[0]) ||
        !Number.isFinite(p[1]) ||
        Math.abs(p[0]) > 180 ||
        Math.abs(p[1]) > 90
      )
        fail('has a position that is not [longitude, latitude] in degrees (RFC 7946)');
    }
    const first = positions[0] as number[];
    const last = positions[positions.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) fail('has a ring that is not closed');
  }
}
