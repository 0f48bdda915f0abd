import { QueryClient } from '@tanstack/react-query'
import { isProblemError } from '@/api/problem'

/** Client errors (4xx) are answers, not glitches: never retry them. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(isProblemError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        throwOnError: true,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
