import type { ErrorCode, Need, Problem } from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../app/api';
import {
  checkNeed,
  emptyNeed,
  goalsOf,
  NEED_STEPS,
  needFieldOfPath,
  needInput,
  needUpdate,
  needValues,
  serverErrors,
  stepOfNeedField,
  type NeedValues,
} from './need-form';

/** The message keys stand for what the reader sees (each is one translated sentence). */
const t = ((key: string) => key) as unknown as TFunction;
const ORG = '6f1c2f8e-4c1a-4f7e-9a43-2d1f0b7c9e11';

const filled = (changes: Partial<NeedValues> = {}): NeedValues => ({
  ...emptyNeed(ORG, ['en']),
  title: 'Early warning for flash floods',
  problemStatement: 'Floods reach villages before anyone is warned.',
  desiredOutcome: 'Villages warned an hour ahead.',
  sdgTargets: ['13.1'],
  countries: ['MW'],
  modalities: ['training'],
  ...changes,
});

const refused = (code: ErrorCode, errors: { field: string }[] = [], retryAfter?: number) =>
  new ApiError(
    400,
    {
      type: 'about:blank',
      title: code,
      status: 400,
      detail: 'in English',
      code,
      errors: errors.map((e) => ({ location: 'body', message: 'in English', ...e })),
    } satisfies Problem,
    retryAfter,
  );

describe('the need form', () => {
  it('accepts a need with what is required, taking the goal from the chosen target', () => {
    expect(checkNeed(filled(), t)).toEqual({});
    expect(needInput(filled()).sdgs).toEqual([13]);
  });

  it('names each required field left empty', () => {
    const errors = checkNeed(emptyNeed(ORG), t);
    expect(Object.keys(errors).sort()).toEqual(
      ['title', 'problemStatement', 'desiredOutcome', 'sdgs', 'countries', 'modalities', 'languages'].sort(),
    );
    expect(errors.title).toBe('form.error.required');
    expect(errors.countries).toBe('workspace.error.chooseOne');
  });

  it('says when the period ends before it starts, or is not a month', () => {
    expect(checkNeed(filled({ timeframeStart: '2027-06', timeframeEnd: '2027-01' }), t)).toEqual({
      timeframeEnd: 'listings.error.endBeforeStart',
    });
    expect(checkNeed(filled({ timeframeStart: 'June 2027' }), t)).toEqual({ timeframeStart: 'listings.error.month' });
  });

  it('asks for the endorsement only when the need is endorsed, and checks its date', () => {
    expect(needInput(filled()).endorsement).toBeUndefined();
    expect(checkNeed(filled({ endorsed: true, focalPointName: 'Ms Banda', endorsedOn: '31/12/2026' }), t)).toEqual({
      endorsedOn: 'listings.error.date',
    });
    expect(checkNeed(filled({ endorsed: true }), t)).toHaveProperty('focalPointName', 'form.error.required');
  });

  it('sends goals chosen by hand and those of the chosen targets, once each and in order', () => {
    expect(goalsOf({ goals: [13, 6], sdgTargets: ['6.4', '1.5', '13.1'] })).toEqual([1, 6, 13]);
  });

  it('leaves out optional text left empty and trims the rest', () => {
    const input = needInput(filled({ title: '  Flash floods  ', currentSituation: '   ', cash: ' USD 10,000 ' }));
    expect(input.title).toBe('Flash floods');
    expect(input.currentSituation).toBeUndefined();
    expect(input.coContribution).toEqual({ cash: 'USD 10,000', inKind: undefined, staff: undefined });
  });

  it('clears on the server what was emptied in the editor', () => {
    const update = needUpdate(filled({ currentSituation: '', timeframeStart: '', endorsed: false }), 4);
    expect(update).toMatchObject({ version: 4, currentSituation: null, timeframeStart: null, endorsement: null });
  });

  it('opens an existing need with what it holds, and saves it unchanged', () => {
    const need = {
      organization: { id: ORG },
      title: 'Early warning for flash floods',
      problemStatement: 'Floods reach villages before anyone is warned.',
      currentSituation: null,
      desiredOutcome: 'Villages warned an hour ahead.',
      sdgs: [13],
      sdgTargets: ['13.1'],
      countries: ['MW'],
      modalities: ['training'],
      languages: ['en'],
      timeframeStart: '2027-01',
      timeframeEnd: null,
      coContribution: { cash: 'USD 10,000' },
      endorsement: { focalPointName: 'Ms Banda', focalPointTitle: null, endorsedOn: '2026-11-30' },
      visibility: 'registered',
    } as unknown as Need;
    const values = needValues(need);
    expect(values).toMatchObject({ currentSituation: '', endorsed: true, focalPointTitle: '', inKind: '' });
    expect(checkNeed(values, t, 3)).toEqual({});
    expect(needUpdate(values, 3)).toMatchObject({
      sdgs: [13],
      timeframeStart: '2027-01',
      timeframeEnd: null,
      visibility: 'registered',
      endorsement: { focalPointName: 'Ms Banda', focalPointTitle: undefined, endorsedOn: '2026-11-30' },
    });
  });

  describe('errors from the API', () => {
    it('maps the API field paths to the form fields', () => {
      expect(needFieldOfPath('endorsement.focalPointName')).toBe('focalPointName');
      expect(needFieldOfPath('endorsement')).toBe('focalPointName');
      expect(needFieldOfPath('coContribution.staff')).toBe('staff');
      expect(needFieldOfPath('sdgTargets.2')).toBe('sdgTargets');
      expect(needFieldOfPath('status')).toBeUndefined();
    });

    it('shows a refused field next to its input, and a message for what the form cannot show', () => {
      expect(serverErrors(refused('VALIDATION_FAILED', [{ field: 'title' }]), t, needFieldOfPath)).toEqual({
        fields: { title: 'form.error.invalid' },
        message: undefined,
      });
      expect(
        serverErrors(refused('VALIDATION_FAILED', [{ field: 'title' }, { field: 'status' }]), t, needFieldOfPath),
      ).toEqual({ fields: { title: 'form.error.invalid' }, message: 'problem.invalidInput' });
    });

    it.each([
      ['STALE_VERSION', 'problem.staleVersion'],
      ['FORBIDDEN', 'problem.forbidden'],
      ['NOT_FOUND', 'problem.notFound'],
      ['UNAUTHENTICATED', 'problem.unauthenticated'],
      ['INTERNAL_ERROR', 'problem.server'],
    ] as const)('says what a %s refusal means', (code, message) => {
      expect(serverErrors(refused(code), t, needFieldOfPath)).toEqual({ fields: {}, message });
    });

    it('says the network failed when no answer came', () => {
      expect(serverErrors(new TypeError('Failed to fetch'), t, needFieldOfPath)).toEqual({
        fields: {},
        message: 'problem.network',
      });
    });
  });

  it('puts every field on a step, so an error can open the step that shows it', () => {
    expect(stepOfNeedField('countries')).toBe('scope');
    expect(stepOfNeedField('focalPointName')).toBe('contribution');
    expect(stepOfNeedField('somethingElse')).toBe('review');
    const onSteps = NEED_STEPS.flatMap((s) => [...s.fields]);
    for (const field of Object.keys(checkNeed(emptyNeed(ORG), t))) expect(onSteps).toContain(field);
  });
});
