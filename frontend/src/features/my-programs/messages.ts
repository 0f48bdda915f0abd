export const fr = {
  title: 'Mes programmes',
  empty: 'Aucun programme ouvert pour vous en ce moment.',
  state: 'Ma participation :',
  notEnrolled: 'non inscrit·e',
  states: {
    invited: 'invité·e',
    applied: 'inscrit·e, questionnaire à compléter',
    eligible: 'inscrit·e',
    ineligible: 'non éligible',
    declined: 'invitation déclinée',
    active: 'en binôme',
    withdrawn: 'retiré·e',
  },
  acceptInvitation: 'Accepter l’invitation',
  declineInvitation: 'Décliner l’invitation',
  declineExplain: 'Décliner n’a pas à être justifié.',
  applyAs: 'M’inscrire comme {{role}}',
  roles: { mentor: 'mentor', mentee: 'mentoré·e' },
  answersNotice:
    'Les réponses au questionnaire servent à former les binômes : les administrateurs du programme peuvent les lire. N’y écrivez rien de confidentiel.',
  charter: 'Charte version {{version}}',
  signCharter: 'Signer la charte en vigueur',
  charterSigned: 'Vous avez signé la charte en vigueur.',
  failed: 'L’action a échoué. Réessayez.',
} as const

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export const en: Widen<typeof fr> = {
  title: 'My programs',
  empty: 'No program is open to you right now.',
  state: 'My participation:',
  notEnrolled: 'not enrolled',
  states: {
    invited: 'invited',
    applied: 'enrolled, questionnaire to complete',
    eligible: 'enrolled',
    ineligible: 'not eligible',
    declined: 'invitation declined',
    active: 'paired',
    withdrawn: 'withdrawn',
  },
  acceptInvitation: 'Accept the invitation',
  declineInvitation: 'Decline the invitation',
  declineExplain: 'Declining needs no reason.',
  applyAs: 'Enrol as {{role}}',
  roles: { mentor: 'mentor', mentee: 'mentee' },
  answersNotice:
    'Questionnaire answers are used to form pairs: the program’s administrators can read them. Do not write anything confidential.',
  charter: 'Charter version {{version}}',
  signCharter: 'Sign the current charter',
  charterSigned: 'You signed the current charter.',
  failed: 'The action failed. Try again.',
}
