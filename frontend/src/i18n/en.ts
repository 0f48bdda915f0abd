import { calendarEn as accountCalendar } from '@/features/account/calendarMessages'
import { en as mentorship } from '@/features/mentorship/messages'
import { en as myPrograms } from '@/features/my-programs/messages'
import { en as vault } from '@/features/vault/messages'
import { en as directory } from '@/features/directory/messages'
import { en as matchingReview } from '@/features/matching-review/messages'
import { en as pilotage } from '@/features/pilotage/messages'
import { en as programsAdmin } from '@/features/programs-admin/messages'
import { en as governance } from '@/features/governance/messages'
import { en as sso } from '@/features/sso/messages'
import { en as shared } from './shared'
import { en as notifications } from '@/features/notifications/messages'
import { en as passwordReset } from '@/features/password-reset/messages'
import type { Messages } from './types'

export const en: Messages = {
  common: {
    appName: 'Constel',
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
    required: 'required',
  },
  nav: {
    menu: 'Menu',
    label: 'Main navigation',
    home: 'Home',
    account: 'My account',
    signOut: 'Sign out',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  footer: {
    support: 'Need help? Contact {{organisation}} support:',
    supportMissing: 'For help, contact your organisation’s program manager.',
    tagline: 'Constel — mentoring programs',
  },
  roles: {
    platform_operator: 'Platform operator',
    org_admin: 'Organisation administrator',
    program_manager: 'Program manager',
    member: 'Participant',
  },
  auth: {
    title: 'Sign in',
    intro: 'Sign in to reach your mentoring programs.',
    email: 'Email address',
    password: 'Password',
    totpCode: 'Verification code',
    totpHint: 'The six-digit code shown by your authenticator app, or one of your recovery codes.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    signedOut: 'You are signed out.',
    sessionExpired: 'Your session has expired. Please sign in again.',
    errors: {
      invalid_credentials: 'Incorrect email address or password.',
      totp_required: 'Enter the verification code from your authenticator app.',
      totp_invalid: 'Incorrect verification code. Try again with the code shown.',
      recovery_code_invalid: 'This recovery code is wrong or has already been used.',
      too_many_attempts: 'Too many attempts. Try again in a few minutes.',
      too_many_attempts_seconds: 'Too many attempts. Try again in {{count}} seconds.',
      account_disabled: 'This account is disabled. Contact your organisation’s administrator.',
      sso_required:
        'Your organisation signs you in with its own account: clear the password and choose “Continue with my organisation’s account”.',
      generic: 'Sign-in failed. Try again in a moment.',
    },
    sso: {
      explain: 'Your organisation signs you in with its own account (for example your Microsoft, Keycloak or ProConnect account): there is no Constel password to type.',
      continue: 'Continue with my organisation’s account',
      vault: 'This sign-in does not unlock your vault: your passphrase is still asked for separately, and nobody else knows it.',
      usePassword: 'Sign in with a Constel password instead',
      breakGlass: 'Administrator emergency access',
    },
    validation: {
      email: 'Enter a valid email address.',
      password: 'Enter your password.',
      totpCode: 'Enter the six-digit code or a recovery code.',
    },
  },
  home: {
    title: 'Hello {{name}}',
    today: 'Today is {{date}}.',
    rolesLabel: 'Your roles:',
    admin: {
      programsTitle: 'Programs',
      programsEmpty:
        'Create and configure your mentoring programs, invite participants, review the matching, then follow their progress.',
      directoryTitle: 'Directory',
      directoryEmpty:
        'The staff directory, fed by your HRIS (SCIM or CSV import), with each person’s unit and management chain.',
    },
    todo: {
      title: 'To do now',
      nothing: 'Nothing is waiting for you right now. Your next sessions and your partner’s requests will show here.',
      invitation: 'You are invited to the program “{{program}}”.',
      invitationLink: 'Answer the invitation',
      questionnaire: 'Complete the questionnaire of “{{program}}” to be paired.',
      questionnaireLink: 'Complete the questionnaire',
      proposal: 'A pairing with {{name}} is proposed to you.',
      proposalLink: 'See the proposal',
      charter: 'Read and sign the mentoring charter (version {{version}}) to start.',
      charterLink: 'Read the charter',
      firstMeeting: 'Confirm your first meeting with {{name}}.',
      completion: '{{name}} proposes to end the mentorship.',
      nextSession: 'Next session with {{name}}: {{when}}.',
      overdue_one: 'One action of your plan is overdue.',
      overdue_other: '{{count}} actions of your plan are overdue.',
      open: 'Open the mentorship',
      allMentorships: 'See my mentorships',
    },
    member: {
      programsTitle: 'Your programs',
      programsEmpty: 'Your programs will appear here as soon as you are invited to a mentoring program.',
      mentorshipTitle: 'Your mentorship',
      mentorshipEmpty:
        'Your mentoring partner, sessions and objectives will appear here once you are matched.',
    },
    operator: {
      title: 'Organisations',
      empty: 'Organisation management is coming next.',
    },
  },
  account: {
    title: 'My account',
    profile: {
      title: 'Profile',
      name: 'Name',
      email: 'Email address',
      organisation: 'Organisation',
    },
    password: {
      title: 'Change password',
      current: 'Current password',
      new: 'New password',
      newHint: 'At least {{count}} characters.',
      confirm: 'Confirm the new password',
      submit: 'Change password',
      success: 'Your password has been changed.',
      errors: {
        wrong_password: 'The current password is incorrect.',
        validation_error: 'The new password does not meet the rules.',
        generic: 'The password change failed.',
      },
      validation: {
        current: 'Enter your current password.',
        tooShort: 'The new password must have at least {{count}} characters.',
        mismatch: 'The two passwords do not match.',
      },
    },
    totp: {
      title: 'Two-factor authentication',
      enabled: 'Two-factor authentication is enabled on your account.',
      disabled: 'Protect your account with a one-time code generated by an authenticator app.',
      required: 'Your organisation requires two-factor authentication for administrators.',
      start: 'Enable two-factor authentication',
      scan: 'Scan this QR code with your authenticator app.',
      qrLabel: 'Two-factor authentication setup QR code',
      secret: 'Or enter this key manually:',
      code: 'Six-digit code',
      confirm: 'Confirm activation',
      success: 'Two-factor authentication is enabled.',
      disabledNow: 'Two-factor authentication is turned off.',
      recovery: {
        keep: 'Here are your recovery codes. Keep them somewhere safe: each one signs you in once if you no longer have your phone. They will not be shown again.',
        listLabel: 'Recovery codes',
        left_one: 'You have {{count}} recovery code left.',
        left_other: 'You have {{count}} recovery codes left.',
      },
      manage: {
        code: 'Code from the app or recovery code',
        hint: 'Enter the code shown by your app. To turn it off, a recovery code also works.',
        regenerate: 'Make new recovery codes',
        disable: 'Turn off two-factor authentication',
        errors: {
          totp_invalid: 'Incorrect or already used code. Enter the code currently shown.',
          too_many_attempts: 'Too many tries. Wait a moment before trying again.',
          generic: 'That did not work.',
        },
        validation: {
          code: 'Enter the six-digit code or a recovery code.',
        },
      },
      errors: {
        totp_invalid: 'Incorrect code. Enter the code currently shown.',
        generic: 'Activation failed.',
      },
      validation: {
        code: 'The code has six digits.',
      },
    },
    sessions: {
      title: 'Sessions',
      description: 'Lost a device or forgot to sign out? Close all your open sessions.',
      signOutAll: 'Sign out everywhere',
      errors: {
        generic: 'Signing out of all sessions failed.',
      },
    },
    calendar: accountCalendar,
    data: {
      title: 'My personal data',
      intro:
        'Under the GDPR, you can get a copy of all the data Constel holds about you, and ask for it to be erased.',
      exportTitle: 'Download my data',
      exportDescription:
        'A machine-readable JSON file: profile, participations, questionnaire answers, mentorships, sessions, audit log. Your vault content is included encrypted, as the server stores it.',
      download: 'Download my data (JSON)',
      downloading: 'Preparing the file…',
      downloaded: 'The download of your data has started.',
      exportFailed: 'The download failed. Try again in a moment.',
      erasureTitle: 'Ask for my account to be erased',
      erasureDescription: 'Your request goes to your organisation’s administrators, who carry it out.',
      requestErasure: 'Ask for erasure…',
      confirmTitle: 'Confirm the erasure request',
      consequences: 'Once an administrator carries out the request:',
      consequence: {
        account: 'your account is pseudonymised: your name and email address disappear;',
        sessions: 'you are signed out everywhere and can no longer sign in;',
        vault: 'the content of your encrypted vault (objectives, notes, files) is deleted for good;',
        programs: 'your questionnaire answers are erased and your ongoing mentorships end; anonymous statistics remain.',
      },
      irreversible: 'This cannot be undone. Download your data first if you want to keep it.',
      confirm: 'Yes, ask for erasure',
      cancel: 'Cancel',
      requested: 'Your erasure request of {{date}} is recorded. An administrator of your organisation will carry it out.',
      alreadyRequested: 'You already asked for erasure: an administrator will carry it out.',
      erasureFailed: 'The erasure request failed. Try again.',
    },
  },
  programsAdmin, directory, matchingReview, pilotage, governance, notifications, passwordReset, sso,
  vault, myPrograms, mentorship,
  ...shared,
  error: {
    title: 'Something went wrong',
    code: 'Error code',
    status: 'Status',
    backHome: 'Back to home',
    retry: 'Try again',
    unexpected: 'An unexpected error occurred. If it persists, contact support.',
    notFoundTitle: 'Not found',
    notFoundDetail: 'What you are looking for does not exist or is not open to you. Go back home to find your programs and mentorships.',
    forbiddenTitle: 'Access denied',
    notFound: {
      title: 'Page not found',
      detail: 'This address does not match any Constel page.',
    },
  },
}
