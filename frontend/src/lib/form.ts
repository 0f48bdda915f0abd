import type { ParseKeys } from 'i18next'
import type { z } from 'zod'

/** zod messages in our schemas are i18n keys. */
export type MessageKey = ParseKeys

export type FieldErrors<T> = Partial<Record<keyof T & string, MessageKey>>

/**
 * Validates form values with a zod schema whose messages are i18n keys.
 * Returns the parsed data or the first message key per field.
 */
export function validate<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  values: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors<z.infer<S>> } {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: Record<string, MessageKey> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (!(field in errors)) errors[field] = issue.message as MessageKey
  }
  return { ok: false, errors: errors as FieldErrors<z.infer<S>> }
}

/** Reads a form's fields as strings. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {}
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') values[key] = value
  })
  return values
}
