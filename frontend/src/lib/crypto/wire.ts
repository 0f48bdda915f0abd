/** Small helpers to read wire JSON strictly. */
import { EncodingError, UnknownVersionError } from './errors'

export const WIRE_VERSION = 1
export type Json = Record<string, unknown>

/** Wire objects may carry "v"; absent means 1, anything else is refused. */
export function checkWireVersion(data: Json): void {
  const v = data.v ?? WIRE_VERSION
  if (v !== WIRE_VERSION) throw new UnknownVersionError(`unknown wire version ${String(v)}`)
}

export function intField(data: Json, name: string, minimum = 0): number {
  const value = data[name]
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    throw new EncodingError(`${name} must be an integer >= ${minimum}`)
  }
  return value
}

export function strField(data: Json, name: string): string {
  const value = data[name]
  if (typeof value !== 'string') throw new EncodingError(`${name} must be a string`)
  return value
}
