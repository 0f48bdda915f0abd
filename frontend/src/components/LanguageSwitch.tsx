import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { changeLanguage, isLanguage, LANGUAGES } from '@/i18n'

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const id = useId()
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value)
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
