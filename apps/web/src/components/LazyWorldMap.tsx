import { lazy, Suspense } from 'react';
import type { WorldMapProps } from './WorldMap';
import './LazyWorldMap.css';

const WorldMap = lazy(() => import('./WorldMap'));

/** The world map, loaded on demand (its geometry is the heaviest part of the site). */
export function LazyWorldMap(props: WorldMapProps) {
  return (
    <Suspense fallback={<div className="world-map world-map-placeholder" aria-hidden="true" />}>
      <WorldMap {...props} />
    </Suspense>
  );
}
