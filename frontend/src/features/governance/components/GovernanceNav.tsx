import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

/** Links between the governance screens; the current one is marked for screen readers by NavLink. */
export function GovernanceNav() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('governance.subnav')} className="subnav">
      <ul>
        <li>
          <NavLink to="/governance/audit">{t('governance.audit.title')}</NavLink>
        </li>
        <li>
          <NavLink to="/governance/erasure-requests">{t('governance.erasure.title')}</NavLink>
        </li>
      </ul>
    </nav>
  )
}
