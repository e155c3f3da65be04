// The language toggle: Arabic (right to left) or English (left to right) for every label; article
// text, quotes and terms keep their own lang="ar" dir="rtl".
export type Lang = 'ar' | 'en';

const STORAGE_KEY = 'sanad-report-lang';
const listeners: ((lang: Lang) => void)[] = [];

export const currentLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'ar');

export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.push(listener);
}

export function setLang(lang: Lang): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'en' ? 'ltr' : 'rtl';
  document.getElementById('lang-toggle')?.setAttribute('aria-pressed', String(lang === 'en'));
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be off for file:// pages; the toggle still works for this visit
  }
  for (const l of listeners) l(lang);
}

function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang') ?? location.hash.match(/lang=(ar|en)/)?.[1];
  if (asked === 'en' || asked === 'ar') return asked;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'ar') return stored;
  } catch {
    // see setLang
  }
  return 'ar';
}

export function installLangToggle(): void {
  document
    .getElementById('lang-toggle')
    ?.addEventListener('click', () => setLang(currentLang() === 'en' ? 'ar' : 'en'));
  const lang = initialLang();
  if (lang !== currentLang()) setLang(lang);
}
