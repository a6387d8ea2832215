// i18next for the portal. Keys are the English text itself (`t('Log in')`), with `:` and `.` allowed in
// them, so a plain English string written anywhere becomes translatable by wrapping it, and the English
// catalog can never drift from what the code shows. Two namespaces: `common` (components, resources,
// app) and `schema` (the element tables' labels and help and the action tables: src/schema, whose English
// text is the table itself). English `common` ships in the main bundle; every other catalog is a
// separate chunk fetched when its language is chosen. The choice is remembered in localStorage (a
// preference, not a secret).
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';

import { LANGUAGES, NAMESPACES, type Language } from './languages';

export { LANGUAGES, NAMESPACES, type Language };

const STORAGE_KEY = 'portal.language';
const catalogs = import.meta.glob<{ default: Record<string, string> }>('./locales/*/*.json');

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogs[`./locales/${language}/${namespace}.json`];
    // English `schema` has no file: its keys are the tables' own English text.
    if (!load) return callback(null, {});
    load().then((m) => callback(null, m.default), (e: unknown) => callback(e instanceof Error ? e.message : String(e), false));
  },
};

export function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.some((l) => l.code === saved)) return saved as Language;
  } catch {
    /* storage unavailable: English */
  }
  return 'en';
}

/** Switches the language (fetching its catalogs first) and remembers it for this browser. */
export async function chooseLanguage(code: Language): Promise<void> {
  await i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    /* not remembered; still switched */
  }
}

/** Resolves once the remembered language's catalogs are loaded (render after it: no English flash). */
export function initI18n(language: Language = storedLanguage()): Promise<unknown> {
  if (i18next.isInitialized) return i18next.changeLanguage(language);
  i18next.on('languageChanged', (code) => {
    if (typeof document !== 'undefined') document.documentElement.lang = code;
  });
  return i18next.use(lazyCatalogs).use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    ns: [...NAMESPACES],
    defaultNS: 'common',
    fallbackNS: 'schema', // a label passed along as data (a tab, a column) may come from either
    resources: { en: { common: enCommon } },
    partialBundledLanguages: true,
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML
    react: { useSuspense: false },
  });
}

/** The language in use, for Intl formatters (`de`, `en`). */
export const currentLocale = (): string => i18next.resolvedLanguage ?? i18next.language ?? 'en';

/** Translates `key` (English text) in the current language. The tree below App re-renders on a language
 * change (keyed by language), so calling this during render is enough; no hook is needed. */
export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options as never) as unknown as string;
}

/** Translates text of the element and action tables (src/schema: labels, help, groups, collection names). */
export function tSchema(text: string): string;
export function tSchema(text: string | undefined): string | undefined;
export function tSchema(text: string | undefined): string | undefined {
  return text ? t(text, { ns: ['schema', 'common'] }) : text;
}

/** A noun as it reads inside a sentence: English lowercases its words ("Virtual machine" → "virtual
 * machine", but "VM pool" and "vNIC profile" stay); German keeps nouns capitalized. */
export function inSentence(noun: string): string {
  if (currentLocale() === 'de') return noun;
  return noun.replace(/\w+/g, (w) => (/[A-Z]/.test(w.slice(1)) ? w : w.toLowerCase()));
}

/** Marks a string kept in data (navigation labels, option lists) as a catalog key; `t(key)` shows it. */
export const tk = <S extends string>(key: S): S => key;

export { i18next };
