import { isCountryCode, isSdgTarget } from '@galaxy/contracts';
import { findRegion } from '@galaxy/contracts/reference';
import { IATI_VERSION, inCodelist, type CodelistName } from './iati-mapping';
import { childrenNamed, firstChild, readIatiFile, type XmlElement } from './iati-reader';

/**
 * The order of `iati-activity`'s children in the IATI 2.03 schema (iati-activities-schema.xsd,
 * an xsd:sequence). Elements Galaxy never writes are listed too, so the order check is the schema's.
 */
export const ACTIVITY_SEQUENCE = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'other-identifier',
  'activity-status',
  'activity-date',
  'contact-info',
  'activity-scope',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'tag',
  'country-budget-items',
  'humanitarian-scope',
  'policy-marker',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'budget',
  'planned-disbursement',
  'capital-spend',
  'transaction',
  'document-link',
  'related-activity',
  'legacy-data',
  'conditions',
  'result',
  'crs-add',
  'fss',
] as const;
const EXACTLY_ONE = ['iati-identifier', 'reporting-org', 'title', 'activity-status'];
const AT_LEAST_ONE = ['participating-org', 'activity-date'];
const BUDGET_SEQUENCE = ['period-start', 'period-end', 'value'];
const DOCUMENT_LINK_SEQUENCE = ['title', 'description', 'category', 'language', 'document-date'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string | undefined) =>
  v !== undefined && ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isDateTime = (v: string | undefined) =>
  v !== undefined && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v);
const sums100 = (values: number[]) => Math.abs(values.reduce((a, b) => a + b, 0) - 100) < 0.01;

/**
 * Checks an IATI activities file against the rules of the standard for what Galaxy writes: required
 * elements and their order, codelist membership of every code, narrative languages, ISO dates,
 * percentages adding up to 100. Returns the violations, empty when the file passes.
 */
export function checkIatiFile(xml: string, options: { today?: string } = {}): string[] {
  const problems: string[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let file;
  try {
    file = readIatiFile(xml, Number.MAX_SAFE_INTEGER);
  } catch (error) {
    return [(error as Error).message];
  }
  if (file.version !== IATI_VERSION) problems.push(`version is "${file.version}", not ${IATI_VERSION}`);
  const root = /<iati-activities\b[^>]*>/.exec(xml)?.[0] ?? '';
  const generated = /generated-datetime="([^"]*)"/.exec(root)?.[1];
  if (generated !== undefined && !isDateTime(generated))
    problems.push(`generated-datetime "${generated}" is not a date-time`);

  file.activities.forEach((a, index) => {
    const at = (what: string) => `activity ${index + 1}: ${what}`;
    const problem = (what: string) => problems.push(at(what));
    const code = (list: CodelistName, value: string | undefined, where: string) => {
      if (value === undefined) problem(`${where}: missing code`);
      else if (!inCodelist(list, value)) problem(`${where}: "${value}" is not in the ${list} codelist`);
    };
    const lang = a.attrs['xml:lang'];
    if (lang !== undefined) code('Language', lang, 'xml:lang');
    if (a.attrs['last-updated-datetime'] !== undefined && !isDateTime(a.attrs['last-updated-datetime']))
      problem('last-updated-datetime is not a date-time');
    if (a.attrs['default-currency'] !== undefined) code('Currency', a.attrs['default-currency'], 'default-currency');

    // Order and cardinality.
    let last = -1;
    for (const child of a.children) {
      const position = (ACTIVITY_SEQUENCE as readonly string[]).indexOf(child.name);
      if (position < 0) problem(`<${child.name}> is not an element of iati-activity`);
      else if (position < last)
        problem(`<${child.name}> comes after <${ACTIVITY_SEQUENCE[last]}>, against the schema's order`);
      else last = position;
    }
    for (const name of EXACTLY_ONE) {
      const n = childrenNamed(a, name).length;
      if (n !== 1) problem(`${n} <${name}> elements; the schema wants exactly one`);
    }
    for (const name of AT_LEAST_ONE)
      if (!childrenNamed(a, name).length) problem(`no <${name}>; the schema wants one or more`);

    // Narratives: at least one where required, each with text and a language from the Language codelist.
    const narratives = (element: XmlElement | undefined, where: string, required: boolean) => {
      if (!element) return;
      const ns = childrenNamed(element, 'narrative');
      if (required && !ns.length) problem(`${where}: no narrative`);
      for (const n of ns) {
        const l = n.attrs['xml:lang'] ?? lang;
        if (l === undefined) problem(`${where}: a narrative with no language (and no activity default)`);
        else code('Language', l, `${where} narrative xml:lang`);
        if (n.text.trim() === '') problem(`${where}: an empty narrative`);
      }
    };

    const identifier = firstChild(a, 'iati-identifier')?.text.trim() ?? '';
    const reporting = firstChild(a, 'reporting-org');
    if (!identifier) problem('empty iati-identifier');
    if (/[/&|?\s]/.test(identifier)) problem(`iati-identifier "${identifier}" has characters IATI forbids`);
    if (reporting) {
      if (!reporting.attrs['ref']) problem('reporting-org has no ref');
      else if (!identifier.startsWith(`${reporting.attrs['ref']}-`))
        problem('the iati-identifier does not start with the reporting-org ref');
      code('OrganisationType', reporting.attrs['type'], 'reporting-org type');
      narratives(reporting, 'reporting-org', true);
    }
    narratives(firstChild(a, 'title'), 'title', true);
    childrenNamed(a, 'description').forEach((d, i) => {
      if (d.attrs['type'] !== undefined) code('DescriptionType', d.attrs['type'], `description ${i + 1} type`);
      narratives(d, `description ${i + 1}`, true);
    });
    childrenNamed(a, 'participating-org').forEach((p, i) => {
      code('OrganisationRole', p.attrs['role'], `participating-org ${i + 1} role`);
      if (p.attrs['type'] !== undefined) code('OrganisationType', p.attrs['type'], `participating-org ${i + 1} type`);
      if (!p.attrs['ref'] && !childrenNamed(p, 'narrative').length)
        problem(`participating-org ${i + 1}: neither ref nor name`);
      narratives(p, `participating-org ${i + 1}`, false);
    });
    code('ActivityStatus', firstChild(a, 'activity-status')?.attrs['code'], 'activity-status');
    childrenNamed(a, 'activity-date').forEach((d, i) => {
      code('ActivityDateType', d.attrs['type'], `activity-date ${i + 1} type`);
      const date = d.attrs['iso-date'];
      if (!isDate(date)) problem(`activity-date ${i + 1}: "${date}" is not an ISO date`);
      else if ((d.attrs['type'] === '2' || d.attrs['type'] === '4') && date > today)
        problem(`activity-date ${i + 1}: an actual date in the future (${date})`);
    });
    if (!childrenNamed(a, 'activity-date').some((d) => d.attrs['type'] === '1' || d.attrs['type'] === '2'))
      problem('no start date (activity-date type 1 or 2)');

    const countries = childrenNamed(a, 'recipient-country');
    const regions = childrenNamed(a, 'recipient-region');
    if (!countries.length && !regions.length) problem('neither recipient-country nor recipient-region');
    countries.forEach((c, i) => {
      if (!isCountryCode(c.attrs['code'] ?? ''))
        problem(`recipient-country ${i + 1}: "${c.attrs['code']}" is not ISO 3166-1 alpha-2`);
      narratives(c, `recipient-country ${i + 1}`, false);
    });
    regions.forEach((r, i) => {
      code('RegionVocabulary', r.attrs['vocabulary'] ?? '1', `recipient-region ${i + 1} vocabulary`);
      if ((r.attrs['vocabulary'] ?? '1') === '2' && !findRegion(r.attrs['code'] ?? ''))
        problem(`recipient-region ${i + 1}: "${r.attrs['code']}" is not a UN M49 region`);
    });
    const shares = [...countries, ...regions].map((e) => e.attrs['percentage']);
    if (shares.length > 1) {
      if (shares.some((s) => s === undefined))
        problem('several recipient countries/regions, not all with a percentage');
      else if (!sums100(shares.map(Number)))
        problem(`recipient percentages add up to ${shares.map(Number).reduce((x, y) => x + y, 0)}, not 100`);
    }

    const sectors = childrenNamed(a, 'sector');
    sectors.forEach((s, i) => {
      code('SectorVocabulary', s.attrs['vocabulary'] ?? '1', `sector ${i + 1} vocabulary`);
      if ((s.attrs['vocabulary'] ?? '1') === '1') code('Sector', s.attrs['code'], `sector ${i + 1}`);
      narratives(s, `sector ${i + 1}`, false);
    });
    const byVocabulary = new Map<string, number[]>();
    for (const s of sectors) {
      const v = s.attrs['vocabulary'] ?? '1';
      byVocabulary.set(v, [...(byVocabulary.get(v) ?? []), Number(s.attrs['percentage'] ?? 'NaN')]);
    }
    for (const [v, values] of byVocabulary)
      if (values.length > 1 && !sums100(values)) problem(`sector percentages of vocabulary ${v} do not add up to 100`);

    childrenNamed(a, 'tag').forEach((t, i) => {
      code('TagVocabulary', t.attrs['vocabulary'], `tag ${i + 1} vocabulary`);
      const c = t.attrs['code'] ?? '';
      if (t.attrs['vocabulary'] === '2' && !/^([1-9]|1[0-7])$/.test(c))
        problem(`tag ${i + 1}: "${c}" is not an SDG goal`);
      if (t.attrs['vocabulary'] === '3' && !isSdgTarget(c)) problem(`tag ${i + 1}: "${c}" is not an SDG target`);
      if (!c) problem(`tag ${i + 1}: no code`);
      narratives(t, `tag ${i + 1}`, false);
    });

    childrenNamed(a, 'budget').forEach((b, i) => {
      const where = `budget ${i + 1}`;
      if (b.children.map((c) => c.name).join() !== BUDGET_SEQUENCE.join())
        problem(`${where}: children are not period-start, period-end, value`);
      if (b.attrs['type'] !== undefined) code('BudgetType', b.attrs['type'], `${where} type`);
      if (b.attrs['status'] !== undefined) code('BudgetStatus', b.attrs['status'], `${where} status`);
      const startDate = firstChild(b, 'period-start')?.attrs['iso-date'];
      const endDate = firstChild(b, 'period-end')?.attrs['iso-date'];
      if (!isDate(startDate) || !isDate(endDate)) problem(`${where}: period dates are not ISO dates`);
      else {
        if (endDate! < startDate!) problem(`${where}: the period ends before it starts`);
        const days = (Date.parse(endDate!) - Date.parse(startDate!)) / 86_400_000;
        if (days > 366) problem(`${where}: the period is longer than a year`);
      }
      const value = firstChild(b, 'value');
      if (!value || !/^-?\d+(\.\d+)?$/.test(value.text.trim())) problem(`${where}: the value is not a number`);
      if (!isDate(value?.attrs['value-date'])) problem(`${where}: no ISO value-date`);
      const currency = value?.attrs['currency'] ?? a.attrs['default-currency'];
      code('Currency', currency, `${where} currency`);
    });

    childrenNamed(a, 'document-link').forEach((d, i) => {
      const where = `document-link ${i + 1}`;
      let lastChild = -1;
      for (const child of d.children) {
        const p = DOCUMENT_LINK_SEQUENCE.indexOf(child.name);
        if (p < lastChild) problem(`${where}: <${child.name}> out of order`);
        lastChild = Math.max(lastChild, p);
      }
      try {
        new URL(d.attrs['url'] ?? '');
      } catch {
        problem(`${where}: "${d.attrs['url']}" is not a URL`);
      }
      code('FileFormat', d.attrs['format'], `${where} format`);
      narratives(firstChild(d, 'title'), `${where} title`, true);
      if (!firstChild(d, 'title')) problem(`${where}: no title`);
      const categories = childrenNamed(d, 'category');
      if (!categories.length) problem(`${where}: no category`);
      categories.forEach((c) => code('DocumentCategory', c.attrs['code'], `${where} category`));
    });
  });
  return problems;
}
