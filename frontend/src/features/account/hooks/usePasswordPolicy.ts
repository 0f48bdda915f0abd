/** Mirrors the API's minimum so the form can say it before the round trip; the API stays the judge. */
export const PASSWORD_MIN_LENGTH = 12
