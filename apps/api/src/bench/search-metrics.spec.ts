import { ndcgAt, recallAt } from './search-metrics';

describe('search evaluation metrics', () => {
  const relevant = new Map([
    ['a', 2],
    ['b', 1],
  ]);

  it('nDCG@k is 1 for the ideal ranking, lower when the best is ranked second, 0 with nothing relevant', () => {
    expect(ndcgAt(10, ['a', 'b', 'x'], relevant)).toBeCloseTo(1, 10);
    const swapped = (1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3));
    expect(ndcgAt(10, ['b', 'a'], relevant)).toBeCloseTo(swapped, 10);
    expect(ndcgAt(10, ['x', 'y'], relevant)).toBe(0);
  });

  it('nDCG@k ignores what is ranked below k', () => {
    expect(ndcgAt(1, ['x', 'a'], relevant)).toBe(0);
    expect(ndcgAt(2, ['x', 'a'], relevant)).toBeCloseTo(3 / Math.log2(3) / (3 + 1 / Math.log2(3)), 10);
  });

  it('recall@k divides by min(k, relevant)', () => {
    expect(recallAt(10, ['x', 'b'], relevant)).toBe(0.5);
    const many = new Set(Array.from({ length: 30 }, (_, i) => `r${i}`));
    expect(recallAt(10, [...many].slice(0, 10), many)).toBe(1);
    expect(recallAt(10, ['r0', 'x', 'r1'], many)).toBe(0.2);
  });

  it('is undefined (NaN) when nothing is relevant', () => {
    expect(ndcgAt(10, ['a'], new Map())).toBeNaN();
    expect(recallAt(10, ['a'], new Set())).toBeNaN();
  });
});
