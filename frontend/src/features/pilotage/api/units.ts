import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Unit = components['schemas']['UnitRead']

/** The organisation's units, to filter the figures by one of them (and its sub-units). */
export function useUnits() {
  return useQuery({
    queryKey: ['pilotage', 'units'],
    queryFn: async () => unwrap(await api.GET('/api/v1/directory/units')),
    staleTime: 5 * 60_000,
  })
}

/** Units in tree order with their depth, for an indented list. */
export function unitOptions(units: Unit[]): { unit: Unit; depth: number }[] {
  const children = new Map<string | null, Unit[]>()
  const known = new Set(units.map((u) => u.id))
  for (const unit of units) {
    const parent = unit.parent_id && known.has(unit.parent_id) ? unit.parent_id : null
    children.set(parent, [...(children.get(parent) ?? []), unit])
  }
  const out: { unit: Unit; depth: number }[] = []
  const walk = (parent: string | null, depth: number) => {
    for (const unit of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
      out.push({ unit, depth })
      if (depth < 8) walk(unit.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
