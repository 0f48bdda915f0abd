import i18n, { type Resource } from 'i18next'
import { initReactI18next } from 'react-i18next'

export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'fr'
export const LANGUAGE_STORAGE_KEY = 'constel.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

// Each language's texts are a chunk of their own, loaded before the first screen: the entry
// chunk then carries no text at all (every feature's messages together pass 100 kB per language).
const catalogues: Record<Language, () => Promise<Resource>> = {
  fr: async () => (await import('./fr')).fr,
  en: async () => (await import('./en')).en,
}

/** Adds a language's texts once (switching language loads the other one on demand). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return
  i18n.addResourceBundle(language, 'translation', await catalogues[language]())
}

/** Switches language, remembers it across visits and keeps `<html lang>` right for screen readers. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(language)
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

const initialLanguage = storedLanguage()
const initialised = i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: initialLanguage,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
})
document.documentElement.lang = initialLanguage

/** Resolves once the person's language is ready to render. */
export const i18nReady: Promise<void> = initialised.then(() => loadLanguage(initialLanguage))

export default i18n
