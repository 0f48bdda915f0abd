// The whole life of a pair in the browser, two contexts (mentor, mentee) against a live API:
// first meeting, a séance at 14:00 shown at 14:00 with its video link and in the month view,
// the mentee's preparation, a report edited twice, an action item, an objective achieved,
// a 5 MB document uploaded with a progress bar and downloaded identical, a small one dropped
// and deleted, an introduction, the private-topic consent, a private note, feedback both ways,
// completion by both; a second pair ends with the mentor's withdrawal through the dialog.
// Then a direct scan of the database and of every network response finds none of the texts
// typed in the browser. Each screen is checked by axe-core and photographed at 1280×900 and
// 390×844 (no horizontal overflow on a phone).
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { expectAccessible, openPage, screenshot } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const TAG = `canari${Date.now().toString(36)}`
const text = (what) => `${what} ${TAG}`
const live = useLiveApp({ password: PASSWORD })

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

/** axe-core and a screenshot at both widths; on the phone nothing may overflow sideways. */
async function shoot(page, name) {
  await expectAccessible(page, `${name} (1280)`)
  await screenshot(page, `${name}-1280`)
  await page.setViewportSize(PHONE)
  await page.waitForTimeout(150)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  assert.ok(overflow <= 0, `${name}: the page overflows sideways by ${overflow}px at 390 px`)
  await expectAccessible(page, `${name} (390)`)
  await screenshot(page, `${name}-390`)
  await page.setViewportSize(DESKTOP)
}

async function signIn(page, email) {
  await page.goto('/sign-in')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('link', { name: 'Mes mentorats', exact: true }).waitFor()
}

async function setUpVault(page, passphrase) {
  await page.getByRole('link', { name: 'Mon coffre chiffré' }).click()
  await page.getByRole('heading', { name: 'Créer mon coffre' }).waitFor()
  await page.getByLabel('Phrase secrète du coffre', { exact: true }).fill(passphrase)
  await page.getByLabel('Confirmez la phrase secrète').fill(passphrase)
  await page.getByRole('button', { name: 'Créer mon coffre' }).click()
  const key = page.getByTestId('recovery-key')
  await key.waitFor({ timeout: 60_000 })
  // Kept and checked: its last group typed back (e2e/vault.test.mjs covers copy, .txt and print).
  await page.getByLabel(/saisissez le dernier groupe/).fill(((await key.textContent()) ?? '').slice(-4))
  await page.getByRole('button', { name: 'Continuer' }).click()
}

async function acceptAndSign(page) {
  await page.getByRole('link', { name: 'Accueil' }).click()
  await page.getByText(/Un binôme vous est proposé avec/).waitFor()
  await page.getByRole('link', { name: 'Voir la proposition' }).click()
  await page.getByTestId('partner-profile').waitFor()
  await page.getByRole('button', { name: 'Accepter' }).click()
  await page.getByRole('button', { name: 'Accepter' }).waitFor({ state: 'detached' })
  await page.getByRole('region', { name: /Texte de la charte, version/ }).waitFor()
  await page.getByRole('button', { name: 'Je signe' }).click()
  await page.getByRole('button', { name: 'Je signe' }).waitFor({ state: 'detached' })
}

/** Reload the pair space (to see the partner's changes); the tab's vault session survives a
 * reload, so the passphrase is asked only when that session is gone. */
async function reopen(page, passphrase) {
  await page.reload()
  const safety = page.getByTestId('safety-number')
  const restored = await safety.waitFor({ timeout: 20_000 }).then(() => true, () => false)
  if (!restored) {
    await page.getByRole('link', { name: 'Ouvrir mon coffre' }).click()
    await page.getByLabel('Phrase secrète du coffre').fill(passphrase)
    await page.getByRole('button', { name: 'Déverrouiller' }).click()
  }
  await safety.waitFor({ timeout: 60_000 })
}

/** Press Tab (or Shift+Tab) until the focused control has this accessible name; fails after 80 presses. */
async function tabTo(page, name, back = false) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const current = await page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body) return ''
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? ''
      return label.replace(/\s+/g, ' ').trim()
    })
    if (current === name) return
  }
  throw new Error(`the keyboard never reached "${name}"`)
}

/** Every response body a context receives, to look for plaintext afterwards. */
function recordResponses(context) {
  const bodies = []
  context.on('response', async (response) => {
    try {
      bodies.push({ url: response.url(), body: await response.body() })
    } catch {
      // redirects and aborted requests have no body
    }
  })
  return bodies
}

const dayAt = (offsetDays, hhmm) => {
  const d = new Date(Date.now() + offsetDays * 24 * 3600 * 1000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${hhmm}`
}

function psql(databaseUrl, sql) {
  const name = databaseUrl.split('/').pop()
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', name, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], { encoding: 'utf8' })
}

describe('pair space', () => {
  test('a pair runs its whole mentorship in the browser; a second one ends with a withdrawal', async () => {
    assert.ok(live.api.databaseUrl, 'the journey needs the PostgreSQL database to scan')
    // A second proposed pair, as the program manager's matching would publish it.
    psql(
      live.api.databaseUrl,
      `insert into mentorships (id, organisation_id, program_id, mentor_id, mentee_id, status, origin, needs_attention, version)
       select gen_random_uuid(), p.organisation_id, p.id, a.id, b.id, 'proposed', 'matching', false, 1
       from programs p, people a, people b where a.email = 'mentor2@demo.constel.fr' and b.email = 'mentee2@demo.constel.fr'`,
    )
    const mentor = await openPage(live.browser, live.api.url)
    const mentee = await openPage(live.browser, live.api.url)
    const bodies = [...[mentor, mentee].map((p) => recordResponses(p.context))]
    const M = mentor.page
    const E = mentee.page
    const typed = []
    const type = async (locator, value) => {
      typed.push(value)
      await locator.fill(value)
    }
    try {
      await signIn(M, 'mentor1@demo.constel.fr')
      await signIn(E, 'mentee1@demo.constel.fr')
      await setUpVault(M, 'phrase du coffre de Claire')
      await setUpVault(E, 'phrase du coffre de Lucas')
      await acceptAndSign(M)
      await acceptAndSign(E)
      await reopen(M, 'phrase du coffre de Claire')
      await M.getByRole('button', { name: 'Je confirme la première rencontre' }).click()
      await M.getByText('Première rencontre confirmée.').waitFor()

      // A séance tomorrow at 14:00 by video, with its (encrypted) link.
      await M.getByLabel('Date et heure').fill(dayAt(1, '14:00'))
      await M.getByLabel('Format').selectOption('video')
      const link = `https://visio.example.fr/salle-${TAG}`
      await type(M.getByLabel('Lieu ou lien de visio (facultatif)'), link)
      await M.getByRole('button', { name: 'Planifier la séance' }).click()
      const tomorrow = M.getByTestId('session').filter({ hasText: /à 14\u00a0h\u00a000/ })
      await tomorrow.getByText(/à 14\u00a0h\u00a000/).waitFor()
      await tomorrow.getByRole('link', { name: link }).waitFor()
      await M.getByTestId('month-view').getByRole('link', { name: /à 14\sh\s00, Planifiée/ }).waitFor()
      // A séance yesterday, to be marked held and reported.
      await M.getByLabel('Date et heure').fill(dayAt(-1, '10:00'))
      await M.getByRole('button', { name: 'Planifier la séance' }).click()
      await M.getByTestId('session').filter({ hasText: /à 10\u00a0h\u00a000/ }).waitFor()
      // Marking tomorrow's séance held is refused in words.
      await tomorrow.getByRole('button', { name: 'Marquer tenue' }).click()
      await M.getByText(/La séance n’a pas encore eu lieu/).waitFor()

      // A third séance is moved, then cancelled through the dialog.
      await M.getByLabel('Date et heure').fill(dayAt(2, '16:00'))
      await M.getByRole('button', { name: 'Planifier la séance' }).click()
      const third = M.getByTestId('session').filter({ hasText: /à 16\u00a0h\u00a000/ })
      await third.getByRole('button', { name: 'Déplacer' }).click()
      await third.getByLabel('Date et heure').fill(dayAt(2, '17:30'))
      await third.getByLabel('Format').selectOption('in_person')
      await type(third.getByLabel('Lieu ou lien de visio (facultatif)'), text('Salle Vauban, 3e étage'))
      await third.getByRole('button', { name: 'Enregistrer le nouvel horaire' }).click()
      const moved = M.getByTestId('session').filter({ hasText: /à 17\u00a0h\u00a030/ })
      await moved.getByText(text('Salle Vauban, 3e étage')).waitFor()
      await moved.getByText(/En présentiel/).waitFor()
      await moved.getByRole('button', { name: 'Annuler la séance' }).click()
      const cancel = M.getByRole('alertdialog', { name: /Annuler la séance du/ })
      await cancel.getByText(/Votre binôme verra que vous l’avez annulée/).waitFor()
      await cancel.getByRole('button', { name: 'Oui, annuler la séance' }).click()
      await moved.getByText('Annulée', { exact: true }).waitFor()

      // The mentee prepares tomorrow's séance.
      await reopen(E, 'phrase du coffre de Lucas')
      const prep = E.getByTestId('session').filter({ hasText: /à 14\u00a0h\u00a000/ }).getByRole('form', { name: 'Préparation de la séance' })
      await type(prep.getByLabel('Ce que je souhaite aborder'), text('Parler de ma prise de poste'))
      await type(prep.getByLabel('Questions ou points précis (facultatif)'), text('Comment déléguer ?'))
      await prep.getByRole('button', { name: 'Enregistrer ma préparation' }).click()
      await E.getByText('Préparation enregistrée et chiffrée.').waitFor()
      // She adds an action item and an objective, and moves the objective on.
      await type(E.getByLabel('Action à mener'), text('Préparer la présentation'))
      await E.getByRole('button', { name: 'Ajouter l’action' }).click()
      await E.getByTestId('action-item').first().waitFor()
      await type(E.getByLabel('Intitulé de l’objectif'), text('Prendre la parole en comité'))
      await E.getByRole('button', { name: 'Ajouter l’objectif' }).click()
      await E.getByText(text('Prendre la parole en comité')).waitFor()
      await E.getByRole('button', { name: 'Passer à « Atteint »' }).click()
      await E.getByText('Atteint', { exact: true }).first().waitFor()
      await shoot(E, 'pair-space-mentee')

      // The mentor reads the preparation, marks yesterday held and writes the report, twice.
      await reopen(M, 'phrase du coffre de Claire')
      await M.getByTestId('session-preparation').getByText(text('Parler de ma prise de poste')).waitFor()
      const past = M.getByTestId('session').filter({ hasText: /à 10\u00a0h\u00a000/ })
      await past.getByRole('button', { name: 'Marquer tenue' }).click()
      await past.getByText('Tenue', { exact: true }).waitFor()
      await type(past.getByLabel('Compte rendu (chiffré)'), text('Première version du compte rendu'))
      await past.getByRole('button', { name: 'Enregistrer le compte rendu' }).click()
      await past.getByText(/version 1, enregistrée le/).waitFor()
      await past.getByRole('button', { name: 'Modifier le compte rendu' }).click()
      await type(past.getByLabel('Compte rendu (chiffré)'), text('Deuxième version du compte rendu'))
      await past.getByRole('button', { name: 'Enregistrer le compte rendu' }).click()
      await past.getByText(/version 2, enregistrée le/).waitFor()
      await past.getByText(text('Deuxième version du compte rendu')).waitFor()
      // He ticks the mentee's action item done and reads the achieved objective.
      await M.getByTestId('action-item').first().getByRole('checkbox').click()
      await M.getByTestId('action-item').first().getByText('Faite', { exact: true }).waitFor()
      await M.getByText(text('Prendre la parole en comité')).waitFor()

      // A 5 MB document, uploaded with a progress bar.
      const big = Buffer.concat([Buffer.from(`${TAG} début du document\n`), randomBytes(5 * 1024 * 1024 - 64), Buffer.from(`\nfin ${TAG}`)])
      await M.evaluate(() => {
        // Every value the progress bar takes while the file is encrypted and sent.
        globalThis.progressSeen = []
        new MutationObserver(() => {
          const bar = document.querySelector('[data-testid=upload-progress] progress')
          if (bar) globalThis.progressSeen.push(Number(bar.getAttribute('value')))
        }).observe(document.body, { subtree: true, childList: true, attributes: true })
      })
      await M.getByLabel('Choisir un fichier').setInputFiles({ name: 'support-de-formation.pdf', mimeType: 'application/pdf', buffer: big })
      await M.getByText('« support-de-formation.pdf » est partagé avec votre binôme.').waitFor({ timeout: 180_000 })
      const seen = await M.evaluate(() => globalThis.progressSeen)
      assert.ok(seen.some((v) => v > 0 && v < 100), `the progress bar moved (${[...new Set(seen)].join(', ')})`)
      await M.getByTestId('resource').filter({ hasText: 'support-de-formation.pdf' }).getByText(/5\sMo/).waitFor()
      // A small one dropped on the drop zone, then deleted through the dialog.
      const dropped = await M.evaluateHandle((tag) => {
        const dt = new DataTransfer()
        dt.items.add(new File([`notes de lecture ${tag}`], 'notes.txt', { type: 'text/plain' }))
        return dt
      }, TAG)
      await M.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: dropped })
      await M.getByText('« notes.txt » est partagé avec votre binôme.').waitFor({ timeout: 60_000 })
      const small = M.getByTestId('resource').filter({ hasText: 'notes.txt' })
      await small.getByRole('button', { name: 'Supprimer' }).click()
      const del = M.getByRole('alertdialog', { name: 'Supprimer « notes.txt » ?' })
      await del.getByRole('button', { name: 'Supprimer le document' }).click()
      await small.waitFor({ state: 'detached' })

      // An introduction and a consent request, a private note, and ongoing feedback.
      await type(M.getByLabel('Personne à rencontrer'), text('Marie Dupont, cheffe de projet RH'))
      await type(M.getByLabel('Pourquoi cette rencontre (facultatif)'), text('Elle a mené la même réorganisation'))
      await M.getByRole('button', { name: 'Proposer la mise en relation' }).click()
      await M.getByText('Mise en relation proposée.').waitFor()
      await type(M.getByLabel('Sujet que vous souhaitez aborder'), text('conciliation vie professionnelle et familiale'))
      await M.getByRole('button', { name: 'Demander son accord' }).click()
      await M.getByText(/Demande enregistrée/).waitFor()
      await type(M.getByLabel('Nouvelle note'), text('Penser à lui parler du réseau des cadres'))
      await M.getByRole('button', { name: 'Enregistrer la note' }).click()
      await M.getByTestId('private-note').getByText(text('Penser à lui parler du réseau des cadres')).waitFor()
      await M.getByRole('radio', { name: /^4/ }).check()
      await type(M.getByLabel('Votre avis (facultatif)'), text('Des échanges riches'))
      await M.getByRole('button', { name: 'Envoyer mon avis' }).click()
      await M.getByText('Avis enregistré.').waitFor()
      await shoot(M, 'pair-space-mentor')

      // The mentee: the document decrypts to the same bytes; she accepts the introduction,
      // answers the consent request, cannot see the mentor's note, and gives feedback.
      await reopen(E, 'phrase du coffre de Lucas')
      const resource = E.getByTestId('resource').filter({ hasText: 'support-de-formation.pdf' })
      const [download] = await Promise.all([E.waitForEvent('download', { timeout: 180_000 }), resource.getByRole('button', { name: /Télécharger/ }).click()])
      assert.equal(download.suggestedFilename(), 'support-de-formation.pdf')
      const got = readFileSync(await download.path())
      assert.equal(createHash('sha256').update(got).digest('hex'), createHash('sha256').update(big).digest('hex'), 'the downloaded file is identical')
      const intro = E.getByTestId('introduction').first()
      await intro.getByText(text('Marie Dupont, cheffe de projet RH')).waitFor()
      await intro.getByRole('button', { name: 'Accepter la mise en relation' }).click()
      await intro.getByRole('button', { name: 'Marquer la rencontre faite' }).click()
      await intro.getByText('Faite', { exact: true }).waitFor()
      await E.getByTestId('consent-request').getByRole('button', { name: 'J’accepte d’en parler' }).click()
      await E.getByText('Accord donné').waitFor()
      assert.equal(await E.getByText(text('Penser à lui parler du réseau des cadres')).count(), 0, 'a private note stays with its author')
      await E.getByText(text('Des échanges riches')).waitFor()
      await E.getByRole('radio', { name: /^5/ }).check()
      await type(E.getByLabel('Votre avis (facultatif)'), text('Un mentor à l’écoute'))
      await E.getByRole('button', { name: 'Envoyer mon avis' }).click()
      await E.getByText('Avis enregistré.').waitFor()
      await E.getByText('Votre note : 5 sur 5').first().waitFor()
      assert.equal(await E.getByText('Votre note : 4 sur 5').count(), 0, 'the partner’s score stays with its author')

      // Completion by both, each through a dialog.
      await M.reload()
      await M.getByRole('button', { name: 'Proposer de terminer le mentorat' }).click()
      await M.getByRole('alertdialog').getByRole('button', { name: 'Proposer de terminer le mentorat' }).click()
      await M.getByText('Vous avez proposé de terminer le mentorat : votre binôme doit confirmer.').waitFor()
      await E.reload()
      await E.getByRole('button', { name: 'Confirmer la fin du mentorat' }).click()
      await E.getByRole('alertdialog').getByRole('button', { name: 'Confirmer la fin du mentorat' }).click()
      await E.getByText(/Ce mentorat est terminé depuis le/).waitFor()
      await reopen(E, 'phrase du coffre de Lucas')
      await shoot(E, 'pair-space-completed')

      // Home at both widths.
      await M.getByRole('link', { name: 'Accueil' }).click()
      await M.getByRole('heading', { name: 'À faire maintenant' }).waitFor()
      await shoot(M, 'home-mentor')

      // Calendar subscription link on the account page.
      await M.goto('/account')
      await M.getByRole('button', { name: 'Créer mon lien d’abonnement' }).click()
      await M.getByTestId('calendar-url').waitFor()
      assert.match(await M.getByTestId('calendar-url').inputValue(), /^https?:\/\/.+/)
      await shoot(M, 'account-calendar')

      // Mes programmes: the charter is signed, never one click from the list.
      await M.goto('/my-programs')
      await M.getByRole('heading', { name: 'Mes programmes' }).waitFor()
      await shoot(M, 'my-programs')
      assert.deepEqual([...mentor.problems, ...mentee.problems], [])
    } catch (error) {
      await screenshot(M, 'pair-failure-mentor').catch(() => {})
      await screenshot(E, 'pair-failure-mentee').catch(() => {})
      throw error
    } finally {
      await mentor.context.close()
      await mentee.context.close()
    }

    // Second pair: the mentor withdraws through the dialog, then a page says what comes next.
    const mentor2 = await openPage(live.browser, live.api.url)
    const mentee2 = await openPage(live.browser, live.api.url)
    bodies.push(recordResponses(mentor2.context), recordResponses(mentee2.context))
    try {
      // Keyboard only: sign-in.
      const P = mentor2.page
      await P.goto('/sign-in')
      await P.getByRole('heading', { name: 'Connexion' }).waitFor()
      await tabTo(P, 'Adresse e-mail')
      await P.keyboard.type('mentor2@demo.constel.fr')
      await tabTo(P, 'Mot de passe')
      await P.keyboard.type(PASSWORD)
      await P.keyboard.press('Enter')
      await P.getByRole('link', { name: 'Mes mentorats', exact: true }).waitFor()
      await signIn(mentee2.page, 'mentee2@demo.constel.fr')
      await setUpVault(P, 'phrase du coffre de Paul')
      await setUpVault(mentee2.page, 'phrase du coffre de Léa')
      await acceptAndSign(P)
      await acceptAndSign(mentee2.page)
      // Keyboard only: unlocking the vault in a new tab session (a reload keeps it unlocked).
      await P.evaluate(() => window.sessionStorage.clear())
      await P.reload()
      await P.getByRole('link', { name: 'Ouvrir mon coffre' }).waitFor()
      await tabTo(P, 'Ouvrir mon coffre')
      await P.keyboard.press('Enter')
      await P.getByLabel('Phrase secrète du coffre').waitFor()
      await tabTo(P, 'Phrase secrète du coffre')
      await P.keyboard.type('phrase du coffre de Paul')
      await P.keyboard.press('Enter')
      await P.getByTestId('safety-number').waitFor({ timeout: 60_000 })
      // Keyboard only: writing the report of a séance that took place.
      await P.getByLabel('Date et heure').fill(dayAt(-2, '09:30'))
      await P.getByRole('button', { name: 'Planifier la séance' }).click()
      await P.getByRole('button', { name: 'Je confirme la première rencontre' }).click()
      await P.getByText('Première rencontre confirmée.').waitFor()
      await P.getByTestId('session').getByRole('button', { name: 'Marquer tenue' }).click()
      await P.getByTestId('session').getByText('Tenue', { exact: true }).waitFor()
      await P.getByRole('heading', { name: /Mentorat avec/ }).focus()
      await tabTo(P, 'Compte rendu (chiffré)')
      const report = text('Compte rendu écrit au clavier')
      typed.push(report)
      await P.keyboard.type(report)
      await tabTo(P, 'Enregistrer le compte rendu')
      await P.keyboard.press('Enter')
      await P.getByText(report).waitFor()
      // Keyboard only: the withdrawal dialog takes the focus and gives it back on Escape.
      await tabTo(P, 'Me retirer du mentorat')
      await P.keyboard.press('Enter')
      await P.getByRole('alertdialog', { name: 'Vous retirer du mentorat ?' }).waitFor()
      assert.equal(await P.evaluate(() => document.activeElement?.closest('[role=alertdialog]') !== null), true, 'the focus is in the dialog')
      await P.keyboard.press('Escape')
      await P.getByRole('alertdialog').waitFor({ state: 'detached' })
      await P.waitForFunction(() => document.activeElement?.textContent === 'Me retirer du mentorat')
      await P.getByRole('button', { name: 'Me retirer du mentorat' }).click()
      const dialog = P.getByRole('alertdialog', { name: 'Vous retirer du mentorat ?' })
      await dialog.getByText(/Une autre personne sera proposée comme mentor/).waitFor()
      await dialog.getByLabel('Motif').selectOption('availability')
      await shoot(P, 'withdraw-dialog')
      await dialog.getByRole('button', { name: 'Me retirer du mentorat' }).click()
      await P.getByRole('heading', { name: 'Vous vous êtes retiré·e du mentorat' }).waitFor()
      await P.getByText(/Votre binôme se verra proposer un autre mentor/).waitFor()
      await shoot(P, 'withdrawn-page')
      assert.deepEqual([...mentor2.problems, ...mentee2.problems], [])
    } finally {
      await mentor2.context.close()
      await mentee2.context.close()
    }

    // Nothing typed in the browser reached the server or came back in clear.
    assert.ok(typed.length >= 12)
    const dump = execFileSync('pg_dump', ['-h', '127.0.0.1', '-U', 'postgres', '--data-only', live.api.databaseUrl.split('/').pop()], { maxBuffer: 1 << 30 })
    assert.ok(dump.includes(Buffer.from('mentor1@demo.constel.fr')), 'the scan reads the real data')
    assert.equal(dump.includes(Buffer.from(TAG)), false, 'no typed text in the database')
    for (const value of typed) assert.equal(dump.includes(Buffer.from(value)), false, `"${value}" is not in the database`)
    const all = bodies.flat()
    assert.ok(all.some((b) => b.url.includes('/api/v1/vault/records')), 'the listener saw the vault responses')
    for (const { url, body } of all.filter((b) => !b.url.startsWith('blob:'))) assert.equal(body.includes(Buffer.from(TAG)), false, `no plaintext in the response of ${url}`)
  })
})
