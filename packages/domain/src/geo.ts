// Distances between places given by their centroids (WGS 84): matching ranks
// volunteers and families by it, the Sprachmittlerpool its interpreters. A
// great circle is good enough for "how far apart" within one town.

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function kmBetween(p: LatLon, q: LatLon): number {
  const h = Math.sin(((q.lat - p.lat) * RAD) / 2) ** 2 + Math.cos(p.lat * RAD) * Math.cos(q.lat * RAD) * Math.sin(((q.lon - p.lon) * RAD) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
