// Governance journey against a live API: the demo admin prepares a program with a
// questionnaire and a kick-off (through the API); mentee2 accepts the invitation, answers
// every question type and finds the answers saved after a reload, sees the kick-off,
// downloads their data export and asks for erasure; the admin reads the audit log and
// executes the erasure request.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, test } from 'node:test'
import { openPage, screenshot, expectAccessible } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'
const MENTEE = 'mentee2@demo.constel.fr'
const PROGRAM = 'Mentorat questionnaire e2e'
const EXPECTATIONS = 'Préparer ma prise de poste de responsable d’équipe'

const live = useLiveApp({ password: PASSWORD })

/** A tiny API client for the admin's setup steps, outside the browser. */
async function apiAs(email) {
  const login = await fetch(`${live.api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  assert.equal(login.status, 200, await login.clone().text())
  const { access_token: token } = await login.json()
  return async (method, path, body) => {
    const response = await fetch(`${live.api.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`)
    return text ? JSON.parse(text) : null
  }
}

const label = (fr, en) => ({ fr, en })
const option = (value, fr, en) => ({ value, label: label(fr, en) })
const QUESTIONS = [
  { type: 'single_choice', key: 'rythme', audience: 'both', label: label('Quel rythme de rencontre préférez-vous ?', 'Which meeting rhythm do you prefer?'),
    options: [option('weekly', 'Toutes les semaines', 'Weekly'), option('monthly', 'Tous les mois', 'Monthly')] },
  { type: 'multiple_choice', key: 'sujets', audience: 'both', max_choices: 2, label: label('Sur quels sujets ?', 'Which topics?'),
    options: [option('career', 'Carrière', 'Career'), option('network', 'Réseau', 'Network'), option('management', 'Management', 'Management')] },
  { type: 'scale', key: 'aisance', audience: 'both', min: 1, max: 5, label: label('Aisance à l’oral', 'Public speaking ease'),
    min_label: label('faible', 'low'), max_label: label('forte', 'high') },
  { type: 'free_text', key: 'attentes', audience: 'both', required: false, max_length: 500, label: label('Vos attentes', 'Your expectations') },
]

/** Draft program, charter, questionnaire, open enrolment, mentee2 invited, a kick-off to attend. */
async function prepareProgram() {
  const admin = await apiAs(ADMIN)
  const year = new Date().getFullYear() + 1
  const program = await admin('POST', '/api/v1/programs', { name: PROGRAM, starts_on: `${year}-01-15`, ends_on: `${year}-12-15` })
  const id = program.id
  await admin('PUT', `/api/v1/programs/${id}/charter`, { body_markdown: '# Charte\n\nBienveillance et confidentialité.' })
  await admin('PUT', `/api/v1/programs/${id}/questionnaire`, { questions: QUESTIONS })
  await admin('POST', `/api/v1/programs/${id}/actions/open-enrolment`)
  const people = await admin('GET', `/api/v1/directory/people?q=${encodeURIComponent(MENTEE)}`)
  const mentee = people.items.find((p) => p.email === MENTEE)
  assert.ok(mentee, 'mentee2 is in the directory')
  await admin('POST', `/api/v1/programs/${id}/participants/invitations`, { target: 'people', role: 'mentee', person_ids: [mentee.id] })
  const event = await admin('POST', `/api/v1/programs/${id}/events`, {
    kind: 'kickoff', title: 'Lancement du programme e2e', mode: 'video',
    starts_at: `${year}-01-20T09:00:00Z`, ends_at: `${year}-01-20T11:00:00Z`,
  })
  await admin('POST', `/api/v1/programs/${id}/events/${event.id}/invitations`, { person_ids: [mentee.id] })
  return id
}

async function signIn(page, email) {
  await page.goto('/sign-in')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

const nav = (page) => page.getByRole('navigation', { name: 'Navigation principale' })

async function menteeAnswers(page, programId) {
  await nav(page).getByRole('link', { name: 'Mes programmes' }).click()
  const card = page.getByRole('region', { name: PROGRAM })
  await card.getByRole('button', { name: 'Accepter l’invitation' }).click()
  await card.getByRole('link', { name: 'Mon questionnaire et mes événements' }).click()
  await page.waitForURL(`**/my-programs/${programId}`)
  await page.getByRole('heading', { level: 1, name: PROGRAM }).waitFor()

  const rhythm = page.getByRole('group', { name: /Quel rythme de rencontre/ })
  await rhythm.getByRole('radio', { name: 'Tous les mois' }).check()
  const topics = page.getByRole('group', { name: /Sur quels sujets/ })
  await topics.getByRole('checkbox', { name: 'Carrière' }).check()
  await topics.getByRole('checkbox', { name: 'Management' }).check()
  const ease = page.getByRole('group', { name: /Aisance à l’oral/ })
  await ease.getByRole('radio', { name: '4' }).check()
  await page.getByRole('textbox', { name: /Vos attentes/ }).fill(EXPECTATIONS)
  await page.getByRole('button', { name: 'Enregistrer mes réponses' }).click()
  await page.getByText('Vos réponses sont enregistrées.').waitFor()
  await page.getByText('Votre questionnaire est complet').waitFor()
  const row = page.getByRole('row', { name: /Lancement du programme e2e/ })
  await row.waitFor()
  assert.match((await row.textContent()) ?? '', /en visio/)
  await expectAccessible(page, 'questionnaire answered')
  await screenshot(page, 'governance-questionnaire')

  await page.reload()
  await page.getByRole('heading', { level: 1, name: PROGRAM }).waitFor()
  await page.getByRole('group', { name: /Quel rythme de rencontre/ }).waitFor()
  assert.ok(await rhythm.getByRole('radio', { name: 'Tous les mois' }).isChecked())
  assert.ok(await topics.getByRole('checkbox', { name: 'Carrière' }).isChecked())
  assert.ok(!(await topics.getByRole('checkbox', { name: 'Réseau' }).isChecked()))
  assert.ok(await topics.getByRole('checkbox', { name: 'Management' }).isChecked())
  assert.ok(await ease.getByRole('radio', { name: '4' }).isChecked())
  assert.equal(await page.getByRole('textbox', { name: /Vos attentes/ }).inputValue(), EXPECTATIONS)
}

async function menteeExportsAndAsksForErasure(page) {
  await nav(page).getByRole('link', { name: 'Mon compte' }).click()
  await page.getByRole('heading', { name: 'Mes données personnelles' }).waitFor()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Télécharger mes données (JSON)' }).click()
  const download = await downloading
  assert.equal(download.suggestedFilename(), 'constel-data-export.json')
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'))
  assert.equal(exported.format, 'constel-data-export/1')
  assert.ok(JSON.stringify(exported.profile).includes(MENTEE), 'the export holds my profile')
  assert.ok(JSON.stringify(exported).includes(EXPECTATIONS), 'the export holds my questionnaire answers')
  await page.getByText('Le téléchargement de vos données a commencé.').waitFor()

  await page.getByRole('button', { name: 'Demander l’effacement…' }).click()
  await page.getByRole('heading', { name: 'Confirmer la demande d’effacement' }).waitFor()
  await expectAccessible(page, 'erasure confirmation')
  await screenshot(page, 'governance-my-data')
  await page.getByRole('button', { name: 'Oui, demander l’effacement' }).click()
  await page.getByText(/Votre demande d’effacement du .* est enregistrée\./).waitFor()
}

async function adminReadsAuditAndErases(page) {
  await nav(page).getByRole('link', { name: 'Gouvernance' }).click()
  await page.waitForURL('**/governance/audit')
  await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor()
  const table = page.getByRole('table', { name: 'Journal d’audit' })
  await table.getByText('program.questionnaire.update').first().waitFor()
  assert.ok((await table.getByRole('row').count()) > 3, 'the log lists several events')
  await expectAccessible(page, 'audit log')

  const filters = page.getByRole('search', { name: 'Filtrer le journal' })
  await filters.getByLabel('Action').fill('program.questionnaire.update')
  await filters.getByRole('button', { name: 'Filtrer' }).click()
  await page.waitForURL(/action=program\.questionnaire\.update/)
  await page.getByRole('status').filter({ hasText: '1–1 sur 1' }).waitFor()
  await screenshot(page, 'governance-audit-log')

  await page.getByRole('navigation', { name: 'Gouvernance' }).getByRole('link', { name: 'Demandes d’effacement (RGPD)' }).click()
  await page.getByRole('heading', { level: 1, name: 'Demandes d’effacement (RGPD)' }).waitFor()
  const row = page.getByRole('row', { name: /En attente/ })
  await row.getByRole('button', { name: /Exécuter la demande de/ }).click()
  await page.getByRole('heading', { name: /^Effacer .* \?$/ }).waitFor()
  await expectAccessible(page, 'erasure execution confirmation')
  await page.getByRole('button', { name: 'Effacer définitivement' }).click()
  await page.getByText(/^La demande est exécutée/).waitFor()
  await page.getByRole('cell', { name: 'Exécutée', exact: true }).waitFor()
  await expectAccessible(page, 'erasure requests')
}

describe('governance journey', () => {
  test('a mentee answers the questionnaire and exports their data; the admin reads the audit log', async () => {
    const programId = await prepareProgram()
    const mentee = await openPage(live.browser, live.api.url)
    const admin = await openPage(live.browser, live.api.url)
    try {
      await signIn(mentee.page, MENTEE)
      await menteeAnswers(mentee.page, programId)
      await menteeExportsAndAsksForErasure(mentee.page)
      await expectAccessible(mentee.page, 'account with my data')

      await signIn(admin.page, ADMIN)
      await adminReadsAuditAndErases(admin.page)
      await screenshot(admin.page, 'governance-erasure-executed')
      assert.deepEqual([...mentee.problems, ...admin.problems], [])
    } catch (error) {
      await screenshot(mentee.page, 'governance-failure-mentee').catch(() => {})
      await screenshot(admin.page, 'governance-failure-admin').catch(() => {})
      throw error
    } finally {
      await mentee.context.close()
      await admin.context.close()
    }
  })
})
