/**
 * The 169 SDG target ids, as in A/RES/71/313 (numeric targets then lettered means of
 * implementation). Kept here, small, so that schemas can validate targets without loading the
 * full multilingual reference data. A unit test checks this list against reference/sdgs.json.
 */
const TARGETS_PER_GOAL: Record<number, [numeric: number, lettered: string]> = {
  1: [5, 'ab'],
  2: [5, 'abc'],
  3: [9, 'abcd'],
  4: [7, 'abc'],
  5: [6, 'abc'],
  6: [6, 'ab'],
  7: [3, 'ab'],
  8: [10, 'ab'],
  9: [5, 'abc'],
  10: [7, 'abc'],
  11: [7, 'abc'],
  12: [8, 'abc'],
  13: [3, 'ab'],
  14: [7, 'abc'],
  15: [9, 'abc'],
  16: [10, 'ab'],
  17: [19, ''],
};

export const SDG_GOALS: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);

export const SDG_TARGET_IDS: readonly string[] = SDG_GOALS.flatMap((goal) => {
  const [numeric, lettered] = TARGETS_PER_GOAL[goal];
  return [
    ...Array.from({ length: numeric }, (_, i) => `${goal}.${i + 1}`),
    ...lettered.split('').map((letter) => `${goal}.${letter}`),
  ];
});

const TARGET_SET = new Set(SDG_TARGET_IDS);
export const isSdgTarget = (id: string): boolean => TARGET_SET.has(id);
export const goalOfTarget = (id: string): number => Number(id.split('.')[0]);
