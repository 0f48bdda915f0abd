import { Navigate, type RouteObject } from 'react-router'
import { SignInPage } from '@/features/auth/components/SignInPage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { RequireSession } from './RequireSession'
import { RouteError } from './RouteError'

type PageModule = Record<string, unknown>

/**
 * Each screen is its own chunk, fetched on first visit: the main chunk holds only the
 * shell and sign-in, and libsodium arrives with the first screen that encrypts.
 */
function page<M extends PageModule>(load: () => Promise<M>, name: keyof M & string): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load())[name] as React.ComponentType }) }
}

const home = () => import('@/features/home/components/HomePage')
const account = () => import('@/features/account/components/AccountPage')
const vault = () => import('@/features/vault/components/VaultPage')
const trust = () => import('@/features/vault/components/TrustPage')
const myPrograms = () => import('@/features/my-programs/components/MyProgramsPage')
const myProgram = () => import('@/features/my-programs/components/MyProgramPage')
const mentorships = () => import('@/features/mentorship/components/MentorshipsPage')
const mentorship = () => import('@/features/mentorship/components/MentorshipPage')
const withdrawn = () => import('@/features/mentorship/components/WithdrawnPage')
const programs = () => import('@/features/programs-admin/components/ProgramsPage')
const program = () => import('@/features/programs-admin/components/ProgramDetailPage')
const programEvents = () => import('@/features/programs-admin/components/ProgramEventsPage')
const programEvent = () => import('@/features/programs-admin/components/ProgramEventPage')
const matching = () => import('@/features/matching-review/components/MatchingPage')
const pairs = () => import('@/features/matching-review/components/PairsPage')
const pilotage = () => import('@/features/pilotage/components/PilotagePage')
const directory = () => import('@/features/directory/components/DirectoryPage')
const person = () => import('@/features/directory/components/PersonPage')
const audit = () => import('@/features/governance/components/AuditLogPage')
const erasures = () => import('@/features/governance/components/ErasureRequestsPage')
const ssoSettings = () => import('@/features/sso/components/SsoSettingsPage')
const forgotPassword = () => import('@/features/password-reset/components/ForgotPasswordPage')
const resetPassword = () => import('@/features/password-reset/components/ResetPasswordPage')

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/forgot-password', ...page(forgotPassword, 'ForgotPasswordPage') },
          { path: '/reset-password', ...page(resetPassword, 'ResetPasswordPage') },
          {
            element: <RequireSession />,
            children: [
              { path: '/', ...page(home, 'HomePage') },
              { path: '/account', ...page(account, 'AccountPage') },
              { path: '/vault', ...page(vault, 'VaultPage') },
              { path: '/my-programs', ...page(myPrograms, 'MyProgramsPage') },
              { path: '/my-programs/:programId', ...page(myProgram, 'MyProgramPage') },
              { path: '/mentorships', ...page(mentorships, 'MentorshipsPage') },
              { path: '/mentorships/:mentorshipId', ...page(mentorship, 'MentorshipPage') },
              { path: '/mentorships/:mentorshipId/withdrawn', ...page(withdrawn, 'WithdrawnPage') },
              { path: '/mentorships/:mentorshipId/trust', ...page(trust, 'TrustPage') },
              { path: '/programs', ...page(programs, 'ProgramsPage') },
              { path: '/programs/:programId', ...page(program, 'ProgramDetailPage') },
              { path: '/programs/:programId/events', ...page(programEvents, 'ProgramEventsPage') },
              { path: '/programs/:programId/events/:eventId', ...page(programEvent, 'ProgramEventPage') },
              { path: '/programs/:programId/matching', ...page(matching, 'MatchingPage') },
              { path: '/programs/:programId/pairs', ...page(pairs, 'PairsPage') },
              { path: '/programs/:programId/pilotage', ...page(pilotage, 'PilotagePage') },
              { path: '/directory', ...page(directory, 'DirectoryPage') },
              { path: '/directory/:personId', ...page(person, 'PersonPage') },
              { path: '/governance', element: <Navigate to="/governance/audit" replace /> },
              { path: '/governance/audit', ...page(audit, 'AuditLogPage') },
              { path: '/governance/erasure-requests', ...page(erasures, 'ErasureRequestsPage') },
              { path: '/sso', ...page(ssoSettings, 'SsoSettingsPage') },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
