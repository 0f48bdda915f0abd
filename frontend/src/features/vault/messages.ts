export const fr = {
  title: 'Mon coffre chiffré',
  intro:
    'Vos objectifs, comptes rendus et notes sont chiffrés dans votre navigateur : ni le serveur ni les administrateurs ne peuvent les lire.',
  setupTitle: 'Créer mon coffre',
  setupExplain:
    'Choisissez une phrase secrète de coffre. Elle est différente de votre mot de passe de connexion et ne quitte jamais votre navigateur : personne ne pourra la réinitialiser pour vous.',
  passphrase: 'Phrase secrète du coffre',
  passphraseHint: 'Au moins 12 caractères ; une phrase de plusieurs mots est plus facile à retenir.',
  passphraseConfirm: 'Confirmez la phrase secrète',
  tooShort: 'La phrase secrète doit contenir au moins 12 caractères.',
  mismatch: 'Les deux phrases ne correspondent pas.',
  create: 'Créer mon coffre',
  creating: 'Création des clés…',
  recoveryTitle: 'Votre clé de secours',
  recoveryExplain:
    'Notez cette clé et gardez-la en lieu sûr. Elle ne sera plus jamais affichée. Sans elle ni votre phrase secrète, votre contenu chiffré est perdu.',
  recoveryLabel: 'Clé de secours',
  recoveryConfirm: 'J’ai noté ma clé de secours en lieu sûr',
  recoveryDone: 'Continuer',
  unlockTitle: 'Déverrouiller mon coffre',
  unlockExplain: 'Saisissez la phrase secrète de votre coffre (pas votre mot de passe de connexion).',
  unlock: 'Déverrouiller',
  unlocking: 'Déverrouillage…',
  useRecovery: 'Utiliser ma clé de secours',
  usePassphrase: 'Utiliser ma phrase secrète',
  recoveryInput: 'Clé de secours (CR1-…)',
  unlockFailed: 'Impossible de déverrouiller le coffre : vérifiez la phrase secrète ou la clé de secours.',
  setupFailed: 'La création du coffre a échoué. Réessayez.',
  unlocked: 'Votre coffre est déverrouillé. Il se verrouille à la déconnexion.',
  lock: 'Verrouiller maintenant',
  back: 'Retour',
} as const

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const en: Widen<typeof fr> = {
  title: 'My encrypted vault',
  intro:
    'Your objectives, reports and notes are encrypted in your browser: neither the server nor the administrators can read them.',
  setupTitle: 'Create my vault',
  setupExplain:
    'Choose a vault passphrase. It is different from your sign-in password and never leaves your browser: nobody can reset it for you.',
  passphrase: 'Vault passphrase',
  passphraseHint: 'At least 12 characters; a phrase of several words is easier to remember.',
  passphraseConfirm: 'Confirm the passphrase',
  tooShort: 'The passphrase must have at least 12 characters.',
  mismatch: 'The two passphrases do not match.',
  create: 'Create my vault',
  creating: 'Creating keys…',
  recoveryTitle: 'Your recovery key',
  recoveryExplain:
    'Write this key down and keep it safe. It will never be shown again. Without it or your passphrase, your encrypted content is lost.',
  recoveryLabel: 'Recovery key',
  recoveryConfirm: 'I have written my recovery key down in a safe place',
  recoveryDone: 'Continue',
  unlockTitle: 'Unlock my vault',
  unlockExplain: 'Enter your vault passphrase (not your sign-in password).',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  useRecovery: 'Use my recovery key',
  usePassphrase: 'Use my passphrase',
  recoveryInput: 'Recovery key (CR1-…)',
  unlockFailed: 'Could not unlock the vault: check the passphrase or the recovery key.',
  setupFailed: 'Creating the vault failed. Try again.',
  unlocked: 'Your vault is unlocked. It locks when you sign out.',
  lock: 'Lock now',
  back: 'Back',
}
