import type { RouteObject } from 'react-router'
import { AccountPage } from '@/features/account/components/AccountPage'
import { SignInPage } from '@/features/auth/components/SignInPage'
import { HomePage } from '@/features/home/components/HomePage'
import { MentorshipPage } from '@/features/mentorship/components/MentorshipPage'
import { MentorshipsPage } from '@/features/mentorship/components/MentorshipsPage'
import { MyProgramsPage } from '@/features/my-programs/components/MyProgramsPage'
import { VaultPage } from '@/features/vault/components/VaultPage'
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
              { path: '/mentorships', element: <MentorshipsPage /> },
              { path: '/mentorships/:mentorshipId', element: <MentorshipPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
