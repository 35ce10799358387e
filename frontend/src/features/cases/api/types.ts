import type { components } from '../../../lib/api/schema';

export type CaseSummary = components['schemas']['CaseSummary'];
export type CasePage = components['schemas']['CasePage'];
export type CaseView = components['schemas']['CaseView'];
export type CaseParticipantView = components['schemas']['CaseParticipantView'];
export type CaseStage = components['schemas']['CaseStage'];
export type HoldReasonView = components['schemas']['HoldReasonView'];
export type HoldReason = components['schemas']['Reason'];
export type Way = components['schemas']['Way'];
export type OpenCase = components['schemas']['OpenCase'];
export type StageMove = components['schemas']['StageMove'];
export type ClosureOutcome = components['schemas']['ClosureOutcome'];
export type ConsentRecord = components['schemas']['ConsentRecord'];
export type SafetyAssessmentView = components['schemas']['SafetyAssessmentView'];
export type SafetyFindings = components['schemas']['SafetyFindings'];
export type RiskLevel = components['schemas']['RiskLevel'];
export type MeetingView = components['schemas']['MeetingView'];
export type NewMeeting = components['schemas']['NewMeeting'];
export type Attendee = components['schemas']['Attendee'];
export type MeetingOutcome = components['schemas']['MeetingOutcome'];
export type NoteView = components['schemas']['NoteView'];
export type NewNote = components['schemas']['NewNote'];
export type FeedbackView = components['schemas']['FeedbackView'];
export type ConsentForm = components['schemas']['ConsentForm'];
export const consentForms = ['VERBAL', 'WRITTEN', 'SIGNED_FORM'] as const satisfies readonly ConsentForm[];
export type NewFeedback = components['schemas']['NewFeedback'];
export type FeedbackAnswer = components['schemas']['FeedbackAnswer'];
export const feedbackAnswers = ['STRONGLY_AGREE', 'AGREE', 'NEUTRAL', 'DISAGREE', 'STRONGLY_DISAGREE', 'DECLINED'] as const satisfies readonly FeedbackAnswer[];
export const feedbackStatements = ['feltSafe', 'feltHeard', 'needsMet', 'wouldRecommend'] as const;
export type TimelinePage = components['schemas']['TimelinePage'];
export type MediatorView = components['schemas']['MediatorView'];
export type ReferralSummary = components['schemas']['ReferralSummary'];
export type NewCaseParticipant = components['schemas']['NewCaseParticipant'];
export type ParticipantPage = components['schemas']['ParticipantPage'];
export type ParticipantKind = components['schemas']['ParticipantKind'];
/** Who may join a case after it opened: never an offender (only through a staff referral). */
export const joinerKinds = ['FAMILY_MEMBER', 'VICTIM', 'SUPPORT_PERSON'] as const satisfies readonly ParticipantKind[];

export const caseStages = ['PREPARATION', 'DIALOGUE', 'FOLLOW_UP', 'CLOSED'] as const satisfies readonly CaseStage[];
export const ways = ['FACE_TO_FACE', 'LETTERS', 'VIDEO_MESSAGES', 'SHUTTLE'] as const satisfies readonly Way[];
export const riskLevels = ['LOW', 'MODERATE', 'HIGH'] as const satisfies readonly RiskLevel[];
export const closureOutcomes = ['DIALOGUE_COMPLETED', 'ENDED_BY_PARTICIPANT', 'ENDED_FOR_SAFETY', 'ENDED_OTHER'] as const satisfies readonly ClosureOutcome[];
export const otherRoles = ['SUPPORT_PERSON', 'MEDIATOR', 'ESCORT_STAFF'] as const satisfies readonly Attendee['role'][];

/** The stage each stage move the server may list leads to: what the move's request names. */
export const stageMoveTargets: Record<CaseView['allowedActions'][number], CaseStage> = {
  MOVE_TO_DIALOGUE: 'DIALOGUE',
  MOVE_TO_FOLLOW_UP: 'FOLLOW_UP',
  CLOSE: 'CLOSED',
  REOPEN: 'PREPARATION',
};

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (page: number, size: number, q = '') => [...caseKeys.lists(), { page, size, q }] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  /** Everything hanging off one case (assessments, meetings, notes, timeline). */
  parts: (id: string) => [...caseKeys.all, 'parts', id] as const,
  assessments: (id: string) => [...caseKeys.parts(id), 'assessments'] as const,
  meetings: (id: string) => [...caseKeys.parts(id), 'meetings'] as const,
  notes: (id: string) => [...caseKeys.parts(id), 'notes'] as const,
  feedback: (id: string) => [...caseKeys.parts(id), 'feedback'] as const,
  timeline: (id: string, page: number) => [...caseKeys.parts(id), 'timeline', page] as const,
  mediators: () => [...caseKeys.all, 'mediator-roster'] as const,
  acceptedReferrals: () => [...caseKeys.all, 'accepted-referrals'] as const,
  people: (q: string) => [...caseKeys.all, 'people', q] as const,
};

export type TimelineEntry = components['schemas']['TimelineEntry'];
export type TimelineDetails = components['schemas']['TimelineDetails'];
export type StaffName = components['schemas']['StaffName'];
