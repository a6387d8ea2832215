// Translations for the portal. Keys are the English text itself (`t('Log in')`), with `:` and `.` allowed in
// them, so a plain English string written anywhere becomes translatable by wrapping it, and the English
// catalog can never drift from what the code shows. Two namespaces: `common` (components, resources, app)
// and `schema` (the element tables' labels and help and the action tables: src/schema, whose English text
// is the table itself). English needs neither a catalog nor a library: `t` fills in the `{{placeholders}}`
// of the key (en/common.json lists the keys for the catalog check and for translators, and is not shipped).
// Any other language loads i18next and its catalogs (separate chunks) when it is chosen or remembered, so
// the login page carries none of it (issue 12). The choice is remembered in localStorage (a preference, not
// a secret).
import type { i18n as I18n } from 'i18next';
import { useSyncExternalStore } from 'react';
import { LANGUAGES, NAMESPACES, type Language } from './languages';

export { LANGUAGES, NAMESPACES, type Language };

const STORAGE_KEY = 'portal.language';
const catalogs = import.meta.glob<{ default: Record<string, string> }>(['./locales/*/*.json', '!./locales/en/*.json']);

let language: Language = 'en';
let engine: I18n | undefined;
const listeners = new Set<() => void>();

function setLanguage(code: Language): void {
  language = code;
  if (typeof document !== 'undefined') document.documentElement.lang = code;
  listeners.forEach((l) => l());
}

/** i18next with the catalogs of `code`, loaded (and initialised) the first time a language other than English is used. */
async function engineFor(code: Language): Promise<I18n> {
  if (!engine) {
    const { default: i18next } = await import('i18next');
    await i18next.use({
      type: 'backend',
      init() {},
      read(lng: string, namespace: string, callback: (err: unknown, data: Record<string, string> | false) => void) {
        const load = catalogs[`./locales/${lng}/${namespace}.json`];
        if (!load) return callback(null, {});
        load().then((m) => callback(null, m.default), (e: unknown) => callback(e instanceof Error ? e.message : String(e), false));
      },
    }).init({
      lng: code,
      fallbackLng: 'en',
      supportedLngs: LANGUAGES.map((l) => l.code),
      ns: [...NAMESPACES],
      defaultNS: 'common',
      fallbackNS: 'schema', // a label passed along as data (a tab, a column) may come from either
      keySeparator: false,
      nsSeparator: false,
      returnEmptyString: false,
      interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML
    });
    engine = i18next;
  }
  await engine.changeLanguage(code);
  return engine;
}

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
  if (code !== 'en') await engineFor(code);
  setLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    /* not remembered; still switched */
  }
}

/** Resolves once the remembered language's catalogs are loaded (render after it: no English flash). */
export async function initI18n(code: Language = storedLanguage()): Promise<void> {
  if (code !== 'en') await engineFor(code);
  setLanguage(code);
}

/** The language in use, for Intl formatters (`de`, `en`). */
export const currentLocale = (): Language => language;

/** The language in use, re-rendering when it changes (the app keys its tree by it: texts are looked up in render). */
export function useLanguage(): Language {
  return useSyncExternalStore((l) => { listeners.add(l); return () => listeners.delete(l); }, currentLocale, currentLocale);
}

/** `{{name}}` in `text` replaced by `values.name` (what i18next does with a key it has no entry for). */
function fill(text: string, values?: Record<string, unknown>): string {
  return values ? text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
}

/** Translates `key` (English text) in the current language. The tree below App re-renders on a language
 * change (keyed by language), so calling this during render is enough; no hook is needed. */
export function t(key: string, options?: Record<string, unknown>): string {
  if (language === 'en' || !engine) return fill(key, options);
  return engine.t(key, options as never) as unknown as string;
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

