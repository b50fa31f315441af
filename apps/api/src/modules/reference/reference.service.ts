import { Injectable } from '@nestjs/common';
import type { CountryRef, RegionRefOut, SdgGoal, UiLanguage } from '@galaxy/contracts';
import { AREA_REFS, REGION_REFS, SDG_GOAL_REFS, SDG_TARGET_REFS } from '@galaxy/contracts/reference';

/** Reference data is static: each language's answer is built once and kept. */
@Injectable()
export class ReferenceService {
  private readonly cache = new Map<string, unknown>();

  sdgs(lang: UiLanguage): SdgGoal[] {
    return this.memo(`sdgs:${lang}`, () =>
      SDG_GOAL_REFS.map((g) => ({
        number: g.number,
        short: g.short[lang],
        title: g.title[lang],
        targets: SDG_TARGET_REFS.filter((t) => t.goal === g.number).map((t) => ({ id: t.id, title: t.title[lang] })),
      })),
    );
  }

  countries(lang: UiLanguage): CountryRef[] {
    return this.memo(`countries:${lang}`, () =>
      AREA_REFS.map((a) => ({
        iso2: a.iso2,
        iso3: a.iso3,
        m49: a.m49,
        name: a.name[lang],
        region: a.region,
        subRegion: a.subRegion,
        intermediateRegion: a.intermediateRegion,
        ldc: a.ldc,
        lldc: a.lldc,
        sids: a.sids,
      })).sort((x, y) => x.name.localeCompare(y.name, lang)),
    );
  }

  regions(lang: UiLanguage): RegionRefOut[] {
    return this.memo(`regions:${lang}`, () =>
      REGION_REFS.map((r) => ({ m49: r.m49, level: r.level, name: r.name[lang] })),
    );
  }

  private memo<T>(key: string, build: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, build());
    return this.cache.get(key) as T;
  }
}
