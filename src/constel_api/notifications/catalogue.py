"""Every kind of notification: who it is for, its words in French and English, its link.

Words only take ``params`` that are identifiers, names of programs and people, dates and
counts: no participant content ever reaches a message (see tests/notifications).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    subject: str
    body: str
    action: str


@dataclass(frozen=True)
class Kind:
    """``reminder``: optional, one-click unsubscribable; everything else is mandatory."""

    path: str
    fr: Words
    en: Words
    reminder: bool = False


def _k(path: str, fr: tuple[str, str, str], en: tuple[str, str, str],
       reminder: bool = False) -> Kind:
    return Kind(path=path, fr=Words(*fr), en=Words(*en), reminder=reminder)


KINDS: dict[str, Kind] = {
    "program_invitation": _k(
        "/my-programs/{program_id}",
        ("Invitation au programme {program}",
         "Vous êtes invité·e à rejoindre le programme de mentorat « {program} ». "
         "Répondez avant le {deadline}.",
         "Voir l'invitation"),
        ("Invitation to the {program} program",
         "You are invited to join the mentoring program “{program}”. "
         "Please answer before {deadline}.",
         "See the invitation"),
    ),
    "invitation_expiring": _k(
        "/my-programs/{program_id}",
        ("Votre invitation expire bientôt",
         "Votre invitation au programme « {program} » expire le {deadline}.",
         "Répondre"),
        ("Your invitation expires soon",
         "Your invitation to the program “{program}” expires on {deadline}.",
         "Answer"),
        reminder=True,
    ),
    "match_proposed": _k(
        "/mentorships/{mentorship_id}",
        ("Un binôme vous est proposé",
         "Un binôme vous est proposé dans le programme « {program} » avec {other}. "
         "Répondez avant le {deadline}.",
         "Voir la proposition"),
        ("A mentoring pair is proposed to you",
         "A pair with {other} is proposed to you in the program “{program}”. "
         "Please answer before {deadline}.",
         "See the proposal"),
    ),
    "proposal_expiring": _k(
        "/mentorships/{mentorship_id}",
        ("Une proposition attend votre réponse",
         "La proposition de binôme du programme « {program} » expire le {deadline}.",
         "Répondre"),
        ("A proposal is waiting for your answer",
         "The pair proposal in the program “{program}” expires on {deadline}.",
         "Answer"),
        reminder=True,
    ),
    "proposal_expired": _k(
        "/my-programs/{program_id}",
        ("Proposition expirée",
         "La proposition de binôme du programme « {program} » a expiré sans réponse. "
         "L'équipe du programme vous proposera un autre binôme en priorité.",
         "Voir le programme"),
        ("Proposal expired",
         "The pair proposal in the program “{program}” expired without an answer. "
         "The program's team will propose another pair to you first.",
         "See the program"),
    ),
    "proposal_expired_admin": _k(
        "/programs/{program_id}/matching",
        ("Une proposition a expiré",
         "Une proposition de binôme du programme « {program} » a expiré : "
         "{mentee} revient dans la mise en relation, en priorité.",
         "Ouvrir la mise en relation"),
        ("A proposal expired",
         "A pair proposal in the program “{program}” expired: "
         "{mentee} is back in matching, with priority.",
         "Open matching"),
    ),
    "proposal_accepted": _k(
        "/mentorships/{mentorship_id}",
        ("Proposition acceptée",
         "{other} a accepté la proposition de binôme du programme « {program} ».",
         "Voir le binôme"),
        ("Proposal accepted",
         "{other} accepted the pair proposal in the program “{program}”.",
         "See the pair"),
    ),
    "proposal_refused": _k(
        "/my-programs/{program_id}",
        ("Proposition déclinée",
         "La proposition de binôme du programme « {program} » n'a pas été retenue. "
         "L'équipe du programme reviendra vers vous.",
         "Voir le programme"),
        ("Proposal declined",
         "The pair proposal in the program “{program}” was not taken up. "
         "The program's team will get back to you.",
         "See the program"),
    ),
    "charter_new_version": _k(
        "/my-programs/{program_id}",
        ("Nouvelle version de la charte",
         "La charte du programme « {program} » a changé (version {version}). "
         "Merci de la relire et de la signer.",
         "Lire la charte"),
        ("New version of the charter",
         "The charter of the program “{program}” changed (version {version}). "
         "Please read and sign it.",
         "Read the charter"),
    ),
    "session_scheduled": _k(
        "/mentorships/{mentorship_id}",
        ("Séance prévue le {date}",
         "{other} a prévu une séance le {date} à {time}.",
         "Voir la séance"),
        ("Session planned on {date}",
         "{other} planned a session on {date} at {time}.",
         "See the session"),
    ),
    "session_moved": _k(
        "/mentorships/{mentorship_id}",
        ("Séance déplacée au {date}",
         "{other} a déplacé une séance : elle a lieu le {date} à {time}.",
         "Voir la séance"),
        ("Session moved to {date}",
         "{other} moved a session: it now takes place on {date} at {time}.",
         "See the session"),
    ),
    "session_cancelled": _k(
        "/mentorships/{mentorship_id}",
        ("Séance du {date} annulée",
         "{other} a annulé la séance du {date} à {time}.",
         "Voir le binôme"),
        ("Session of {date} cancelled",
         "{other} cancelled the session of {date} at {time}.",
         "See the pair"),
    ),
    "session_reminder": _k(
        "/mentorships/{mentorship_id}",
        ("Rappel : séance demain à {time}",
         "Rappel : votre séance avec {other} a lieu le {date} à {time}.",
         "Voir la séance"),
        ("Reminder: session tomorrow at {time}",
         "Reminder: your session with {other} takes place on {date} at {time}.",
         "See the session"),
        reminder=True,
    ),
    "pair_no_session": _k(
        "/mentorships/{mentorship_id}",
        ("Pas de séance depuis {weeks} semaines",
         "Votre binôme avec {other} n'a pas eu de séance depuis {weeks} semaines. "
         "Et si vous en prévoyiez une ?",
         "Prévoir une séance"),
        ("No session for {weeks} weeks",
         "Your pair with {other} has had no session for {weeks} weeks. "
         "How about planning one?",
         "Plan a session"),
        reminder=True,
    ),
    "pair_at_risk": _k(
        "/programs/{program_id}/pilotage",
        ("Binôme sans séance depuis {weeks} semaines",
         "Le binôme {mentor} – {mentee} du programme « {program} » n'a pas eu de séance "
         "depuis {weeks} semaines.",
         "Ouvrir le pilotage"),
        ("Pair without a session for {weeks} weeks",
         "The pair {mentor} – {mentee} in the program “{program}” has had no session "
         "for {weeks} weeks.",
         "Open the dashboard"),
    ),
    "action_items_due": _k(
        "/mentorships/{mentorship_id}",
        ("Actions à échéance",
         "{count} action(s) de votre plan d'action arrivent à échéance le {date}.",
         "Voir le plan d'action"),
        ("Action items due",
         "{count} item(s) of your action plan are due on {date}.",
         "See the action plan"),
        reminder=True,
    ),
    "first_meeting_to_confirm": _k(
        "/mentorships/{mentorship_id}",
        ("Premier rendez-vous à confirmer",
         "Votre binôme avec {other} est actif. Après votre premier rendez-vous, "
         "confirmez-le dans Constel.",
         "Confirmer"),
        ("First meeting to confirm",
         "Your pair with {other} is active. After your first meeting, "
         "confirm it in Constel.",
         "Confirm"),
    ),
    "mentor_withdrew": _k(
        "/mentorships/{mentorship_id}",
        ("Votre binôme a pris fin",
         "Votre mentor·e s'est retiré·e du binôme du programme « {program} ». "
         "L'équipe du programme vous proposera un·e nouveau·elle mentor·e en priorité ; "
         "vous pouvez aussi y renoncer.",
         "Voir le binôme"),
        ("Your pair has ended",
         "Your mentor withdrew from the pair in the program “{program}”. "
         "The program's team will propose a new mentor to you first; you may also "
         "decline.",
         "See the pair"),
    ),
    "mentee_withdrew": _k(
        "/mentorships/{mentorship_id}",
        ("Votre binôme a pris fin",
         "Votre mentoré·e s'est retiré·e du binôme du programme « {program} ». "
         "Merci pour votre accompagnement.",
         "Voir le binôme"),
        ("Your pair has ended",
         "Your mentee withdrew from the pair in the program “{program}”. "
         "Thank you for your support.",
         "See the pair"),
    ),
    "pair_withdrawn_admin": _k(
        "/programs/{program_id}/pilotage",
        ("Un binôme a pris fin",
         "Dans le programme « {program} », le binôme {mentor} – {mentee} a pris fin : "
         "{mentee} s'est retiré·e.",
         "Ouvrir le pilotage"),
        ("A pair has ended",
         "In the program “{program}”, the pair {mentor} – {mentee} has ended: "
         "{mentee} withdrew.",
         "Open the dashboard"),
    ),
    "replacement_needed": _k(
        "/programs/{program_id}/matching",
        ("Un·e mentoré·e attend un·e nouveau·elle mentor·e",
         "Dans le programme « {program} », {mentee} attend un·e nouveau·elle mentor·e.",
         "Ouvrir la mise en relation"),
        ("A mentee is waiting for a new mentor",
         "In the program “{program}”, {mentee} is waiting for a new mentor.",
         "Open matching"),
    ),
    "program_ending": _k(
        "/mentorships/{mentorship_id}",
        ("Le programme {program} se termine le {date}",
         "Le programme « {program} » se termine le {date}. C'est le moment de faire le "
         "bilan avec {other} et de prévoir votre dernière séance.",
         "Voir le binôme"),
        ("The {program} program ends on {date}",
         "The program “{program}” ends on {date}. Now is the time to take stock with "
         "{other} and plan your last session.",
         "See the pair"),
        reminder=True,
    ),
    "program_closing": _k(
        "/mentorships/{mentorship_id}",
        ("Le programme {program} est terminé",
         "Le programme « {program} » est terminé, et votre binôme avec {other} aussi. "
         "Votre avis compte : donnez votre avis de fin de parcours dans Constel.",
         "Donner mon avis"),
        ("The {program} program has ended",
         "The program “{program}” has ended, and so has your pair with {other}. "
         "Your opinion matters: give your closing feedback in Constel.",
         "Give feedback"),
    ),
    "pair_completed": _k(
        "/mentorships/{mentorship_id}",
        ("Votre binôme est terminé",
         "Votre binôme avec {other} du programme « {program} » est terminé d'un commun "
         "accord. Votre avis compte : donnez votre avis de fin de parcours dans Constel.",
         "Donner mon avis"),
        ("Your pair is complete",
         "Your pair with {other} in the program “{program}” is complete, by mutual "
         "agreement. Your opinion matters: give your closing feedback in Constel.",
         "Give feedback"),
    ),
    "invitation_expired_admin": _k(
        "/programs/{program_id}",
        ("Invitations expirées sans réponse",
         "{count} invitation(s) au programme « {program} » ont expiré sans réponse.",
         "Voir le programme"),
        ("Invitations expired without an answer",
         "{count} invitation(s) to the program “{program}” expired without an answer.",
         "See the program"),
    ),
    "import_finished": _k(
        "/directory",
        ("Import de l'annuaire terminé",
         "L'import de l'annuaire est terminé : {created} création(s), {updated} mise(s) à "
         "jour, {deactivated} désactivation(s).",
         "Ouvrir l'annuaire"),
        ("Directory import finished",
         "The directory import is finished: {created} created, {updated} updated, "
         "{deactivated} deactivated.",
         "Open the directory"),
    ),
    # For exports prepared in the background; none is yet (the GDPR and KPI exports are
    # streamed while the person waits), so nothing emits it today.
    "export_ready": _k(
        "/account",
        ("Votre export est prêt",
         "L'export demandé le {date} est prêt à être téléchargé.",
         "Télécharger"),
        ("Your export is ready",
         "The export you asked for on {date} is ready to download.",
         "Download"),
    ),
}

# Account e-mails: sent by their own jobs, never listed in the app.
ACCOUNT_KINDS: dict[str, Kind] = {
    "password_reset": _k(
        "/reset-password?token={token}",
        ("Réinitialiser votre mot de passe",
         "Une réinitialisation du mot de passe de votre compte Constel a été demandée. "
         "Le lien est valable 30 minutes et ne sert qu'une fois. Si vous n'êtes pas à "
         "l'origine de cette demande, ignorez ce message. Réinitialiser le mot de passe "
         "n'ouvre jamais votre coffre : sa phrase de passe ne change pas.",
         "Choisir un nouveau mot de passe"),
        ("Reset your password",
         "Someone asked to reset the password of your Constel account. The link is valid "
         "for 30 minutes and works once. If it was not you, ignore this message. A "
         "password reset never opens your vault: its passphrase does not change.",
         "Choose a new password"),
    ),
    "password_set": _k(
        "/reset-password?token={token}&welcome=1",
        ("Bienvenue sur Constel",
         "Un compte Constel a été créé pour vous. Choisissez votre mot de passe avec le "
         "lien ci-dessous (valable 7 jours, utilisable une fois).",
         "Choisir mon mot de passe"),
        ("Welcome to Constel",
         "A Constel account was created for you. Choose your password with the link "
         "below (valid for 7 days, works once).",
         "Choose my password"),
    ),
    "digest": _k(
        "/",
        ("Vos rappels du jour",
         "Vous avez {count} rappel(s) en attente dans Constel.",
         "Ouvrir Constel"),
        ("Your reminders of the day",
         "You have {count} reminder(s) waiting in Constel.",
         "Open Constel"),
        reminder=True,
    ),
}


def kind(name: str) -> Kind:
    return KINDS.get(name) or ACCOUNT_KINDS[name]
