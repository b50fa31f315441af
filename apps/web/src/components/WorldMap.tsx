import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import './WorldMap.css';

// This module (code and geometry) is its own chunk, loaded only where a map is shown.

const WIDTH = 960;
const HEIGHT = 440;
const ANTARCTICA = '010';

type Countries = GeometryCollection<{ name: string }>;
const topology = atlas as unknown as Topology<{ countries: Countries }>;
const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const features = collection.features.filter((f) => f.id !== undefined && f.id !== ANTARCTICA);
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features });
const path = geoPath(projection);

/** Country shapes projected once: M49 code (the atlas' ids are ISO numeric = M49), SVG path, bounds. */
const SHAPES = features.map((f) => ({ m49: String(f.id).padStart(3, '0'), d: path(f) ?? '', bounds: path.bounds(f) }));
const WORLD = `0 0 ${WIDTH} ${HEIGHT}`;

/** A view box around the given countries, with a margin, never closer than a fifth of the world. */
function viewBoxAround(codes: ReadonlySet<string>): string {
  const boxes = SHAPES.filter((s) => codes.has(s.m49)).map((s) => s.bounds);
  if (boxes.length === 0) return WORLD;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [[a, b], [c, d]] of boxes)
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  let w = Math.max((x1 - x0) * 1.3, WIDTH / 5);
  let h = Math.max((y1 - y0) * 1.3, HEIGHT / 5);
  // Keep the map's proportions.
  if (w / h > WIDTH / HEIGHT) h = (w * HEIGHT) / WIDTH;
  else w = (h * WIDTH) / HEIGHT;
  if (w >= WIDTH * 0.8) return WORLD;
  const x = Math.min(Math.max((x0 + x1) / 2 - w / 2, 0), WIDTH - w);
  const y = Math.min(Math.max((y0 + y1) / 2 - h / 2, 0), HEIGHT - h);
  return `${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`;
}

export interface WorldMapProps {
  /** Accessible name of the map; the page gives the same facts as text nearby. */
  label: string;
  /** Fill colour by M49 country code; others are drawn in the neutral colour. */
  fills: ReadonlyMap<string, string>;
  /** Hover text by M49 code (country name and what the colour means). */
  titles?: ReadonlyMap<string, string>;
  /** Called when a coloured country is clicked. */
  onSelect?: (m49: string) => void;
  /** Zoom to the coloured countries (for a few countries; the whole world otherwise). */
  zoom?: boolean;
}

export default function WorldMap({ label, fills, titles, onSelect, zoom = false }: WorldMapProps) {
  const viewBox = zoom ? viewBoxAround(new Set(fills.keys())) : WORLD;
  return (
    <svg className="world-map" viewBox={viewBox} role="img" aria-label={label}>
      {SHAPES.map(({ m49, d }) => {
        const fill = fills.get(m49);
        const title = titles?.get(m49);
        return (
          <path
            key={m49}
            d={d}
            className={fill ? 'map-country map-country-active' : 'map-country'}
            style={fill ? { fill } : undefined}
            onClick={fill && onSelect ? () => onSelect(m49) : undefined}
          >
            {title && <title>{title}</title>}
          </path>
        );
      })}
    </svg>
  );
}
