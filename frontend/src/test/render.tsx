import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

/** Renders routes in memory with a fresh query client; returns the router to inspect navigation. */
export function renderRoutes(routes: RouteObject[], initialPath = '/', initialState?: unknown) {
  const queryClient = testQueryClient()
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname: initialPath, state: initialState }] })
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...utils, router, queryClient }
}

export function renderWithProviders(ui: ReactElement, path = '/') {
  return renderRoutes([{ path: '*', element: ui }], path)
}
