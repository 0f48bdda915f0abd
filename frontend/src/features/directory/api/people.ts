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

/** Units and sites for the filters, gathered from the directory (the API has no unit listing yet). */
export async function listFacets() {
  const page = unwrap(await api.GET('/api/v1/directory/people', { params: { query: { limit: 500 } } }))
  const units = new Map<string, string>()
  const sites = new Set<string>()
  for (const person of page.items) {
    if (person.unit) units.set(person.unit.id, person.unit.name)
    if (person.site) sites.add(person.site)
  }
  return {
    units: [...units].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    sites: [...sites].sort(),
  }
}

export function useFacets() {
  return useQuery({ queryKey: ['directory', 'facets'], queryFn: listFacets, staleTime: 60_000 })
}
