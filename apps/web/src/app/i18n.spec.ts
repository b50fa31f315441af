import i18n from 'i18next';
import { changeLanguage, currentLanguage } from './i18n';

describe('the interface language', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('turns the page right-to-left for Arabic, and back', async () => {
    await changeLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    await changeLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('shows the chosen language’s texts at once, never a mix with English', async () => {
    const english = i18n.t('matches.stage.completed');
    let shownWhenSwitched: string | undefined;
    const onChange = () => (shownWhenSwitched = i18n.t('matches.stage.completed'));
    i18n.on('languageChanged', onChange);
    await changeLanguage('es');
    i18n.off('languageChanged', onChange);
    // The moment the page re-renders in Spanish, the Spanish texts are there.
    expect(shownWhenSwitched).toBeDefined();
    expect(shownWhenSwitched).not.toBe(english);
  });

  it('remembers the choice for the next visit', async () => {
    await changeLanguage('zh');
    expect(window.localStorage.getItem('galaxy.lang')).toBe('zh');
  });

  it('reads a regional variant as its language, and anything else as English', async () => {
    await i18n.changeLanguage('fr-CA');
    expect(currentLanguage()).toBe('fr');
    await i18n.changeLanguage('de');
    expect(currentLanguage()).toBe('en');
  });
});
