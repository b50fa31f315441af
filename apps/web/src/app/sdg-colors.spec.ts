import { SDG_COLORS, sdgTextColor } from './sdg-colors';

/** WCAG 2 contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const expand = (color: string) => (color === '#fff' ? '#ffffff' : '#000000');

describe('labels on SDG colours', () => {
  it.each(Object.keys(SDG_COLORS).map(Number))('goal %i: the label text is readable (WCAG AA, 4.5:1)', (goal) => {
    expect(contrast(SDG_COLORS[goal], expand(sdgTextColor(goal)))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps white text where white is readable', () => {
    expect(sdgTextColor(17)).toBe('#fff');
    expect(sdgTextColor(16)).toBe('#fff');
  });
});
