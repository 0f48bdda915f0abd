import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_STORAGE_KEY, storedLanguage } from '@/i18n'
import { LanguageSwitch } from './LanguageSwitch'

function Probe() {
  const { t } = useTranslation()
  return <p>{t('auth.submit')}</p>
}

describe('LanguageSwitch', () => {
  it('starts in French, switches to English and remembers the choice', async () => {
    render(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    )
    expect(screen.getByText('Se connecter')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'en')
    expect(await screen.findByText('Sign in')).toBeInTheDocument()
    expect(screen.getByLabelText('Language')).toHaveValue('en')
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en')
    expect(storedLanguage()).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('ignores an unknown stored language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de')
    expect(storedLanguage()).toBe('fr')
  })
})
