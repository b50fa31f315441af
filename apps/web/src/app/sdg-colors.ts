/** The official SDG colours, from the UN's SDG communication guidelines. */
export const SDG_COLORS: Record<number, string> = {
  1: '#E5243B',
  2: '#DDA63A',
  3: '#4C9F38',
  4: '#C5192D',
  5: '#FF3A21',
  6: '#26BDE2',
  7: '#FCC30B',
  8: '#A21942',
  9: '#FD6925',
  10: '#DD1367',
  11: '#FD9D24',
  12: '#BF8B2E',
  13: '#3F7E44',
  14: '#0A97D9',
  15: '#56C02B',
  16: '#00689D',
  17: '#19486A',
};

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Text colour for a label on an SDG colour: white where it reaches WCAG AA (4.5:1), black
 * otherwise. Several light goals (2, 6, 7, 11, 15…) would fail with white.
 */
export function sdgTextColor(goal: number): '#000' | '#fff' {
  const contrastWithWhite = 1.05 / (luminance(SDG_COLORS[goal] ?? '#19486A') + 0.05);
  return contrastWithWhite >= 4.5 ? '#fff' : '#000';
}
