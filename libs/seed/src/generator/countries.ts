/**
 * Countries for the demo data: names in every content language (from the M49 reference data,
 * Portuguese added here), grammatical forms for running text ("au Sénégal", "in the Philippines",
 * "no Brasil"), and weighted pools of providers, recipients and triangular partners.
 */
// The raw reference JSON by relative path keeps this module loadable with a plain
// '@galaxy/contracts' mapping (the generator also runs outside the Nest app, in benchmarks).
import { AREA_REFS, REGION_REFS } from '@galaxy/contracts/reference';
import { WeightedPicker } from './rng';
import { capitalize, joinList, type Lang } from './text';

type UnLang = 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh';

interface RawArea {
  iso2: string;
  name: Record<UnLang, string>;
  region: string | null;
  subRegion: string | null;
  intermediateRegion: string | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

interface RawRegion {
  m49: string;
  name: Record<UnLang, string>;
}

const RAW: { areas: RawArea[]; regions: RawRegion[] } = { areas: AREA_REFS, regions: REGION_REFS };

/** Region groups used to pick plausible person names and organization words. */
export type Zone =
  | 'westAfrica'
  | 'centralAfrica'
  | 'eastAfrica'
  | 'southernAfrica'
  | 'arab'
  | 'latam'
  | 'caribbean'
  | 'lusophone'
  | 'southAsia'
  | 'westAsia'
  | 'seAsia'
  | 'centralAsia'
  | 'eastAsia'
  | 'pacific'
  | 'north';

export interface Country {
  code: string;
  region: string;
  subRegion: string;
  /** Intermediate region when there is one (e.g. 011 Western Africa), else the sub-region. */
  area: string;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  name: Record<Lang, string>;
  zone: Zone;
  /** Languages people work in, first the one a catalog entry would most likely be written in. */
  langs: Lang[];
}

/** Territories, non-members and places that take no part in the demo cooperation. */
const EXCLUDED = new Set(
  `AQ AS AI AW AX BL BM BQ BV CC CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ
   MS NC NF PF PM PN PR RE SH SJ SX TC TF TK TW UM VA VG VI WF YT KP AD LI MC SM`.split(/\s+/),
);

const strip = (s: string) => s.replace(/\s*\(.*\)\s*$/, '').trim();

const NAME_OVERRIDES: Partial<Record<Lang, Record<string, string>>> = {
  en: { CI: 'Côte d’Ivoire', GB: 'United Kingdom', US: 'United States' },
  fr: { GB: 'Royaume-Uni', US: 'États-Unis' },
  es: { GB: 'Reino Unido', US: 'Estados Unidos' },
  ru: { GB: 'Великобритания', US: 'США', TZ: 'Танзания', LA: 'Лаос', SY: 'Сирия', MD: 'Молдова' },
  ar: { GB: 'المملكة المتحدة', US: 'الولايات المتحدة', TZ: 'تنزانيا', GW: 'غينيا بيساو', TL: 'تيمور ليشتي' },
  zh: {
    BO: '玻利维亚',
    VE: '委内瑞拉',
    IR: '伊朗',
    TZ: '坦桑尼亚',
    LA: '老挝',
    SY: '叙利亚',
    GB: '英国',
    US: '美国',
    NL: '荷兰',
    FM: '密克罗尼西亚',
    KR: '韩国',
    CD: '刚果（金）',
    CG: '刚果（布）',
    MD: '摩尔多瓦',
    RU: '俄罗斯',
  },
};

/** Portuguese names with their article: o / a / os / as, or '' for none ("em Moçambique"). */
// prettier-ignore
const PT: Record<string, [string, '' | 'o' | 'a' | 'os' | 'as']> = {
  AF: ['Afeganistão', 'o'], AG: ['Antígua e Barbuda', ''], AL: ['Albânia', 'a'], AM: ['Arménia', 'a'],
  AO: ['Angola', ''], AR: ['Argentina', 'a'], AT: ['Áustria', 'a'], AU: ['Austrália', 'a'],
  AZ: ['Azerbaijão', 'o'], BA: ['Bósnia e Herzegovina', 'a'], BB: ['Barbados', ''], BD: ['Bangladesh', 'o'],
  BE: ['Bélgica', 'a'], BF: ['Burkina Faso', 'o'], BH: ['Barém', 'o'], BI: ['Burundi', 'o'], BJ: ['Benim', 'o'],
  BN: ['Brunei', 'o'], BO: ['Bolívia', 'a'], BR: ['Brasil', 'o'], BS: ['Baamas', 'as'], BT: ['Butão', 'o'],
  BW: ['Botsuana', 'o'], BY: ['Bielorrússia', 'a'], BZ: ['Belize', ''], CA: ['Canadá', 'o'],
  CD: ['República Democrática do Congo', 'a'], CF: ['República Centro-Africana', 'a'], CG: ['Congo', 'o'],
  CH: ['Suíça', 'a'], CI: ['Costa do Marfim', 'a'], CK: ['Ilhas Cook', 'as'], CL: ['Chile', 'o'],
  CM: ['Camarões', 'os'], CN: ['China', 'a'], CO: ['Colômbia', 'a'], CR: ['Costa Rica', 'a'], CU: ['Cuba', ''],
  CV: ['Cabo Verde', ''], DE: ['Alemanha', 'a'], DJ: ['Djibuti', 'o'], DK: ['Dinamarca', 'a'], DM: ['Dominica', 'a'],
  DO: ['República Dominicana', 'a'], DZ: ['Argélia', 'a'], EC: ['Equador', 'o'], EG: ['Egito', 'o'],
  ER: ['Eritreia', 'a'], ES: ['Espanha', 'a'], ET: ['Etiópia', 'a'], FI: ['Finlândia', 'a'], FJ: ['Fiji', 'as'],
  FM: ['Micronésia', 'a'], FR: ['França', 'a'], GA: ['Gabão', 'o'], GB: ['Reino Unido', 'o'], GD: ['Granada', ''],
  GE: ['Geórgia', 'a'], GH: ['Gana', 'o'], GM: ['Gâmbia', 'a'], GN: ['Guiné', 'a'], GQ: ['Guiné Equatorial', 'a'],
  GT: ['Guatemala', 'a'], GW: ['Guiné-Bissau', 'a'], GY: ['Guiana', 'a'], HN: ['Honduras', 'as'], HT: ['Haiti', 'o'],
  ID: ['Indonésia', 'a'], IE: ['Irlanda', 'a'], IN: ['Índia', 'a'], IQ: ['Iraque', 'o'], IR: ['Irão', 'o'],
  IT: ['Itália', 'a'], JM: ['Jamaica', 'a'], JO: ['Jordânia', 'a'], JP: ['Japão', 'o'], KE: ['Quénia', 'o'],
  KG: ['Quirguistão', 'o'], KH: ['Camboja', 'o'], KI: ['Quiribáti', 'o'], KM: ['Comores', 'as'],
  KN: ['São Cristóvão e Neves', ''], KR: ['Coreia do Sul', 'a'], KW: ['Koweit', 'o'], KZ: ['Cazaquistão', 'o'],
  LA: ['Laos', 'o'], LB: ['Líbano', 'o'], LC: ['Santa Lúcia', ''], LK: ['Sri Lanka', 'o'], LR: ['Libéria', 'a'],
  LS: ['Lesoto', 'o'], LU: ['Luxemburgo', 'o'], LY: ['Líbia', 'a'], MA: ['Marrocos', ''], MD: ['Moldávia', 'a'],
  ME: ['Montenegro', 'o'], MG: ['Madagáscar', ''], MH: ['Ilhas Marshall', 'as'], MK: ['Macedónia do Norte', 'a'],
  ML: ['Mali', 'o'], MM: ['Myanmar', 'o'], MN: ['Mongólia', 'a'], MR: ['Mauritânia', 'a'], MU: ['Maurícia', ''],
  MV: ['Maldivas', 'as'], MW: ['Malawi', 'o'], MX: ['México', 'o'], MY: ['Malásia', 'a'], MZ: ['Moçambique', ''],
  NA: ['Namíbia', 'a'], NE: ['Níger', 'o'], NG: ['Nigéria', 'a'], NI: ['Nicarágua', 'a'], NL: ['Países Baixos', 'os'],
  NO: ['Noruega', 'a'], NP: ['Nepal', 'o'], NR: ['Nauru', ''], NU: ['Niue', ''], NZ: ['Nova Zelândia', 'a'],
  OM: ['Omã', ''], PA: ['Panamá', 'o'], PE: ['Peru', 'o'], PG: ['Papua-Nova Guiné', 'a'], PH: ['Filipinas', 'as'],
  PK: ['Paquistão', 'o'], PS: ['Palestina', 'a'], PT: ['Portugal', ''], PW: ['Palau', ''], PY: ['Paraguai', 'o'],
  QA: ['Catar', 'o'], RS: ['Sérvia', 'a'], RU: ['Rússia', 'a'], RW: ['Ruanda', 'o'], SA: ['Arábia Saudita', 'a'],
  SB: ['Ilhas Salomão', 'as'], SC: ['Seicheles', 'as'], SD: ['Sudão', 'o'], SE: ['Suécia', 'a'], SG: ['Singapura', ''],
  SL: ['Serra Leoa', 'a'], SN: ['Senegal', 'o'], SO: ['Somália', 'a'], SR: ['Suriname', 'o'], SS: ['Sudão do Sul', 'o'],
  ST: ['São Tomé e Príncipe', ''], SV: ['El Salvador', ''], SY: ['Síria', 'a'], SZ: ['Essuatíni', 'o'], TD: ['Chade', 'o'],
  TG: ['Togo', 'o'], TH: ['Tailândia', 'a'], TJ: ['Tajiquistão', 'o'], TL: ['Timor-Leste', ''], TM: ['Turquemenistão', 'o'],
  TN: ['Tunísia', 'a'], TO: ['Tonga', ''], TR: ['Turquia', 'a'], TT: ['Trindade e Tobago', ''], TV: ['Tuvalu', ''],
  TZ: ['Tanzânia', 'a'], UA: ['Ucrânia', 'a'], UG: ['Uganda', 'o'], US: ['Estados Unidos', 'os'], UY: ['Uruguai', 'o'],
  UZ: ['Usbequistão', 'o'], VC: ['São Vicente e Granadinas', ''], VE: ['Venezuela', 'a'], VN: ['Vietname', 'o'],
  VU: ['Vanuatu', 'o'], WS: ['Samoa', ''], YE: ['Iémen', 'o'], ZA: ['África do Sul', 'a'], ZM: ['Zâmbia', 'a'],
  ZW: ['Zimbabué', 'o'],
};

/* ---------- Languages people write in ---------- */

const FR = 'SN CI ML BF NE TD GN BJ TG CM GA CG CD CF MG KM DJ HT BI'.split(' ');
const MAGHREB = 'MA DZ TN MR'.split(' ');
const ES = 'MX GT HN SV NI CR PA CU DO CO VE EC PE BO CL AR UY PY GQ ES'.split(' ');
const PT_SPEAKING = 'BR MZ AO CV GW ST TL PT'.split(' ');
const AR = 'EG SD LY SA AE QA KW BH OM YE JO LB SY IQ PS SO'.split(' ');
const RU_STRONG = 'KZ KG TJ TM UZ'.split(' ');
const RU_WEAK = 'AZ AM GE BY MD UA MN'.split(' ');

function languagesOf(code: string): Lang[] {
  if (MAGHREB.includes(code)) return ['ar', 'fr'];
  if (code === 'LB') return ['ar', 'fr', 'en'];
  if (code === 'DJ' || code === 'KM' || code === 'TD') return ['fr', 'ar'];
  if (code === 'RW' || code === 'CM' || code === 'SC' || code === 'MU' || code === 'VU' || code === 'CA') {
    return code === 'CM' ? ['fr', 'en'] : ['en', 'fr'];
  }
  if (code === 'GQ') return ['es', 'fr', 'pt'];
  if (code === 'FR' || code === 'BE' || code === 'CH' || code === 'LU') return ['fr', 'en'];
  if (FR.includes(code)) return ['fr'];
  if (ES.includes(code)) return ['es'];
  if (PT_SPEAKING.includes(code)) return ['pt'];
  if (AR.includes(code)) return ['ar', 'en'];
  if (RU_STRONG.includes(code) || RU_WEAK.includes(code)) return code === 'MN' ? ['en', 'ru'] : ['ru', 'en'];
  if (code === 'CN') return ['zh', 'en'];
  return ['en'];
}

/**
 * How likely a catalog entry about a recipient country is written in that country's language
 * (the rest is English, or Chinese when China provides).
 */
export function localLanguageFor(code: string): { lang: Lang; p: number }[] {
  if (MAGHREB.includes(code))
    return [
      { lang: 'fr', p: 0.25 },
      { lang: 'ar', p: 0.25 },
    ];
  if (FR.includes(code)) return [{ lang: 'fr', p: 0.36 }];
  if (ES.includes(code)) return [{ lang: 'es', p: 0.38 }];
  if (PT_SPEAKING.includes(code)) return [{ lang: 'pt', p: 0.4 }];
  if (AR.includes(code)) return [{ lang: 'ar', p: code === 'SO' ? 0.15 : 0.32 }];
  if (RU_STRONG.includes(code)) return [{ lang: 'ru', p: 0.45 }];
  if (RU_WEAK.includes(code)) return [{ lang: 'ru', p: 0.22 }];
  return [];
}

function zoneOf(a: RawArea): Zone {
  const c = a.iso2;
  if (PT_SPEAKING.includes(c)) return 'lusophone';
  if (['ZW', 'ZM', 'MW'].includes(c)) return 'southernAfrica';
  if (a.subRegion === '015' || ['SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'JO', 'LB', 'SY', 'IQ', 'PS'].includes(c)) {
    return 'arab';
  }
  if (['TR', 'IR', 'CY', 'IL'].includes(c)) return c === 'IR' || c === 'TR' ? 'westAsia' : 'north';
  if (['AZ', 'AM', 'GE', 'BY', 'MD', 'UA'].includes(c) || a.subRegion === '143') return 'centralAsia';
  switch (a.intermediateRegion ?? a.subRegion) {
    case '011':
      return 'westAfrica';
    case '017':
      return 'centralAfrica';
    case '014':
      return 'eastAfrica';
    case '018':
      return 'southernAfrica';
    case '005':
    case '013':
      return 'latam';
    case '029':
      return c === 'CU' || c === 'DO' ? 'latam' : 'caribbean';
    case '034':
      return 'southAsia';
    case '035':
      return 'seAsia';
    case '030':
      return c === 'CN' || c === 'MN' ? 'eastAsia' : 'north';
    case '054':
    case '057':
    case '061':
      return 'pacific';
    default:
      return 'north';
  }
}

export const COUNTRIES: ReadonlyMap<string, Country> = new Map(
  RAW.areas
    .filter((a) => a.region && !EXCLUDED.has(a.iso2))
    .map((a): [string, Country] => {
      const name = {} as Record<Lang, string>;
      for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const) {
        name[lang] = NAME_OVERRIDES[lang]?.[a.iso2] ?? strip(a.name[lang]);
      }
      name.pt = PT[a.iso2]?.[0] ?? name.es;
      return [
        a.iso2,
        {
          code: a.iso2,
          region: a.region as string,
          subRegion: a.subRegion as string,
          area: a.intermediateRegion ?? (a.subRegion as string),
          ldc: a.ldc,
          lldc: a.lldc,
          sids: a.sids,
          name,
          zone: zoneOf(a),
          langs: languagesOf(a.iso2),
        },
      ];
    }),
);

export function country(code: string): Country {
  const c = COUNTRIES.get(code);
  if (!c) throw new Error(`Unknown demo country ${code}`);
  return c;
}

const REGION_NAMES = new Map(RAW.regions.map((r) => [r.m49, r.name]));
export const regionName = (m49Code: string): string => REGION_NAMES.get(m49Code)?.en ?? m49Code;

/* ---------- Grammatical forms for running text ---------- */

export interface Forms {
  /** The bare name, for titles and lists ("Philippines", "Sénégal"). */
  bare: string;
  /** As a sentence subject or object ("the Philippines", "le Sénégal", "o Brasil"). */
  the: string;
  /** Locative ("in the Philippines", "au Sénégal", "no Brasil", "في السنغال"). */
  in: string;
  /** Genitive ("of the Philippines", "du Sénégal", "do Brasil", "de Honduras"). */
  de: string;
}

const EN_THE = new Set('BS CF CD CG KM DO GM LA MV MH NL PH KR MD RU SB SY TZ AE GB US PS CK'.split(' '));

const FR_PLURAL = new Set('BS KM MV SC AE US NL SB MH CK FJ PH PW'.split(' '));
const FR_NO_ARTICLE = new Set('CU MG MU SG MT CY BH DJ OM IL LC VC KN TT AG LK NR TV KI ST TO NU'.split(' '));
const FR_LA = new Set('BB GD DM'.split(' '));
const FR_MASCULINE = new Set('MX MZ KH ZW BZ SR GB'.split(' '));
const FR_SPECIAL: Record<string, Forms> = {
  HT: { bare: 'Haïti', the: 'Haïti', in: 'en Haïti', de: 'd’Haïti' },
  SV: { bare: 'El Salvador', the: 'El Salvador', in: 'en El Salvador', de: 'd’El Salvador' },
  PS: {
    bare: 'État de Palestine',
    the: 'l’État de Palestine',
    in: 'dans l’État de Palestine',
    de: 'de l’État de Palestine',
  },
  SL: { bare: 'Sierra Leone', the: 'la Sierra Leone', in: 'en Sierra Leone', de: 'de la Sierra Leone' },
  IL: { bare: 'Israël', the: 'Israël', in: 'en Israël', de: 'd’Israël' },
};
const ES_ARTICLE: Record<string, string> = { GB: 'el', NL: 'los', AE: 'los' };

const startsWithVowel = (s: string) => /^[AEIOUÀÂÄÉÈÊËÎÏÔÖÛÜ]/i.test(s);

function frenchForms(code: string, bare: string): Forms {
  if (FR_SPECIAL[code]) return FR_SPECIAL[code];
  if (FR_PLURAL.has(code)) return { bare, the: `les ${bare}`, in: `aux ${bare}`, de: `des ${bare}` };
  if (FR_LA.has(code)) return { bare, the: `la ${bare}`, in: `à la ${bare}`, de: `de la ${bare}` };
  if (FR_NO_ARTICLE.has(code) || bare.startsWith('Saint')) {
    return { bare, the: bare, in: `à ${bare}`, de: startsWithVowel(bare) ? `d’${bare}` : `de ${bare}` };
  }
  if (startsWithVowel(bare)) return { bare, the: `l’${bare}`, in: `en ${bare}`, de: `de l’${bare}` };
  const firstWord = bare.split(/[\s-]/)[0];
  if (!FR_MASCULINE.has(code) && firstWord.endsWith('e')) {
    return { bare, the: `la ${bare}`, in: `en ${bare}`, de: `de la ${bare}` };
  }
  return { bare, the: `le ${bare}`, in: `au ${bare}`, de: `du ${bare}` };
}

function portugueseForms(code: string, bare: string): Forms {
  const article = PT[code]?.[1] ?? '';
  switch (article) {
    case 'o':
      return { bare, the: `o ${bare}`, in: `no ${bare}`, de: `do ${bare}` };
    case 'a':
      return { bare, the: `a ${bare}`, in: `na ${bare}`, de: `da ${bare}` };
    case 'os':
      return { bare, the: `os ${bare}`, in: `nos ${bare}`, de: `dos ${bare}` };
    case 'as':
      return { bare, the: `as ${bare}`, in: `nas ${bare}`, de: `das ${bare}` };
    default:
      return { bare, the: bare, in: `em ${bare}`, de: `de ${bare}` };
  }
}

const FORMS_CACHE = new Map<string, Forms>();

export function forms(code: string, lang: Lang): Forms {
  const key = `${lang}:${code}`;
  const cached = FORMS_CACHE.get(key);
  if (cached) return cached;
  const bare = country(code).name[lang];
  let f: Forms;
  switch (lang) {
    case 'en': {
      const the = EN_THE.has(code) ? `the ${bare}` : bare;
      f = { bare, the, in: `in ${the}`, de: `of ${the}` };
      break;
    }
    case 'fr':
      f = frenchForms(code, bare);
      break;
    case 'es': {
      const art = ES_ARTICLE[code];
      const the = art ? `${art} ${bare}` : bare;
      f = { bare, the, in: `en ${the}`, de: art === 'el' ? `del ${bare}` : `de ${the}` };
      break;
    }
    case 'pt':
      f = portugueseForms(code, bare);
      break;
    case 'ar':
      f = { bare, the: bare, in: `في ${bare}`, de: bare };
      break;
    default:
      f = { bare, the: bare, in: bare, de: bare };
  }
  FORMS_CACHE.set(key, f);
  return f;
}

export interface ListForms extends Forms {
  The: string;
}

/** Forms of a list of countries ("au Mali, au Niger et au Burkina Faso", "in Mali and the Niger"). */
export function listForms(codes: readonly string[], lang: Lang): ListForms {
  const items = codes.map((c) => forms(c, lang));
  const bare = joinList(
    items.map((f) => f.bare),
    lang,
  );
  const the = joinList(
    items.map((f) => f.the),
    lang,
  );
  let inForm: string;
  let deForm: string;
  switch (lang) {
    case 'en':
      inForm = `in ${the}`;
      deForm = `of ${the}`;
      break;
    case 'es':
      inForm = `en ${the}`;
      deForm = joinList([items[0].de, ...items.slice(1).map((f) => f.the)], lang);
      break;
    case 'fr':
    case 'pt':
      inForm = joinList(
        items.map((f) => f.in),
        lang,
      );
      deForm = joinList(
        items.map((f) => f.de),
        lang,
      );
      break;
    case 'ar':
      inForm = `في ${bare}`;
      deForm = bare;
      break;
    default:
      inForm = bare;
      deForm = bare;
  }
  return { bare, the, The: capitalize(the), in: inForm, de: deForm };
}

/* ---------- Who cooperates with whom ---------- */

/** Common providers of South-South cooperation, with relative weights. */
// prettier-ignore
const PROVIDER_WEIGHTS: Record<string, number> = {
  CN: 12, BR: 10, IN: 10, ID: 6, MX: 6, ZA: 5, TR: 5, EG: 4, CL: 4, CO: 5, TH: 5, MY: 4, MA: 5, CU: 4,
  KE: 3, RW: 3, AR: 4, SG: 3, TN: 3, SN: 2, GH: 2, NG: 2, ET: 1, VN: 3, PH: 2, BD: 2, PK: 1, LK: 1,
  QA: 2, AE: 2, SA: 2, KZ: 2, UZ: 1, UY: 2, PE: 2, CR: 2, EC: 1, DO: 1, MU: 1, FJ: 1.5, BW: 1, TZ: 1,
  UG: 1, JM: 1, TT: 1, NP: 0.5, IR: 1, KW: 1, JO: 1, AZ: 1, CI: 1, BJ: 0.5, PA: 1, SV: 0.5, PY: 0.5,
  BO: 0.5, GT: 0.5, NA: 0.5, ZM: 0.5, MN: 0.5, WS: 0.5, PG: 0.5,
};

/** Countries of the North that join as triangular partners. */
// prettier-ignore
const TRIANGULAR_WEIGHTS: Record<string, number> = {
  DE: 7, JP: 7, ES: 4, NO: 3, KR: 4, CA: 2, US: 2, FR: 3, GB: 2, SE: 2, NL: 2, CH: 2, AU: 2, NZ: 1,
  IT: 2, PT: 2, LU: 1, DK: 1, FI: 1, IE: 1, BE: 1, AT: 1,
};

/** Not recipients: the North, high-income Gulf states and a few others. */
const NOT_RECIPIENT = new Set('SG AE QA KW BH SA BN TR CY IL JP KR'.split(' '));
const EUROPE_RECIPIENTS = new Set('AL BA MK ME RS MD UA BY'.split(' '));
const POPULOUS = new Set('NG ET CD PK BD TZ KE UG EG PH MM AF SD'.split(' '));
const MICROSTATES = new Set('TV NR PW MH NU CK FM TO KN DM AG LC VC GD SC KI WS ST BB BS'.split(' '));

function recipientWeight(c: Country): number {
  if (NOT_RECIPIENT.has(c.code) || TRIANGULAR_WEIGHTS[c.code] !== undefined) return 0;
  if (c.zone === 'north' && !EUROPE_RECIPIENTS.has(c.code)) return 0;
  if (c.region === '150' && !EUROPE_RECIPIENTS.has(c.code)) return 0;
  let w = 1;
  if (c.ldc) w *= 2;
  if (c.lldc) w *= 1.3;
  if (c.sids) w *= 1.25;
  if (MICROSTATES.has(c.code)) w *= 0.45;
  if (POPULOUS.has(c.code)) w *= 1.3;
  if (EUROPE_RECIPIENTS.has(c.code)) w *= 0.3;
  const provider = PROVIDER_WEIGHTS[c.code] ?? 0;
  if (provider >= 2) w *= c.code === 'CN' ? 0.1 : 0.35;
  return w;
}

const ALL = [...COUNTRIES.values()];

export const recipientPicker = new WeightedPicker(ALL.map((c) => [c.code, recipientWeight(c)] as const));

/** For coastal topics (fisheries, reefs, blue economy): no landlocked countries, islands favoured. */
export const coastalRecipientPicker = new WeightedPicker(
  ALL.map(
    (c) =>
      [
        c.code,
        c.lldc || ['ET', 'SS', 'CF', 'TD', 'NE', 'ML', 'BF'].includes(c.code)
          ? 0
          : recipientWeight(c) * (c.sids ? 1.6 : 1),
      ] as const,
  ),
);

/** Providers that work across regions; smaller ones cooperate mostly within their own region. */
export const providerPicker = new WeightedPicker(Object.entries(PROVIDER_WEIGHTS).filter(([, w]) => w >= 2));

const PROVIDERS_BY_REGION = new Map<string, WeightedPicker<string>>();
for (const region of ['002', '019', '142', '009']) {
  const entries = Object.entries(PROVIDER_WEIGHTS).filter(([code]) => country(code).region === region);
  PROVIDERS_BY_REGION.set(region, new WeightedPicker(entries));
}
export const providerPickerForRegion = (region: string): WeightedPicker<string> =>
  PROVIDERS_BY_REGION.get(region) ?? providerPicker;

export const triangularPicker = new WeightedPicker(Object.entries(TRIANGULAR_WEIGHTS));

export const PROVIDER_CODES: readonly string[] = Object.keys(PROVIDER_WEIGHTS);
export const TRIANGULAR_CODES: readonly string[] = Object.keys(TRIANGULAR_WEIGHTS);
export const RECIPIENT_CODES: readonly string[] = recipientPicker.items;

/** Recipient countries of the same intermediate region or sub-region, for regional programmes. */
const NEIGHBOURS = new Map<string, string[]>();
for (const code of RECIPIENT_CODES) {
  const c = country(code);
  const list = NEIGHBOURS.get(c.area) ?? [];
  list.push(code);
  NEIGHBOURS.set(c.area, list);
}
export const neighboursOf = (code: string): readonly string[] => NEIGHBOURS.get(country(code).area) ?? [];
