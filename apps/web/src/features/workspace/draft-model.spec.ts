import { SolutionDraftFieldsSchema, type SolutionDraft, type SolutionWorkspace } from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import {
  anchorOf,
  changedKeys,
  DRAFT_KEYS,
  draftErrors,
  draftField,
  editableContent,
  emptyContact,
  emptyFunder,
  emptyOrganization,
  invalidKeys,
  placeErrors,
  STEPS,
  stepOfField,
  submissionErrors,
  valuesFromDraft,
  type DraftValues,
} from './draft-model';

/** The message keys stand for what the reader sees (each is one translated sentence). */
const t = ((key: string, options?: Record<string, unknown>) =>
  options && 'count' in options ? `${key} (${String(options.count)})` : key) as unknown as TFunction;

/** A draft that has everything a submission needs. */
const COMPLETE: SolutionDraft = {
  language: 'en',
  title: 'Solar pumps for smallholder irrigation',
  summary: 'Farmers share solar pumps through cooperatives.',
  challenge: 'Diesel pumps were too costly to run.',
  towardsSolution: 'Cooperatives bought pumps together and trained technicians.',
  resultsImpact: 'Two harvests a year instead of one.',
  sdgs: [7, 2],
  sdgTargets: ['7.2', '2.4'],
  countries: [
    { country: 'KE', role: 'provider' },
    { country: 'UG', role: 'recipient' },
  ],
  modality: 'south-south',
  themes: ['energy', 'agriculture'],
  projectStatus: 'ongoing',
  startYear: 2021,
  organizations: [{ name: 'Kenya Solar Cooperative', type: 'ngo', country: 'KE', role: 'implementing' }],
  contacts: [{ name: 'Amina Otieno', email: 'amina@example.org' }],
  links: [{ label: 'Project page', url: 'https://example.org/pumps' }],
};

const values = (draft: SolutionDraft = COMPLETE): DraftValues => valuesFromDraft(draft);

/** The draft as the wizard would send it. */
const content = (v: DraftValues) =>
  Object.fromEntries(
    DRAFT_KEYS.map((key) => [key, draftField(v, key)]).filter(([, value]) => value !== undefined),
  ) as SolutionDraft;

describe('the solution wizard draft model', () => {
  describe('from a stored draft to the inputs and back', () => {
    it('sends back what it was given when nothing was typed', () => {
      const sent = content(values());
      expect(sent).toEqual({
        ...COMPLETE,
        // Goals and targets in their natural order, themes in the order the form lists them.
        sdgs: [2, 7],
        sdgTargets: ['2.4', '7.2'],
        themes: ['agriculture', 'energy'],
      });
      expect(SolutionDraftFieldsSchema.safeParse(sent).success).toBe(true);
    });

    it('reads whatever the API returned without failing on odd values', () => {
      const v = valuesFromDraft({ title: 42, sdgs: ['6', 'x'], countries: 'KE', contacts: [null, { name: 'A' }] });
      expect(v.title).toBe('42');
      expect(v.sdgs).toEqual([6]);
      expect(v.countries).toEqual([]);
      expect(v.contacts.map((c) => c.name)).toEqual(['A']);
    });

    it('gives each row its own key, so rows can be reordered without losing what was typed', () => {
      const v = values({ ...COMPLETE, contacts: [{ name: 'A' }, { name: 'B' }] });
      const keys = [...v.contacts, ...v.organizations, emptyContact(), emptyOrganization()].map((r) => r.key);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('leaves out emptied fields and blank rows instead of sending empty text', () => {
      const v = values();
      v.subtitle = '   ';
      v.contacts = [...v.contacts, emptyContact()];
      v.organizations = [emptyOrganization()];
      v.budgetRange = '';
      const sent = content(v);
      expect(sent).not.toHaveProperty('subtitle');
      expect(sent).not.toHaveProperty('organizations');
      expect(sent).not.toHaveProperty('budgetRange');
      expect(sent.contacts).toEqual([{ name: 'Amina Otieno', email: 'amina@example.org' }]);
    });

    it('trims what was typed', () => {
      const v = values();
      v.title = '  Solar pumps  ';
      v.links = [{ key: 'l', label: ' Site ', url: ' https://example.org ' }];
      expect(draftField(v, 'title')).toBe('Solar pumps');
      expect(draftField(v, 'links')).toEqual([{ label: 'Site', url: 'https://example.org' }]);
    });

    it('sends a year as a number, and text that is no year as typed (so the check can say what is wrong)', () => {
      const v = values();
      v.startYear = ' 2019 ';
      v.endYear = '20x5';
      expect(draftField(v, 'startYear')).toBe(2019);
      expect(draftField(v, 'endYear')).toBe('20x5');
    });
  });

  describe('unsaved changes', () => {
    it('names the fields that differ from what the server holds', () => {
      const base = values();
      const edited = values();
      edited.title = 'Solar pumps for irrigation';
      edited.countries = [...edited.countries, { key: 'new', country: 'TZ', role: 'recipient' }];
      expect(changedKeys(edited, base)).toEqual(['title', 'countries']);
    });

    it('does not count ticking goals in another order, or a blank row, as a change', () => {
      const base = values();
      const edited = values();
      edited.sdgs = [7, 2];
      edited.contacts = [...edited.contacts, emptyContact()];
      edited.title = `${edited.title} `;
      expect(changedKeys(edited, base)).toEqual([]);
    });
  });

  describe('checks while saving a draft', () => {
    it('saves a draft with required fields missing: only what is there must be valid', () => {
      expect(draftErrors(values({ title: 'Only a title' }), t)).toEqual({});
    });

    it('reports each invalid field at its input, rows included', () => {
      const v = values();
      v.startYear = '20x5';
      v.contacts = [{ key: 'c', name: 'Amina', role: '', email: 'not-an-email', organization: '' }];
      v.links = [{ key: 'l', label: 'Site', url: 'ftp://example.org' }];
      v.title = 'x'.repeat(301);
      const errors = draftErrors(v, t);
      expect(errors).toEqual({
        title: 'form.error.tooLong (300)',
        startYear: 'workspace.error.year',
        'contacts.0.email': 'form.error.email',
        'links.0.url': 'form.error.url',
      });
      expect(invalidKeys(errors)).toEqual(new Set(['title', 'startYear', 'contacts', 'links']));
    });
  });

  describe('checks before submitting', () => {
    it('accepts a complete draft', () => {
      expect(submissionErrors(values(), t)).toEqual({});
    });

    it('reports every required field that is missing', () => {
      const errors = submissionErrors(values({ title: 'Only a title' }), t);
      expect(Object.keys(errors).sort()).toEqual(
        [
          'language',
          'summary',
          'challenge',
          'towardsSolution',
          'resultsImpact',
          'sdgs',
          'countries',
          'modality',
          'projectStatus',
          'startYear',
        ].sort(),
      );
      expect(errors.summary).toBe('form.error.required');
      expect(errors.sdgs).toBe('workspace.error.chooseOne');
      expect(errors.countries).toBe('workspace.error.chooseOne');
      expect(errors.modality).toBe('form.error.choose');
      expect(errors.startYear).toBe('workspace.error.year');
    });

    it('says a target belongs to a goal that is not chosen', () => {
      const v = values({ ...COMPLETE, sdgTargets: ['7.2', '6.4'] });
      const errors = submissionErrors(v, t);
      expect(Object.values(errors)).toEqual(['workspace.error.targetGoal']);
      expect(placeErrors(errors, v)).toEqual({ sdgTargets: 'workspace.error.targetGoal' });
      expect(stepOfField(Object.keys(errors)[0])).toBe('sdgs');
    });

    it('says the end year is before the start year', () => {
      expect(submissionErrors(values({ ...COMPLETE, startYear: 2021, endYear: 2019 }), t)).toEqual({
        endYear: 'workspace.error.endBeforeStart',
      });
    });

    it('asks for a triangular partner when the cooperation is triangular', () => {
      expect(submissionErrors(values({ ...COMPLETE, modality: 'triangular' }), t)).toEqual({
        countries: 'workspace.error.triangularPartner',
      });
      const withPartner = {
        ...COMPLETE,
        modality: 'triangular' as const,
        countries: [...(COMPLETE.countries ?? []), { country: 'JP', role: 'triangular_partner' as const }],
      };
      expect(submissionErrors(values(withPartner), t)).toEqual({});
    });
  });

  describe('where an error shows', () => {
    it('puts a row error at the row on screen, skipping blank rows the API never saw', () => {
      const v = values();
      v.contacts = [
        emptyContact(),
        { key: 'a', name: 'Amina', role: '', email: 'amina@example.org', organization: '' },
        emptyContact(),
        { key: 'b', name: 'Bo', role: '', email: 'bo@', organization: '' },
      ];
      // The API saw two contacts; its second one is the fourth row on screen.
      expect(anchorOf('contacts.1.email', v)).toBe('contacts.3.email');
      expect(placeErrors({ 'contacts.1.email': 'form.error.email' }, v)).toEqual({
        'contacts.3.email': 'form.error.email',
      });
    });

    it('falls back to the field when the row or its input is not on screen', () => {
      const v = values();
      expect(anchorOf('contacts.7.email', v)).toBe('contacts');
      expect(anchorOf('contacts.0.phone', v)).toBe('contacts.0');
      expect(anchorOf('sdgTargets.1', v)).toBe('sdgTargets');
      expect(anchorOf('version', v)).toBe('version');
    });

    it('keeps the first message when two errors land on the same input', () => {
      const v = values();
      expect(placeErrors({ 'sdgTargets.0': 'first', 'sdgTargets.1': 'second' }, v)).toEqual({ sdgTargets: 'first' });
    });

    it('opens the step that holds the field at fault', () => {
      for (const step of STEPS) for (const field of step.fields) expect(stepOfField(`${field}.0.name`)).toBe(step.id);
      expect(stepOfField('unknown')).toBe('basics');
      // Every field the wizard writes is on one step.
      expect(STEPS.flatMap((s) => [...s.fields]).sort()).toEqual([...DRAFT_KEYS].sort());
    });
  });

  describe('which text a partner edits', () => {
    const workspace = (revision?: { state: string; content: SolutionDraft }, published?: SolutionDraft) =>
      ({
        revision: revision && { ...revision },
        published: published && { content: published },
      }) as unknown as SolutionWorkspace;

    it('is the open revision when there is one', () => {
      expect(
        editableContent(workspace({ state: 'changes_requested', content: { title: 'B' } }, { title: 'A' })),
      ).toEqual({ title: 'B' });
    });

    it('is the published text to revise once the last revision was published or rejected', () => {
      expect(editableContent(workspace({ state: 'published', content: { title: 'B' } }, { title: 'A' }))).toEqual({
        title: 'A',
      });
    });

    it('is the newest revision when nothing was published, else an empty draft', () => {
      expect(editableContent(workspace({ state: 'rejected', content: { title: 'B' } }))).toEqual({ title: 'B' });
      expect(editableContent(workspace())).toEqual({});
    });
  });

  describe('funders', () => {
    it('reads funders back, sends amounts as numbers and currencies in capitals, and skips blank rows', () => {
      const v = values({
        ...COMPLETE,
        funders: [
          {
            name: 'Fondation Verte',
            organization: 'fondation-verte',
            type: 'foundation',
            amount: 1000,
            currency: 'EUR',
            year: 2021,
          },
        ],
      });
      expect(v.funders[0]).toMatchObject({ name: 'Fondation Verte', amount: '1000', currency: 'EUR', year: '2021' });
      v.funders = [
        ...v.funders,
        emptyFunder(),
        { ...emptyFunder(), name: ' Banco ', type: 'dfi', amount: '50 000', currency: 'usd' },
      ];
      expect(draftField(v, 'funders')).toEqual([
        {
          name: 'Fondation Verte',
          organization: 'fondation-verte',
          type: 'foundation',
          amount: 1000,
          currency: 'EUR',
          year: 2021,
        },
        { name: 'Banco', organization: undefined, type: 'dfi', amount: 50000, currency: 'USD', year: undefined },
      ]);
    });

    it('puts a negative amount, an unknown currency and a missing currency at the funder’s own inputs', () => {
      const v = values();
      v.funders = [
        emptyFunder(),
        { ...emptyFunder(), name: 'A', type: 'ngo', amount: '-5', currency: 'USD' },
        { ...emptyFunder(), name: 'B', type: 'ngo', amount: '5', currency: 'DOLLARS' },
        { ...emptyFunder(), name: 'C', type: 'ngo', amount: '5' },
      ];
      const placed = placeErrors(draftErrors(v, t), v);
      expect(placed).toEqual({
        'funders.1.amount': 'workspace.error.amount',
        'funders.2.currency': 'workspace.error.currency',
        'funders.3.currency': 'workspace.error.currency',
      });
      expect(stepOfField('funders.1.amount')).toBe('organizations');
    });
  });
});
