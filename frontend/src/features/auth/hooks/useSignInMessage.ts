import { useTranslation } from 'react-i18next'
import { isProblemError } from '@/api/problem'

/** The sentence to show for a failed sign-in, chosen by the problem's stable code. */
export function useSignInMessage() {
  const { t } = useTranslation()
  return (error: unknown): string => {
    if (!isProblemError(error)) return t('auth.errors.generic')
    switch (error.code) {
      case 'invalid_credentials':
        return t('auth.errors.invalid_credentials')
      case 'totp_required':
        return t('auth.errors.totp_required')
      case 'totp_invalid':
        return t('auth.errors.totp_invalid')
      case 'recovery_code_invalid':
        return t('auth.errors.recovery_code_invalid')
      case 'too_many_attempts':
        return error.retryAfter
          ? t('auth.errors.too_many_attempts_seconds', { count: error.retryAfter })
          : t('auth.errors.too_many_attempts')
      case 'account_disabled':
        return t('auth.errors.account_disabled')
      case 'sso_required':
        return t('auth.errors.sso_required')
      default:
        return t('auth.errors.generic')
    }
  }
}
