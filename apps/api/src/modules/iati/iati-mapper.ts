import {
  CONTENT_LANGUAGES,
  SolutionDraftFieldsSchema,
  goalOfTarget,
  isCountryCode,
  isSdgTarget,
  type ContentLanguage,
  type CountryRole,
  type IatiNote,
  type OrganizationType,
  type SolutionDraft,
  type SolutionOrganizationRole,
  type Theme,
} from '@galaxy/contracts';
import {
  GALAXY_TAG,
  budgetRangeOf,
  codeName,
  inCodelist,
  organizationRoleOf,
  organizationTypeOf,
  projectStatusOf,
  themeOfSector,
  type CodelistName,
} from './iati-mapping';
import { childrenNamed, firstChild, type XmlElement } from './iati-reader';

export interface MapContext {
  /** Our reporting-organization identifier: its own activities read back exactly. */
  reportingOrgRef: string;
  /** Links to our own solution pages are not links of the solution. */
  publicUrl: string;
}

/** The organization that should own the draft when the curator names none. */
export interface OwnerCandidate {
  name: string;
  type: OrganizationType;
}

export interface MappedActivity {
  row: number;
  iatiIdentifier: string | null;
  title: string | null;
  draft: SolutionDraft;
  owner: OwnerCandidate | null;
  mapped: IatiNote[];
  guessed: IatiNote[];
  dropped: IatiNote[];
  errors: { field: string; message: string }[];
  /** Some error is a code outside its IATI codelist. */
  unknownCode: boolean;
}

/** Elements read here; any other child of an activity is reported as dropped. */
const READ = new Set([
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
  'recipient-country',
  'recipient-region',
  'sector',
  'tag',
  'budget',
  'document-link',
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isIsoDate = (value: string) => {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const isContentLanguage = (l: string | null): l is ContentLanguage =>
  l !== null && (CONTENT_LANGUAGES as readonly string[]).includes(l);

/** Maps one `iati-activity` to a solution draft, noting what was mapped, guessed and dropped, and why. */
export function mapActivity(activity: XmlElement, row: number, ctx: MapContext): MappedActivity {
  const out: MappedActivity = {
    row,
    iatiIdentifier: null,
    title: null,
    draft: {},
    owner: null,
    mapped: [],
    guessed: [],
    dropped: [],
    errors: [],
    unknownCode: false,
  };
  const mapped = (field: string, note: string) => out.mapped.push({ field, note });
  const guessed = (field: string, note: string) => out.guessed.push({ field, note });
  const dropped = (field: string, note: string) => out.dropped.push({ field, note });
  const error = (field: string, message: string) => out.errors.push({ field, message });
  const checkCode = (list: CodelistName, code: string | undefined, field: string, required = true): boolean => {
    if (code === undefined || code.trim() === '') {
      if (required) error(field, `Required: a code of the IATI ${list} codelist`);
      return false;
    }
    if (inCodelist(list, code)) return true;
    out.unknownCode = true;
    error(field, `Unknown code "${code}": not in the IATI ${list} codelist`);
    return false;
  };

  // ---- identity and language ----------------------------------------------------------------------
  const identifier = firstChild(activity, 'iati-identifier')?.text.trim() ?? '';
  if (!identifier) error('iati-identifier', 'Required: the activity’s IATI identifier (re-imports are keyed on it)');
  else if (identifier.length > 200) error('iati-identifier', 'Longer than 200 characters');
  else out.iatiIdentifier = identifier;
  const reporting = firstChild(activity, 'reporting-org');
  const ours = reporting?.attrs['ref'] === ctx.reportingOrgRef;

  const defaultLang = activity.attrs['xml:lang'] ?? null;
  if (defaultLang !== null) checkCode('Language', defaultLang, 'xml:lang');
  // Every narrative's language must be an ISO 639-1 code; checked once, wherever it is.
  const walk = (element: XmlElement, path: string) => {
    element.children.forEach((child, i) => {
      const here = `${path}${path ? '.' : ''}${child.name}.${i}`;
      if (child.name === 'narrative' && child.attrs['xml:lang'] !== undefined)
        checkCode('Language', child.attrs['xml:lang'], `${here}.xml:lang`);
      walk(child, here);
    });
  };
  walk(activity, '');
  const langOf = (n: XmlElement) => n.attrs['xml:lang'] ?? defaultLang;
  const titleNarratives = childrenNamed(firstChild(activity, 'title') ?? emptyElement, 'narrative').filter(
    (n) => n.text.trim() !== '',
  );
  let language: ContentLanguage;
  if (isContentLanguage(defaultLang)) {
    language = defaultLang;
    mapped('language', `from the activity’s xml:lang "${defaultLang}"`);
  } else {
    const found = titleNarratives.map(langOf).find(isContentLanguage);
    language = found ?? 'en';
    guessed(
      'language',
      found
        ? `the activity’s default language ${defaultLang ? `"${defaultLang}" is not one Galaxy keeps` : 'is not given'}: the language of its title, "${found}"`
        : 'no language Galaxy keeps is given: English',
    );
  }
  out.draft.language = language;

  /** The narrative in the solution's language, else the first; the others are noted as dropped. */
  const pick = (element: XmlElement | undefined, field: string): string | null => {
    if (!element) return null;
    const narratives = childrenNamed(element, 'narrative').filter((n) => n.text.trim() !== '');
    if (!narratives.length) return null;
    const chosen = narratives.find((n) => langOf(n) === language);
    const others = narratives.filter((n) => n !== (chosen ?? narratives[0])).map((n) => langOf(n) ?? '?');
    if (!chosen) guessed(field, `no text in "${language}": the text in "${langOf(narratives[0]) ?? '?'}" was kept`);
    if (others.length)
      dropped(field, `the text in ${others.join(', ')}: a solution is written in one language (${language})`);
    return (chosen ?? narratives[0]).text.trim();
  };

  // ---- texts ---------------------------------------------------------------------------------------
  const title = pick(firstChild(activity, 'title'), 'title');
  if (!title) error('title', 'Required: a title with at least one narrative');
  else {
    out.title = cut(title, 300);
    out.draft.title = out.title;
    if (title.length > 300) guessed('title', 'shortened to 300 characters');
    else mapped('title', 'from title');
  }

  const others: (keyof SolutionDraft)[] = [
    'challenge',
    'resultsImpact',
    'sustainability',
    'replicability',
    'lessonsLearned',
  ];
  const byType = new Map<string, string[]>();
  childrenNamed(activity, 'description').forEach((d, i) => {
    const type = d.attrs['type'] ?? '1';
    if (!checkCode('DescriptionType', type, `description.${i}.type`)) return;
    const text = pick(d, `description.${i}`);
    if (text) byType.set(type, [...(byType.get(type) ?? []), text]);
  });
  const setText = (field: keyof SolutionDraft, text: string, max: number, how: string, exact: boolean) => {
    (out.draft as Record<string, unknown>)[field] = cut(text, max);
    if (text.length > max) guessed(field, `${how}, shortened to ${max} characters`);
    else if (exact) mapped(field, how);
    else guessed(field, how);
  };
  const joined = (type: string) => byType.get(type)?.join('\n\n');
  if (joined('1')) setText('summary', joined('1') as string, 2000, 'from the general description (type 1)', true);
  if (joined('2'))
    setText('towardsSolution', joined('2') as string, 10000, 'from the objectives description (type 2)', true);
  if (joined('3'))
    setText('beneficiaries', joined('3') as string, 1000, 'from the target groups description (type 3)', true);
  (byType.get('4') ?? []).forEach((text, i) => {
    const field = others[i];
    if (!field) return dropped(`description (type 4) #${i + 1}`, 'more "other" descriptions than Galaxy has sections');
    // Galaxy writes its sections in this order; another publisher's "other" descriptions may mean anything.
    setText(
      field,
      text,
      10000,
      `from "other" description #${i + 1} (type 4)${ours && i < 2 ? '' : ': IATI does not say which section it is'}`,
      ours && i < 2,
    );
  });

  // ---- organizations -------------------------------------------------------------------------------
  const organizations: { name: string; type: OrganizationType; role: SolutionOrganizationRole }[] = [];
  childrenNamed(activity, 'participating-org').forEach((p, i) => {
    const field = `participating-org.${i}`;
    const roleOk = checkCode('OrganisationRole', p.attrs['role'], `${field}.role`);
    const typeCode = p.attrs['type'];
    const typeOk = typeCode === undefined || checkCode('OrganisationType', typeCode, `${field}.type`);
    if (!roleOk || !typeOk) return;
    if (p.attrs['ref'] === ctx.reportingOrgRef)
      return dropped(field, 'Galaxy itself (named when a solution has no organization)');
    const name = pick(p, field) ?? (p.attrs['ref'] ? p.attrs['ref'] : null);
    if (!name) return dropped(field, 'no name: Galaxy knows organizations by name');
    if (organizations.length >= 30) return dropped(field, 'more than 30 organizations');
    const role = organizationRoleOf(p.attrs['role']);
    const type = typeCode
      ? organizationTypeOf(typeCode, name)
      : { type: 'ngo' as OrganizationType, exact: false as boolean };
    organizations.push({ name: cut(name, 300), type: type.type, role: role.role });
    const how = `"${name}": role ${p.attrs['role']} (${codeName('OrganisationRole', p.attrs['role'])}) → ${role.role}, type ${typeCode ?? 'not given'} → ${type.type}`;
    if (role.exact && type.exact) mapped('organizations', how);
    else guessed('organizations', how);
  });
  if (organizations.length) out.draft.organizations = organizations;
  const implementing = organizations.find((o) => o.role === 'implementing');
  const reportingName = reporting ? pick(reporting, 'reporting-org') : null;
  const reportingType = reporting?.attrs['type'];
  if (reportingType !== undefined) checkCode('OrganisationType', reportingType, 'reporting-org.type');
  const firstNamed = organizations[0];
  if (!implementing && firstNamed)
    guessed('owner', `no implementing organization: the draft belongs to "${firstNamed.name}", the first one named`);
  out.owner = implementing
    ? { name: implementing.name, type: implementing.type }
    : firstNamed
      ? { name: firstNamed.name, type: firstNamed.type }
      : reportingName && !ours
        ? { name: cut(reportingName, 300), type: organizationTypeOf(reportingType ?? '', reportingName).type }
        : null;

  // ---- status and dates ----------------------------------------------------------------------------
  const status = firstChild(activity, 'activity-status');
  if (status && checkCode('ActivityStatus', status.attrs['code'], 'activity-status.code')) {
    const s = projectStatusOf(status.attrs['code']);
    out.draft.projectStatus = s.status;
    const how = `activity-status ${status.attrs['code']} (${codeName('ActivityStatus', status.attrs['code'])}) → ${s.status}`;
    if (s.exact) mapped('projectStatus', how);
    else guessed('projectStatus', how);
  }
  const dates = new Map<string, string>();
  childrenNamed(activity, 'activity-date').forEach((d, i) => {
    const field = `activity-date.${i}`;
    if (!checkCode('ActivityDateType', d.attrs['type'], `${field}.type`)) return;
    const date = d.attrs['iso-date'] ?? '';
    if (!isIsoDate(date)) return error(`${field}.iso-date`, `"${date}" is not a date in ISO 8601 form (YYYY-MM-DD)`);
    if (!dates.has(d.attrs['type'])) dates.set(d.attrs['type'], date);
  });
  const year = (date: string) => Number(date.slice(0, 4));
  const inRange = (y: number) => y >= 1950 && y <= 2100;
  const start = dates.get('2') ?? dates.get('1');
  if (start && inRange(year(start))) {
    out.draft.startYear = year(start);
    if (dates.has('2')) mapped('startYear', `the year of the actual start (${start})`);
    else guessed('startYear', `the year of the planned start (${start}); no actual start given`);
  } else if (start) dropped('startYear', `${start} is outside 1950–2100`);
  const end = dates.get('4') ?? dates.get('3');
  if (end && inRange(year(end)) && (out.draft.startYear === undefined || year(end) >= out.draft.startYear)) {
    out.draft.endYear = year(end);
    if (dates.has('4')) mapped('endYear', `the year of the actual end (${end})`);
    else guessed('endYear', `the year of the planned end (${end}); no actual end given`);
  } else if (end) dropped('endYear', `${end} is outside 1950–2100 or before the start`);

  // ---- where ---------------------------------------------------------------------------------------
  const countries: { country: string; role: CountryRole }[] = [];
  const addCountry = (country: string, role: CountryRole) => {
    if (!countries.some((c) => c.country === country && c.role === role)) countries.push({ country, role });
  };
  const recipientCountries = childrenNamed(activity, 'recipient-country');
  recipientCountries.forEach((c, i) => {
    const code = (c.attrs['code'] ?? '').trim().toUpperCase();
    if (!isCountryCode(code)) {
      out.unknownCode = true;
      return error(
        `recipient-country.${i}.code`,
        `Unknown code "${c.attrs['code'] ?? ''}": not an ISO 3166-1 alpha-2 code of an M49 country or area`,
      );
    }
    addCountry(code, 'recipient');
  });
  if (countries.length) mapped('countries', `recipient countries ${countries.map((c) => c.country).join(', ')}`);
  if (recipientCountries.length > 1 && recipientCountries.some((c) => c.attrs['percentage']))
    dropped('recipient-country.percentage', 'Galaxy records which countries, not their shares');
  childrenNamed(activity, 'recipient-region').forEach((r, i) => {
    if (!checkCode('RegionVocabulary', r.attrs['vocabulary'] ?? '1', `recipient-region.${i}.vocabulary`)) return;
    dropped(`recipient-region.${i}`, `region ${r.attrs['code'] ?? ''}: Galaxy derives regions from countries`);
  });

  // ---- what ----------------------------------------------------------------------------------------
  const sdgs = new Set<number>();
  const targets = new Set<string>();
  const themes = new Set<Theme>();
  const goal = (code: string, field: string) => {
    if (/^\d{1,2}$/.test(code) && Number(code) >= 1 && Number(code) <= 17) sdgs.add(Number(code));
    else {
      out.unknownCode = true;
      error(field, `Unknown code "${code}": SDG goals are 1 to 17`);
    }
  };
  const target = (code: string, field: string) => {
    if (isSdgTarget(code)) targets.add(code);
    else {
      out.unknownCode = true;
      error(field, `Unknown code "${code}": not an SDG target such as "6.4" or "17.a"`);
    }
  };
  childrenNamed(activity, 'sector').forEach((s, i) => {
    const field = `sector.${i}`;
    const vocabulary = s.attrs['vocabulary'] ?? '1';
    if (!checkCode('SectorVocabulary', vocabulary, `${field}.vocabulary`)) return;
    const code = (s.attrs['code'] ?? '').trim();
    if (vocabulary === '7') return goal(code, `${field}.code`);
    if (vocabulary === '8') return target(code, `${field}.code`);
    if (vocabulary !== '1' && vocabulary !== '2')
      return dropped(field, `sector vocabulary ${vocabulary} (${codeName('SectorVocabulary', vocabulary)})`);
    if (!(vocabulary === '1' ? /^\d{5}$/ : /^\d{3}$/).test(code)) {
      out.unknownCode = true;
      return error(
        `${field}.code`,
        `Unknown code "${code}": a DAC purpose code has ${vocabulary === '1' ? 5 : 3} digits`,
      );
    }
    const match = themeOfSector(code);
    if (!match) return dropped(field, `DAC ${code}: no Galaxy theme for it`);
    themes.add(match.theme);
    if (match.exact) mapped('themes', `DAC ${code} → ${match.theme}`);
    else guessed('themes', `DAC ${code} → ${match.theme} (same DAC category ${code.slice(0, 3)})`);
  });
  childrenNamed(activity, 'tag').forEach((t, i) => {
    const field = `tag.${i}`;
    const vocabulary = t.attrs['vocabulary'];
    if (!checkCode('TagVocabulary', vocabulary, `${field}.vocabulary`)) return;
    const code = (t.attrs['code'] ?? '').trim();
    if (vocabulary === '2') return goal(code, `${field}.code`);
    if (vocabulary === '3') return target(code, `${field}.code`);
    const [kind, rawValue] = code.split(':');
    const value = (rawValue ?? '').toUpperCase();
    if (vocabulary === '99' && (kind === GALAXY_TAG.provider || kind === GALAXY_TAG.triangularPartner)) {
      if (isCountryCode(value)) {
        addCountry(value, kind);
        return mapped('countries', `${value} as ${kind} (Galaxy tag)`);
      }
      return dropped(field, `"${code}": not a country`);
    }
    if (
      vocabulary === '99' &&
      kind === GALAXY_TAG.modality &&
      (rawValue === 'south-south' || rawValue === 'triangular')
    ) {
      out.draft.modality = rawValue;
      return mapped('modality', `${rawValue} (Galaxy tag)`);
    }
    dropped(field, `tag ${code} (vocabulary ${vocabulary}, ${codeName('TagVocabulary', vocabulary)})`);
  });
  for (const t of targets) {
    if (!sdgs.has(goalOfTarget(t))) {
      sdgs.add(goalOfTarget(t));
      guessed('sdgs', `SDG ${goalOfTarget(t)}, because its target ${t} is given`);
    }
  }
  if (sdgs.size) {
    out.draft.sdgs = [...sdgs].sort((a, b) => a - b);
    mapped('sdgs', `SDG goals ${out.draft.sdgs.join(', ')}`);
  }
  if (targets.size) {
    out.draft.sdgTargets = [...targets];
    mapped('sdgTargets', `SDG targets ${[...targets].join(', ')}`);
  }
  if (themes.size) out.draft.themes = [...themes].slice(0, 10);
  if (countries.length) out.draft.countries = countries.slice(0, 100);
  if (!out.draft.modality) {
    out.draft.modality = countries.some((c) => c.role === 'triangular_partner') ? 'triangular' : 'south-south';
    guessed('modality', `IATI has no modality: ${out.draft.modality}, to be checked by the editor`);
  }

  // ---- money and links -----------------------------------------------------------------------------
  const budgets = childrenNamed(activity, 'budget');
  let usd = 0;
  let counted = 0;
  budgets.forEach((b, i) => {
    const field = `budget.${i}`;
    const value = firstChild(b, 'value');
    const currency = value?.attrs['currency'] ?? activity.attrs['default-currency'];
    const amount = Number(value?.text.trim());
    if (!value || !Number.isFinite(amount)) return error(`${field}.value`, 'Required: the budget’s value as a number');
    if ((b.attrs['type'] ?? '1') !== '1') return dropped(field, 'a revised budget: the original ones are summed');
    if (currency !== 'USD')
      return dropped(field, `in ${currency ?? 'no currency'}: Galaxy keeps a range in US dollars and converts nothing`);
    usd += amount;
    counted++;
  });
  if (counted) {
    out.draft.budgetRange = budgetRangeOf(usd);
    const how = `${counted > 1 ? `the sum of ${counted} budgets` : 'the budget'}, USD ${usd} → ${out.draft.budgetRange}`;
    if (counted > 1) guessed('budgetRange', how);
    else mapped('budgetRange', how);
  }
  const links: { label: string; url: string }[] = [];
  const ownPages = new URL('/solutions/', ctx.publicUrl).toString();
  childrenNamed(activity, 'document-link').forEach((d, i) => {
    const field = `document-link.${i}`;
    const url = (d.attrs['url'] ?? '').trim();
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return dropped(field, `"${url}" is not a web address`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return dropped(field, `"${url}" is not http(s)`);
    if (url.startsWith(ownPages)) return dropped(field, 'the Galaxy page of the exported solution');
    if (links.length >= 20) return dropped(field, 'more than 20 links');
    if (url.length > 2000) return dropped(field, 'a web address longer than 2000 characters');
    const label = pick(firstChild(d, 'title'), `${field}.title`);
    links.push({ label: cut(label ?? parsed.hostname, 200), url });
    if (label) mapped('links', url);
    else guessed('links', `${url}: no title, labelled with its host`);
  });
  if (links.length) out.draft.links = links;

  // ---- what Galaxy has no field for ----------------------------------------------------------------
  const unread = new Map<string, number>();
  for (const child of activity.children)
    if (!READ.has(child.name)) unread.set(child.name, (unread.get(child.name) ?? 0) + 1);
  for (const [name, n] of unread) dropped(name, `${n} element${n > 1 ? 's' : ''}: Galaxy has no field for ${name}`);

  // The draft must pass the same per-field checks as a partner's draft.
  const checked = SolutionDraftFieldsSchema.safeParse(out.draft);
  if (!checked.success) for (const issue of checked.error.issues) error(`draft.${issue.path.join('.')}`, issue.message);
  return out;
}

const emptyElement: XmlElement = { name: '', attrs: {}, children: [], text: '', line: 0 };
