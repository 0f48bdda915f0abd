import type { fr } from './fr'

/** Same shape as the French reference, any string values: a missing English key fails type-checking. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof fr>
