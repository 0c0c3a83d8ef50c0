import type { Ref } from 'vue';
import { createI18n } from 'vue-i18n';
import zhCN, { type Messages } from './zh-CN';
import en from './en';

export const LOCALES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
] as const;
export type Locale = (typeof LOCALES)[number]['code'];

const STORAGE_KEY = 'fieldbeat.locale';

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return LOCALES.some((l) => l.code === saved) ? (saved as Locale) : 'zh-CN';
}

export const i18n = createI18n<[Messages], Locale>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  missingWarn: false,
  fallbackWarn: false,
});

// With `legacy: false` the global locale is a ref; the typings model the legacy API too.
const localeRef = i18n.global.locale as unknown as Ref<Locale>;

export function currentLocale(): Locale {
  return localeRef.value;
}

/** Remembered per device: the rep chooses once. */
export function setLocale(locale: Locale): void {
  localeRef.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export function applyDocumentLocale(): void {
  document.documentElement.lang = localeRef.value;
}
