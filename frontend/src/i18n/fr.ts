import { calendarFr as accountCalendar } from '@/features/account/calendarMessages'
import { fr as mentorship } from '@/features/mentorship/messages'
import { fr as myPrograms } from '@/features/my-programs/messages'
import { fr as vault } from '@/features/vault/messages'
import { fr as directory } from '@/features/directory/messages'
import { fr as matchingReview } from '@/features/matching-review/messages'
import { fr as pilotage } from '@/features/pilotage/messages'
import { fr as programsAdmin } from '@/features/programs-admin/messages'
import { fr as governance } from '@/features/governance/messages'
import { fr as sso } from '@/features/sso/messages'
import { fr as shared } from './shared'
import { fr as notifications } from '@/features/notifications/messages'
import { fr as passwordReset } from '@/features/password-reset/messages'

/** French is the reference language: every key lives here first. */
export const fr = {
  common: {
    appName: 'Constel',
    loading: 'Chargement…',
    skipToContent: 'Aller au contenu principal',
    required: 'obligatoire',
  },
  nav: {
    menu: 'Menu',
    label: 'Navigation principale',
    home: 'Accueil',
    account: 'Mon compte',
    signOut: 'Se déconnecter',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  footer: {
    support: 'Besoin d’aide ? Contactez le support de {{organisation}} :',
    supportMissing: 'Pour toute aide, contactez le responsable du programme de votre organisation.',
    tagline: 'Constel — programmes de mentorat',
  },
  roles: {
    platform_operator: 'Opérateur de la plateforme',
    org_admin: 'Administrateur de l’organisation',
    program_manager: 'Responsable de programme',
    member: 'Participant',
  },
  auth: {
    title: 'Connexion',
    intro: 'Connectez-vous pour accéder à vos programmes de mentorat.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    totpCode: 'Code de vérification',
    totpHint: 'Le code à six chiffres affiché par votre application d’authentification, ou l’un de vos codes de secours.',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    signedOut: 'Vous êtes déconnecté.',
    sessionExpired: 'Votre session a expiré. Reconnectez-vous.',
    errors: {
      invalid_credentials: 'Adresse e-mail ou mot de passe incorrect.',
      totp_required: 'Saisissez le code de vérification de votre application d’authentification.',
      totp_invalid: 'Code de vérification incorrect. Réessayez avec le code affiché.',
      recovery_code_invalid: 'Ce code de secours est incorrect ou a déjà servi.',
      too_many_attempts: 'Trop de tentatives. Réessayez dans quelques minutes.',
      too_many_attempts_seconds: 'Trop de tentatives. Réessayez dans {{count}} secondes.',
      account_disabled: 'Ce compte est désactivé. Contactez l’administrateur de votre organisation.',
      sso_required:
        'Votre organisation vous connecte avec son propre compte : effacez le mot de passe et choisissez « Continuer avec le compte de mon organisation ».',
      generic: 'La connexion a échoué. Réessayez dans un instant.',
    },
    sso: {
      explain: 'Votre organisation vous connecte avec son propre compte (par exemple votre compte Microsoft, Keycloak ou ProConnect) : vous n’avez pas de mot de passe Constel à saisir.',
      continue: 'Continuer avec le compte de mon organisation',
      vault: 'Cette connexion ne déverrouille pas votre coffre : votre phrase secrète reste demandée à part, et personne d’autre ne la connaît.',
      usePassword: 'Me connecter plutôt avec un mot de passe Constel',
      breakGlass: 'Accès de secours de l’administrateur',
    },
    validation: {
      email: 'Saisissez une adresse e-mail valide.',
      password: 'Saisissez votre mot de passe.',
      totpCode: 'Saisissez le code à six chiffres ou un code de secours.',
    },
  },
  home: {
    title: 'Bonjour {{name}}',
    today: 'Nous sommes le {{date}}.',
    rolesLabel: 'Vos rôles :',
    admin: {
      programsTitle: 'Programmes',
      programsEmpty:
        'Créez et configurez vos programmes de mentorat, invitez les participants, validez la mise en relation, puis suivez leur pilotage.',
      directoryTitle: 'Annuaire',
      directoryEmpty:
        'L’annuaire des collaborateurs, alimenté par votre SIRH (SCIM ou import CSV), avec leur unité et leur chaîne managériale.',
    },
    todo: {
      title: 'À faire maintenant',
      nothing: 'Rien ne vous attend pour l’instant. Vos prochaines séances et les demandes de votre binôme apparaîtront ici.',
      invitation: 'Vous êtes invité·e au programme « {{program}} ».',
      invitationLink: 'Répondre à l’invitation',
      questionnaire: 'Complétez le questionnaire du programme « {{program}} » pour être mis·e en relation.',
      questionnaireLink: 'Compléter le questionnaire',
      proposal: 'Un binôme vous est proposé avec {{name}}.',
      proposalLink: 'Voir la proposition',
      charter: 'Lisez et signez la charte du mentorat (version {{version}}) pour démarrer.',
      charterLink: 'Lire la charte',
      firstMeeting: 'Confirmez votre première rencontre avec {{name}}.',
      completion: '{{name}} propose de terminer le mentorat.',
      nextSession: 'Prochaine séance avec {{name}} : {{when}}.',
      overdue_one: 'Une action de votre plan est en retard.',
      overdue_other: '{{count}} actions de votre plan sont en retard.',
      open: 'Ouvrir le mentorat',
      allMentorships: 'Voir mes mentorats',
    },
    member: {
      programsTitle: 'Vos programmes',
      programsEmpty:
        'Vos programmes apparaîtront ici dès que vous serez invité à un programme de mentorat.',
      mentorshipTitle: 'Votre mentorat',
      mentorshipEmpty:
        'Votre binôme, vos séances et vos objectifs apparaîtront ici une fois la mise en relation faite.',
    },
    operator: {
      title: 'Organisations',
      empty: 'La gestion des organisations arrive prochainement.',
    },
  },
  account: {
    title: 'Mon compte',
    profile: {
      title: 'Profil',
      name: 'Nom',
      email: 'Adresse e-mail',
      organisation: 'Organisation',
    },
    password: {
      title: 'Changer de mot de passe',
      current: 'Mot de passe actuel',
      new: 'Nouveau mot de passe',
      newHint: 'Au moins {{count}} caractères.',
      confirm: 'Confirmez le nouveau mot de passe',
      submit: 'Changer le mot de passe',
      success: 'Votre mot de passe a été changé.',
      errors: {
        wrong_password: 'Le mot de passe actuel est incorrect.',
        validation_error: 'Le nouveau mot de passe ne respecte pas les règles.',
        generic: 'Le changement de mot de passe a échoué.',
      },
      validation: {
        current: 'Saisissez votre mot de passe actuel.',
        tooShort: 'Le nouveau mot de passe doit comporter au moins {{count}} caractères.',
        mismatch: 'Les deux mots de passe ne correspondent pas.',
      },
    },
    totp: {
      title: 'Double authentification',
      enabled: 'La double authentification est activée sur votre compte.',
      disabled:
        'Protégez votre compte avec un code à usage unique généré par une application d’authentification.',
      required: 'Votre organisation demande la double authentification pour les administrateurs.',
      start: 'Activer la double authentification',
      scan: 'Scannez ce QR code avec votre application d’authentification.',
      qrLabel: 'QR code de configuration de la double authentification',
      secret: 'Ou saisissez cette clé manuellement :',
      code: 'Code à six chiffres',
      confirm: 'Confirmer l’activation',
      success: 'La double authentification est activée.',
      disabledNow: 'La double authentification est désactivée.',
      recovery: {
        keep: 'Voici vos codes de secours. Conservez-les en lieu sûr : chacun permet de vous connecter une fois si vous n’avez plus votre téléphone. Ils ne seront plus affichés.',
        listLabel: 'Codes de secours',
        left_one: 'Il vous reste {{count}} code de secours.',
        left_other: 'Il vous reste {{count}} codes de secours.',
      },
      manage: {
        code: 'Code de l’application ou code de secours',
        hint: 'Saisissez le code affiché par votre application. Pour désactiver, un code de secours convient aussi.',
        regenerate: 'Générer de nouveaux codes de secours',
        disable: 'Désactiver la double authentification',
        errors: {
          totp_invalid: 'Code incorrect ou déjà utilisé. Saisissez le code actuellement affiché.',
          too_many_attempts: 'Trop d’essais. Patientez un moment avant de réessayer.',
          generic: 'L’opération a échoué.',
        },
        validation: {
          code: 'Saisissez le code à six chiffres ou un code de secours.',
        },
      },
      errors: {
        totp_invalid: 'Code incorrect. Saisissez le code actuellement affiché.',
        generic: 'L’activation a échoué.',
      },
      validation: {
        code: 'Le code comporte six chiffres.',
      },
    },
    sessions: {
      title: 'Sessions',
      description:
        'Vous avez perdu un appareil ou oublié de vous déconnecter ? Fermez toutes vos sessions ouvertes.',
      signOutAll: 'Se déconnecter partout',
      errors: {
        generic: 'La déconnexion de toutes les sessions a échoué.',
      },
    },
    calendar: accountCalendar,
    data: {
      title: 'Mes données personnelles',
      intro:
        'Conformément au RGPD, vous pouvez obtenir une copie de toutes les données que Constel détient sur vous, et demander leur effacement.',
      exportTitle: 'Télécharger mes données',
      exportDescription:
        'Un fichier JSON lisible par une machine : profil, participations, réponses aux questionnaires, mentorats, séances, journal d’audit. Le contenu de votre coffre y figure chiffré, tel que le serveur le stocke.',
      download: 'Télécharger mes données (JSON)',
      downloading: 'Préparation du fichier…',
      downloaded: 'Le téléchargement de vos données a commencé.',
      exportFailed: 'Le téléchargement a échoué. Réessayez dans un instant.',
      erasureTitle: 'Demander l’effacement de mon compte',
      erasureDescription:
        'Votre demande est transmise aux administrateurs de votre organisation, qui l’exécutent.',
      requestErasure: 'Demander l’effacement…',
      confirmTitle: 'Confirmer la demande d’effacement',
      consequences: 'Une fois la demande exécutée par un administrateur :',
      consequence: {
        account: 'votre compte est pseudonymisé : votre nom et votre adresse e-mail disparaissent ;',
        sessions: 'vous êtes déconnecté·e partout et ne pouvez plus vous connecter ;',
        vault: 'le contenu de votre coffre chiffré (objectifs, notes, fichiers) est supprimé définitivement ;',
        programs: 'vos réponses aux questionnaires sont effacées et vos mentorats en cours prennent fin ; les statistiques anonymes restent.',
      },
      irreversible: 'Cette action est irréversible. Téléchargez vos données avant si vous souhaitez les conserver.',
      confirm: 'Oui, demander l’effacement',
      cancel: 'Annuler',
      requested: 'Votre demande d’effacement du {{date}} est enregistrée. Un administrateur de votre organisation va l’exécuter.',
      alreadyRequested: 'Vous avez déjà demandé l’effacement : un administrateur va l’exécuter.',
      erasureFailed: 'La demande d’effacement a échoué. Réessayez.',
    },
  },
  programsAdmin, directory, matchingReview, pilotage, governance, notifications, passwordReset, sso,
  vault, myPrograms, mentorship,
  ...shared,
  error: {
    title: 'Une erreur est survenue',
    code: 'Code de l’erreur',
    status: 'Statut',
    backHome: 'Retour à l’accueil',
    retry: 'Réessayer',
    unexpected: 'Une erreur inattendue est survenue. Si elle persiste, contactez le support.',
    notFoundTitle: 'Introuvable',
    notFoundDetail: 'Ce que vous cherchez n’existe pas ou ne vous est pas accessible. Revenez à l’accueil pour retrouver vos programmes et vos mentorats.',
    forbiddenTitle: 'Accès refusé',
    notFound: {
      title: 'Page introuvable',
      detail: 'Cette adresse ne correspond à aucune page de Constel.',
    },
  },
} as const
