// Pilotage journey on a live API: after seeded activity the admin opens the dashboard, whose
// charted figures match the API's, downloads both exports (French headers, percentages, named
// after the program) and finds the export in the audit log.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { describe, test } from 'node:test'
import { repoDir } from './support/api-server.mjs'
import { expectAccessible, openPage, screenshot } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'

const live = useLiveApp({ password: PASSWORD })

async function apiAs(email) {
  const response = await fetch(`${live.api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  assert.equal(response.status, 200, `sign-in of ${email}`)
  const { access_token: token } = await response.json()
  return async (method, path, body) => {
    const answer = await fetch(`${live.api.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await answer.text()
    assert.ok(answer.ok, `${method} ${path}: ${answer.status} ${text}`)
    return text ? JSON.parse(text) : null
  }
}

/** Seeded activity: a lower anonymity threshold, and the demo pair accepted by both sides. */
async function seedActivity() {
  const admin = await apiAs(ADMIN)
  await admin('PATCH', '/api/v1/organisation', { anonymity_threshold: 2 })
  const programs = await admin('GET', '/api/v1/programs')
  const program = programs.items.find((p) => p.name === 'Mentorat 2026')
  for (const email of ['mentor1@demo.constel.fr', 'mentee1@demo.constel.fr']) {
    const member = await apiAs(email)
    const pairs = await member('GET', '/api/v1/mentorships')
    const pair = pairs.items.find((p) => p.program_id === program.id)
    await member('POST', `/api/v1/mentorships/${pair.id}/accept`, {})
  }
  const report = await admin('GET', `/api/v1/programs/${program.id}/metrics?by_unit=false`)
  return { admin, program, report }
}

function whole(report, figure, category = null) {
  return report.cells.find((c) => c.scope === 'all' && c.period === null && c.figure === figure && c.category === category)
}

/** A figure as the dashboard must write it: the number, or why it is hidden. */
function expected(cell, threshold) {
  if (!cell) return '0'
  if (cell.suppressed) return cell.reason === 'complementary' || cell.reason === 'linked'
    ? 'masqué pour protéger l’anonymat'
    : `moins de ${threshold} personnes`
  return new Intl.NumberFormat('fr-FR').format(cell.value)
}

async function tableValue(page, region, label) {
  const card = page.getByRole('region', { name: region })
  const details = card.locator('details')
  if (!(await details.evaluate((d) => d.open))) await card.getByText('Voir les chiffres en tableau').click()
  return (await card.getByRole('row', { name: label, exact: false }).first().getByRole('cell').first().textContent()).trim()
}

function parseCsv(text) {
  return text.replace(/^\ufeff/, '').trim().split('\r\n').map((line) => line.split(';'))
}

describe('pilotage journey', () => {
  test('the dashboard charts the API figures; both exports are readable and the export is audited', async () => {
    const { admin, program, report } = await seedActivity()
    const threshold = report.anonymity_threshold
    assert.equal(threshold, 2)
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    try {
      await page.goto('/sign-in')
      await page.getByLabel('Adresse e-mail').fill(ADMIN)
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await page.goto(`/programs/${program.id}/pilotage`)
      await page.getByRole('heading', { level: 1, name: 'Pilotage — Mentorat 2026' }).waitFor()
      await page.getByRole('region', { name: 'Participants' }).waitFor()

      // Every charted figure is the API's, written in words when hidden.
      const checks = [
        ['Participants', 'Mentors', whole(report, 'participants_by_role', 'mentor')],
        ['Participants', 'Mentorés', whole(report, 'participants_by_role', 'mentee')],
        ['Mise en relation des mentorés', 'Avec un binôme', whole(report, 'match', 'matched')],
        ['Mise en relation des mentorés', 'Sans binôme', whole(report, 'match', 'unmatched')],
        ['De l’invitation à la fin du mentorat', 'Personnes invitées', whole(report, 'invitations')],
        ['De l’invitation à la fin du mentorat', 'Invitations acceptées', whole(report, 'invitations', 'accepted')],
        ['Charge des mentors', 'Places offertes', whole(report, 'mentor_capacity')],
      ]
      for (const [region, label, cell] of checks) {
        assert.equal(await tableValue(page, region, label), expected(cell, threshold), `${region} / ${label}`)
      }
      // The match rate carries its denominator.
      const rate = whole(report, 'match_rate')
      const tile = page.locator('.tile').filter({ hasText: 'Mentorés mis en relation' })
      if (rate.suppressed) {
        await tile.getByText(expected(rate, threshold)).waitFor()
      } else {
        const percent = new Intl.NumberFormat('fr-FR').format(Math.round(rate.value * 1000) / 10)
        await tile.getByText(`${percent} %`).waitFor()
        await tile.getByText(new RegExp(`sur ${rate.denominator} mentorés`)).waitFor()
      }
      const text = await page.locator('main').textContent()
      assert.doesNotMatch(text, /match_rate|small_group|mentee:|suppressed|mentor_load/)
      await expectAccessible(page, 'pilotage dashboard')
      await screenshot(page, 'pilotage-1280')
      await page.setViewportSize({ width: 390, height: 844 })
      await expectAccessible(page, 'pilotage dashboard (390)')
      await screenshot(page, 'pilotage-390')
      await page.setViewportSize({ width: 1280, height: 900 })

      // Both exports: French headers, rates as percentages, the program's name and the day.
      const day = new Date().toISOString().slice(0, 10)
      let downloading = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Télécharger en CSV (Excel)' }).click()
      const csvFile = await downloading
      assert.equal(csvFile.suggestedFilename(), `Indicateurs - Mentorat 2026 - ${day}.csv`)
      await page.getByText(`Le fichier « Indicateurs - Mentorat 2026 - ${day}.csv » a été téléchargé.`).waitFor()
      const rows = parseCsv(readFileSync(await csvFile.path(), 'utf8'))
      assert.deepEqual(rows[0], ['Programme', 'Périmètre', 'Unité', 'Période', 'Indicateur', 'Détail', 'Valeur', 'Sur', 'Remarque'])
      const invited = rows.find((r) => r[3] === 'Toute la période' && r[4] === 'Invitations' && r[5] === 'Ensemble')
      assert.equal(invited[6], String(whole(report, 'invitations').value))
      const acceptance = rows.find((r) => r[3] === 'Toute la période' && r[4] === 'Taux d’acceptation des invitations')
      assert.match(acceptance[6], /^\d+(,\d)?\u00a0%$/)
      assert.ok(rows.every((r) => !r.join(';').includes(program.id)), 'no id in the export')

      downloading = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Télécharger en XLSX' }).click()
      const xlsxFile = await downloading
      assert.equal(xlsxFile.suggestedFilename(), `Indicateurs - Mentorat 2026 - ${day}.xlsx`)
      const read = [
        'import json, sys',
        'from openpyxl import load_workbook',
        'sheet = load_workbook(sys.argv[1])["Indicateurs"]',
        'rows = [[(c.value, c.number_format) for c in r] for r in sheet.iter_rows()]',
        'print(json.dumps(rows, default=str))',
      ].join('\n')
      const xlsxPath = resolve(mkdtempSync(resolve(tmpdir(), 'constel-e2e-')), xlsxFile.suggestedFilename())
      await xlsxFile.saveAs(xlsxPath)
      const sheet = JSON.parse(execFileSync(resolve(repoDir, '.venv/bin/python'), ['-c', read, xlsxPath], { encoding: 'utf8' }))
      assert.equal(sheet[0][4][0], 'Indicateur')
      const xlsxRate = sheet.find((r) => r[3][0] === 'Toute la période' && r[4][0] === 'Taux d’acceptation des invitations')
      assert.equal(xlsxRate[6][1], '0.0%')
      assert.equal(xlsxRate[6][0], whole(report, 'invitation_acceptance_rate').value)

      // The audit log has both exports, by the admin, on this program.
      const events = await admin('GET', '/api/v1/audit-events?action=metrics.export')
      assert.equal(events.items.length, 2)
      assert.ok(events.items.every((e) => e.target_id === program.id))
      await page.goto('/governance/audit')
      await page.getByRole('heading', { level: 1 }).waitFor()
      await screenshot(page, 'audit-after-export-1280')
      assert.deepEqual(problems, [])
    } finally {
      await context.close()
    }
  })
})
