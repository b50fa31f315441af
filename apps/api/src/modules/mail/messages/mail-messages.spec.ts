import { MATCH_STAGES, UI_LANGUAGES, type Reason } from '@galaxy/contracts';
import { MAIL_MESSAGES, mailLanguage } from '.';

const idle = (language: keyof typeof MAIL_MESSAGES, days: number) =>
  MAIL_MESSAGES[language].matchIdle({
    days,
    need: 'Kiosks',
    recipient: 'A',
    provider: 'B',
    stage: 'agreed',
    link: 'https://galaxy.example/matches/1',
  }).subject;

describe('mail catalogs', () => {
  it('counts in each language’s plural forms', () => {
    expect(idle('en', 1)).toBe('No news for 1 day: Kiosks');
    expect(idle('en', 14)).toBe('No news for 14 days: Kiosks');
    expect([1, 3, 14, 21].map((n) => idle('ru', n))).toEqual([
      'Нет новостей уже 1 день: Kiosks',
      'Нет новостей уже 3 дня: Kiosks',
      'Нет новостей уже 14 дней: Kiosks',
      'Нет новостей уже 21 день: Kiosks',
    ]);
    expect([2, 3, 14].map((n) => idle('ar', n))).toEqual([
      'لا جديد منذ يومين: Kiosks',
      'لا جديد منذ 3 أيام: Kiosks',
      'لا جديد منذ 14 يومًا: Kiosks',
    ]);
    expect(MAIL_MESSAGES.fr.resetPassword({ link: 'l', hours: 1 }).text).toContain('(lien valable 1 heure)');
  });

  it('names every stage in words, never by its code, outside English', () => {
    for (const language of UI_LANGUAGES.filter((l) => l !== 'en'))
      for (const stage of MATCH_STAGES) {
        const mail = MAIL_MESSAGES[language].matchStage({
          need: 'Kiosks',
          recipient: 'A',
          provider: 'B',
          stage,
          note: undefined,
          link: 'l',
        });
        expect(`${mail.subject}\n${mail.text}`).not.toContain(stage);
      }
  });

  it('puts the reasons for a match into words: regions, languages and kinds of support by name', () => {
    const reasons: Reason[] = [
      { code: 'same_subregion', text: '', points: 10, values: ['014'] },
      { code: 'shared_language', text: '', points: 5, values: ['fr', 'pt'] },
      { code: 'modality_fit', text: '', points: 5, values: ['training', 'peer_exchange'] },
      { code: 'shared_goals', text: '', points: 5, values: ['6'] },
      { code: 'track_record', text: '', points: 5, values: ['2'] },
    ];
    const intro = (language: keyof typeof MAIL_MESSAGES) =>
      MAIL_MESSAGES[language].matchIntroduction({
        recipient: 'A',
        provider: 'B',
        need: 'Kiosks',
        reasons,
        note: undefined,
        link: 'l',
      }).text;
    expect(intro('en')).toContain(
      [
        '- Works in the same sub-region: Eastern Africa',
        '- Shares a working language: French, Portuguese',
        '- Offers the support wanted: training, peer exchange',
        '- Works on the same SDGs: SDG 6 (Clean water and sanitation)',
        '- 2 published solutions on these SDGs in the region',
      ].join('\n'),
    );
    expect(intro('es')).toContain('- Comparte un idioma de trabajo: francés, portugués');
    expect(intro('ar')).toContain('- حلّان منشوران بشأن هذه الأهداف في المنطقة');
    expect(intro('zh')).toContain('- 提供所需的援助：培训、同行交流');
    expect(intro('ru')).toContain('- Работает над теми же ЦУР: ЦУР 6 (Чистая вода и санитария)');
  });

  it('falls back to English for a language Galaxy does not speak', () => {
    expect(mailLanguage('pt')).toBe('en');
    expect(mailLanguage(null)).toBe('en');
    expect(mailLanguage('ar')).toBe('ar');
  });
});
