import type { SdgGoal } from '@galaxy/contracts';
import type { TFunction } from 'i18next';
import type { ChecklistOption } from './SearchableChecklist';

/** The goals as checklist options, found by number, short name or title. */
export function sdgGoalOptions(goals: readonly SdgGoal[]): ChecklistOption[] {
  return goals.map((g) => ({
    value: String(g.number),
    label: (
      <>
        <span className="sdg-option-number">{g.number}</span> {g.short}
      </>
    ),
    search: `${g.number} ${g.short} ${g.title}`,
  }));
}

/** The targets of these goals as checklist options, grouped under their goal. */
export function sdgTargetOptions(goals: readonly SdgGoal[], t: TFunction): ChecklistOption[] {
  return goals.flatMap((g) =>
    g.targets.map((target) => ({
      value: target.id,
      label: (
        <>
          <span className="target-id">{target.id}</span> {target.title}
        </>
      ),
      search: `${target.id} ${target.title}`,
      group: t('workspace.goalGroup', { n: g.number, name: g.short }),
    })),
  );
}
