import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

type Mentorship = components['schemas']['MentorshipRead']
type Session = components['schemas']['SessionRead']
type MemberProgram = components['schemas']['MemberProgramRead']

export type Todo =
  | { kind: 'invitation'; program: MemberProgram }
  | { kind: 'questionnaire'; program: MemberProgram }
  | { kind: 'proposal'; mentorship: Mentorship }
  | { kind: 'charter'; mentorship: Mentorship }
  | { kind: 'firstMeeting'; mentorship: Mentorship }
  | { kind: 'completion'; mentorship: Mentorship }
  | { kind: 'nextSession'; mentorship: Mentorship; session: Session }
  | { kind: 'overdue'; mentorship: Mentorship; count: number }

const todayIso = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** What needs this person now, in the order it should be done; only what is true. */
export async function loadTodo(): Promise<{ todo: Todo[]; hasPrograms: boolean; hasMentorships: boolean }> {
  const [programs, mentorships] = await Promise.all([
    api.GET('/api/v1/programs/mine').then(unwrap),
    api.GET('/api/v1/mentorships', { params: { query: { limit: 100 } } }).then(unwrap),
  ])
  const todo: Todo[] = []
  for (const program of programs) {
    if (program.participation?.state === 'invited') todo.push({ kind: 'invitation', program })
    if (program.participation?.state === 'applied') todo.push({ kind: 'questionnaire', program })
  }
  const today = todayIso()
  for (const m of mentorships.items) {
    if (!m.i_am_current_member) continue
    const mine = m.my_side === 'mentor'
    const accepted = mine ? m.mentor_accepted_at : m.mentee_accepted_at
    const signed = mine ? m.charter.mentor_signed : m.charter.mentee_signed
    if (m.status === 'proposed' && !accepted) todo.push({ kind: 'proposal', mentorship: m })
    else if ((m.status === 'proposed' || m.status === 'accepted') && !signed && m.charter.current_version !== null) todo.push({ kind: 'charter', mentorship: m })
    if (m.status !== 'active') continue
    if (mine && !m.first_meeting_confirmed_at) todo.push({ kind: 'firstMeeting', mentorship: m })
    if (m.completion_requested_by_side && m.completion_requested_by_side !== m.my_side) todo.push({ kind: 'completion', mentorship: m })
    const path = { params: { path: { mentorship_id: m.id } } }
    const [sessions, items] = await Promise.all([
      api.GET('/api/v1/mentorships/{mentorship_id}/sessions', { ...path, params: { ...path.params, query: { limit: 100 } } }).then(unwrap),
      api.GET('/api/v1/mentorships/{mentorship_id}/action-items', { ...path, params: { ...path.params, query: { status: 'open', limit: 100 } } }).then(unwrap),
    ])
    const now = new Date().toISOString()
    const next = sessions.items.filter((s) => s.status === 'scheduled' && s.starts_at >= now).sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0]
    if (next) todo.push({ kind: 'nextSession', mentorship: m, session: next })
    const overdue = items.items.filter((i) => i.owner === m.my_side && i.due_on !== null && i.due_on < today).length
    if (overdue > 0) todo.push({ kind: 'overdue', mentorship: m, count: overdue })
  }
  return { todo, hasPrograms: programs.length > 0, hasMentorships: mentorships.items.length > 0 }
}

export function useTodo(enabled: boolean) {
  return useQuery({ queryKey: ['home', 'todo'], queryFn: loadTodo, enabled })
}
