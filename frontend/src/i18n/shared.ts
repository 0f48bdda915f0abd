/** Words shared by every feature: refusals, dialogs, the folded technical details. */
export const fr = {
  problem: {
    fallback: 'Une erreur est survenue. Réessayez ; si cela persiste, contactez {{contact}}.',
    fallbackContact: 'le responsable du programme de votre organisation',
    details: 'Détails techniques (pour le support)',
    code: 'Code',
    status: 'Statut HTTP',
    reference: 'Référence',
    reload: 'Recharger la dernière version',
    kept: 'Ce que vous avez saisi est conservé ci-dessous.',
    summary: 'Corrigez les champs signalés :',
    common: {
      network: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
      signedOut: 'Votre session a expiré. Reconnectez-vous ; ce que vous avez saisi sera perdu si vous quittez la page.',
      forbidden: 'Vous n’avez pas accès à cette action.',
      rateLimited: 'Trop de tentatives. Patientez quelques minutes avant de réessayer.',
      stale: 'Ce contenu a été modifié entre-temps par votre binôme ou dans un autre onglet.',
      validation: 'Certaines informations ne conviennent pas. Corrigez les champs signalés.',
      invalidCharacter: 'Le texte contient un caractère invalide. Retirez-le puis réessayez.',
      vaultMissing: 'Créez d’abord votre coffre chiffré pour utiliser cette fonction.',
      tooLarge: 'Le fichier est trop volumineux.',
    },
    field: {
      invalid: 'Cette valeur ne convient pas.',
      missing: 'Ce champ est obligatoire.',
      tooLong: 'Ce texte est trop long.',
      tooSmall: 'Cette valeur est trop petite.',
      tooLarge: 'Cette valeur est trop grande.',
      number: 'Saisissez un nombre entier.',
      date: 'Saisissez une date valide.',
    },
  },
  dialog: {
    cancel: 'Annuler',
    close: 'Fermer',
    working: 'En cours…',
  },
  datetime: {
    at: '{{date}} à {{time}}',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours: '{{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}}',
  },
} as const

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const en: Widen<typeof fr> = {
  problem: {
    fallback: 'Something went wrong. Try again; if it persists, contact {{contact}}.',
    fallbackContact: 'your organisation’s program manager',
    details: 'Technical details (for support)',
    code: 'Code',
    status: 'HTTP status',
    reference: 'Reference',
    reload: 'Reload the latest version',
    kept: 'What you typed is kept below.',
    summary: 'Correct the flagged fields:',
    common: {
      network: 'The server does not answer. Check your connection, then try again.',
      signedOut: 'Your session has expired. Sign in again; what you typed is lost if you leave the page.',
      forbidden: 'You do not have access to this action.',
      rateLimited: 'Too many attempts. Wait a few minutes before trying again.',
      stale: 'This was changed in the meantime by your partner or in another tab.',
      validation: 'Some information does not fit. Correct the flagged fields.',
      invalidCharacter: 'The text contains an invalid character. Remove it and try again.',
      vaultMissing: 'Create your encrypted vault first to use this.',
      tooLarge: 'The file is too large.',
    },
    field: {
      invalid: 'This value does not fit.',
      missing: 'This field is required.',
      tooLong: 'This text is too long.',
      tooSmall: 'This value is too small.',
      tooLarge: 'This value is too large.',
      number: 'Enter a whole number.',
      date: 'Enter a valid date.',
    },
  },
  dialog: {
    cancel: 'Cancel',
    close: 'Close',
    working: 'Working…',
  },
  datetime: {
    at: '{{date}} at {{time}}',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours: '{{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}}',
  },
}
