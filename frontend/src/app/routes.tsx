import type { RouteObject } from 'react-router'
import { AccountPage } from '@/features/account/components/AccountPage'
import { SignInPage } from '@/features/auth/components/SignInPage'
import { HomePage } from '@/features/home/components/HomePage'
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
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
