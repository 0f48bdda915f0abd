import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type DirectoryPerson = components['schemas']['DirectoryPersonRead']
export type DirectoryPersonDetail = components['schemas']['DirectoryPersonDetail']

export type PeopleFilters = { q: string; unitId: string; site: string; active: '' | 'true' | 'false'; offset: number }
export const PAGE_SIZE = 25

export async function listPeople(filters: PeopleFilters) {
  return unwrap(
    await api.GET('/api/v1/directory/people', {
      params: {
        query: {
          q: filters.q || undefined,
          unit_id: filters.unitId || undefined,
          site: filters.site || undefined,
          active: filters.active === '' ? undefined : filters.active === 'true',
          limit: PAGE_SIZE,
          offset: filters.offset,
        },
      },
    }),
  )
}

export function usePeople(filters: PeopleFilters) {
  return useQuery({
    queryKey: ['directory', 'people', filters],
    queryFn: () => listPeople(filters),
    placeholderData: keepPreviousData,
  })
}

export async function getPerson(personId: string) {
  return unwrap(
    await api.GET('/api/v1/directory/people/{person_id}', { params: { path: { person_id: personId } } }),
  )
}

export function usePerson(personId: string) {
  return useQuery({ queryKey: ['directory', 'person', personId], queryFn: () => getPerson(personId) })
}

/** Units (from the unit tree) and sites (gathered from the directory) for the filters. */
export async function listFacets() {
  const [units, page] = await Promise.all([
    api.GET('/api/v1/directory/units').then(unwrap),
    api.GET('/api/v1/directory/people', { params: { query: { limit: 500 } } }).then(unwrap),
  ])
  const sites = new Set<string>()
  for (const person of page.items) if (person.site) sites.add(person.site)
  return { units: units.map(({ id, name }) => ({ id, name })), sites: [...sites].sort() }
}

export function useFacets() {
  return useQuery({ queryKey: ['directory', 'facets'], queryFn: listFacets, staleTime: 60_000 })
}
