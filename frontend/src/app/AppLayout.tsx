import { Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useLocation } from 'react-router'
import { hasRole, useMe } from '@/api/me'
import { Button } from '@/components/Button'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { Loading } from '@/components/Loading'
import { useLogout } from '@/features/auth/api/logout'
import { NotificationBell } from '@/features/notifications/components/NotificationBell'
import { useAccessToken } from '@/hooks/useAccessToken'

function SupportContact() {
  const { t } = useTranslation()
  const token = useAccessToken()
  const me = useMe({ enabled: token !== null, throwOnError: false })
  const organisation = me.data?.organisation
  if (!organisation) return null
  if (!organisation.support_email) return <p>{t('footer.supportMissing')}</p>
  return (
    <p className="support">
      {t('footer.support', { organisation: organisation.name })}{' '}
      <a href={`mailto:${organisation.support_email}`}>{organisation.support_email}</a>
    </p>
  )
}

/** Program and directory links, for org admins and program managers only. */
function AdminNavLinks() {
  const { t } = useTranslation()
  const me = useMe({ throwOnError: false })
  if (!me.data || !hasRole(me.data, 'org_admin', 'program_manager')) return null
  return (
    <>
      <li>
        <NavLink to="/programs">{t('programsAdmin.nav')}</NavLink>
      </li>
      <li>
        <NavLink to="/directory">{t('directory.nav')}</NavLink>
      </li>
    </>
  )
}

/** Audit log and GDPR erasure requests: organisation admins only. */
function OrgAdminNavLinks() {
  const { t } = useTranslation()
  const me = useMe({ throwOnError: false })
  if (!me.data || !hasRole(me.data, 'org_admin')) return null
  return (
    <>
      <li>
        <NavLink to="/governance">{t('governance.nav')}</NavLink>
      </li>
      <li>
        <NavLink to="/sso">{t('sso.nav')}</NavLink>
      </li>
    </>
  )
}

/** Programs, mentorships and the vault, for participants (mentors and mentees). */
function MemberNavLinks() {
  const { t } = useTranslation()
  const me = useMe({ throwOnError: false })
  if (!me.data || !hasRole(me.data, 'member')) return null
  return (
    <>
      <li>
        <NavLink to="/my-programs">{t('myPrograms.title')}</NavLink>
      </li>
      <li>
        <NavLink to="/mentorships">{t('mentorship.listTitle')}</NavLink>
      </li>
      <li>
        <NavLink to="/vault">{t('vault.title')}</NavLink>
      </li>
    </>
  )
}

function SignOutButton() {
  const { t } = useTranslation()
  const logout = useLogout()
  return (
    <Button variant="secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
      {t('nav.signOut')}
    </Button>
  )
}

/**
 * Below 48rem the navigation folds behind a "Menu" button (aria-expanded); it folds
 * again after each move so the page, not the menu, is what one sees.
 */
function useMenu() {
  const { pathname } = useLocation()
  const [openAt, setOpenAt] = useState<string | null>(null)
  const open = openAt === pathname
  return { open, toggle: () => setOpenAt(open ? null : pathname) }
}

export function AppLayout() {
  const { t } = useTranslation()
  const token = useAccessToken()
  const menu = useMenu()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">{t('common.appName')}</div>
        {token && (
          <button type="button" className="menu-toggle" aria-expanded={menu.open} aria-controls="main-nav" onClick={menu.toggle}>
            <span aria-hidden="true" className="menu-icon" />
            {t('nav.menu')}
          </button>
        )}
        {token && (
          <nav aria-label={t('nav.label')} id="main-nav" className={menu.open ? 'main-nav open' : 'main-nav'}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/account">{t('nav.account')}</NavLink>
              </li>
              <AdminNavLinks />
              <OrgAdminNavLinks />
              <MemberNavLinks />
            </ul>
          </nav>
        )}
        <div className="header-tools">
          <LanguageSwitch />
          {token && <NotificationBell />}
          {token && <SignOutButton />}
        </div>
      </header>
      <main id="main" className="app-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <SupportContact />
        <p>{t('footer.tagline')}</p>
      </footer>
    </>
  )
}
