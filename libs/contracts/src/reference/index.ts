import type { UiLanguage } from '../lib/catalog';
import m49 from './m49.json';
import sdgs from './sdgs.json';

export type Localized = Record<UiLanguage, string>;

export interface SdgGoalRef {
  number: number;
  short: Localized;
  title: Localized;
}
export interface SdgTargetRef {
  id: string;
  goal: number;
  title: Localized;
}
export type RegionLevel = 'region' | 'subRegion' | 'intermediateRegion';
export interface RegionRef {
  m49: string;
  level: RegionLevel;
  name: Localized;
}
export interface AreaRef {
  m49: string;
  iso2: string;
  iso3: string;
  name: Localized;
  region: string | null;
  subRegion: string | null;
  intermediateRegion: string | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

export const SDG_SOURCE: string = sdgs.source;
export const M49_SOURCE: string = m49.source;
export const SDG_GOAL_REFS = sdgs.goals as SdgGoalRef[];
export const SDG_TARGET_REFS = sdgs.targets as SdgTargetRef[];
export const REGION_REFS = m49.regions as RegionRef[];
/** Countries or areas that belong to a region (all but Antarctica). */
export const AREA_REFS = (m49.areas as AreaRef[]).filter((a) => a.region !== null);

const areaByIso2 = new Map(AREA_REFS.map((a) => [a.iso2, a]));
const areaByM49 = new Map(AREA_REFS.map((a) => [a.m49, a]));
const regionByM49 = new Map(REGION_REFS.map((r) => [r.m49, r]));

export const findArea = (iso2OrM49: string): AreaRef | undefined =>
  areaByIso2.get(iso2OrM49.toUpperCase()) ?? areaByM49.get(iso2OrM49);
export const findRegion = (code: string): RegionRef | undefined => regionByM49.get(code);

/** Every region an area belongs to (region, sub-region, intermediate region), most general first. */
export function regionsOf(area: AreaRef): string[] {
  return [area.region, area.subRegion, area.intermediateRegion].filter((r): r is string => r !== null);
}
