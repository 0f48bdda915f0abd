import { Navigate, type RouteObject } from 'react-router'
import { AccountPage } from '@/features/account/components/AccountPage'
import { SignInPage } from '@/features/auth/components/SignInPage'
import { AuditLogPage } from '@/features/governance/components/AuditLogPage'
import { ErasureRequestsPage } from '@/features/governance/components/ErasureRequestsPage'
import { HomePage } from '@/features/home/components/HomePage'
import { MentorshipPage } from '@/features/mentorship/components/MentorshipPage'
import { MentorshipsPage } from '@/features/mentorship/components/MentorshipsPage'
import { MyProgramPage } from '@/features/my-programs/components/MyProgramPage'
import { MyProgramsPage } from '@/features/my-programs/components/MyProgramsPage'
import { VaultPage } from '@/features/vault/components/VaultPage'
import { DirectoryPage } from '@/features/directory/components/DirectoryPage'
import { PersonPage } from '@/features/directory/components/PersonPage'
import { MatchingPage } from '@/features/matching-review/components/MatchingPage'
import { PilotagePage } from '@/features/pilotage/components/PilotagePage'
import { ProgramEventPage } from '@/features/programs-admin/components/ProgramEventPage'
import { ProgramEventsPage } from '@/features/programs-admin/components/ProgramEventsPage'
import { ProgramDetailPage } from '@/features/programs-admin/components/ProgramDetailPage'
import { ProgramsPage } from '@/features/programs-admin/components/ProgramsPage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { RequireSession } from './RequireSession'
import { RouteError } from './RouteError'

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          {
            element: <RequireSession />,
            children: [
              { path: '/', element: <HomePage /> },
              { path: '/account', element: <AccountPage /> },
              { path: '/vault', element: <VaultPage /> },
              { path: '/my-programs', element: <MyProgramsPage /> },
              { path: '/my-programs/:programId', element: <MyProgramPage /> },
              { path: '/mentorships', element: <MentorshipsPage /> },
              { path: '/mentorships/:mentorshipId', element: <MentorshipPage /> },
              { path: '/programs', element: <ProgramsPage /> },
              { path: '/programs/:programId', element: <ProgramDetailPage /> },
              { path: '/programs/:programId/events', element: <ProgramEventsPage /> },
              { path: '/programs/:programId/events/:eventId', element: <ProgramEventPage /> },
              { path: '/programs/:programId/matching', element: <MatchingPage /> },
              { path: '/programs/:programId/pilotage', element: <PilotagePage /> },
              { path: '/directory', element: <DirectoryPage /> },
              { path: '/directory/:personId', element: <PersonPage /> },
              { path: '/governance', element: <Navigate to="/governance/audit" replace /> },
              { path: '/governance/audit', element: <AuditLogPage /> },
              { path: '/governance/erasure-requests', element: <ErasureRequestsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
