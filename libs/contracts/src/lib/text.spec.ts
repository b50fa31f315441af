import { lineText, multilineText, unsafeTextReason } from './text';

describe('text schemas', () => {
  it('refuses control characters and lone surrogates, and says which and where', () => {
    expect(unsafeTextReason('ab\u0000c')).toMatch(/U\+0000 at position 2/);
    expect(unsafeTextReason('x\ud800')).toMatch(/lone surrogate U\+D800 at position 1/);
    expect(unsafeTextReason('\udc00x')).toMatch(/lone surrogate/);
    expect(unsafeTextReason('\u009b')).toMatch(/U\+009B/);
    expect(unsafeTextReason('a\tb')).toMatch(/single line/);
    expect(unsafeTextReason('a\tb\r\nc', true)).toBeNull();
  });

  it('accepts any real text: emoji (surrogate pairs), right-to-left and CJK', () => {
    for (const ok of ['Water 💧 kiosks', 'مياه الشرب', '安全饮用水', 'Agua — café']) {
      expect(lineText().min(1).safeParse(ok)).toEqual({ success: true, data: ok });
    }
  });

  it('trims before it checks, so a trailing line break on a title is no error', () => {
    expect(lineText().parse('  Title\n')).toBe('Title');
    expect(multilineText().safeParse('a\u0007b').success).toBe(false);
  });
});
