import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from '../lib/api/schema';

/** MSW handlers typed from openapi.yaml: paths, parameters and bodies must match the contract. */
export const http = createOpenApiHttp<paths>({ baseUrl: window.location.origin });
/**
 * Handlers every page may need; a test overrides them with server.use: the reference data (regions,
 * institutions) the forms pick from, and the work queues' counts the home page asks for.
 */
export const server = setupServer(
  ...referenceDataHandlers(),
  http.get('/api/work', ({ response }) => response(200).json([])),
  // corrections (issue 13): no correction request about the records a page shows, unless a test says otherwise
  http.get('/api/corrections', ({ response }) => response(200).json({ items: [], total: 0, totalIsExact: true, page: 0, size: 100, next: null })),
  // actions offered (issue 14): a new message between the fixture's harmed person and offender may take any kind, unless a test says otherwise
  http.get('/api/cases/{caseId}/messages/options', ({ response }) => response(200).json(messageOptions())),
);

/** Every kind allowed both ways between the fixture's harmed person and offender, except those refused here. */
export function messageOptions(refused: { action: 'LETTER' | 'VIDEO_MESSAGE' | 'RELAYED_MESSAGE'; reason: string }[] = []) {
  const kinds = (['LETTER', 'VIDEO_MESSAGE', 'RELAYED_MESSAGE'] as const).filter((k) => !refused.some((r) => r.action === k));
  const refusedKinds = refused.map((r) => ({ action: r.action, reasonKey: 'message.deliver.no-consent', reason: r.reason }));
  return {
    pairs: [
      { authorId: harmedId, recipientId: offenderId, allowedKinds: [...kinds], refusedKinds },
      { authorId: offenderId, recipientId: harmedId, allowedKinds: [...kinds], refusedKinds },
    ],
  };
}

type ParticipantView = components['schemas']['ParticipantView'];

export function aParticipant(overrides: Partial<ParticipantView> = {}): ParticipantView {
  return {
    id: '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f',
    kind: 'VICTIM',
    firstName: 'Hélène',
    lastName: 'Tremblay',
    preferredLanguage: 'FR',
    offenderNumber: null,
    institution: null,
    contact: null,
    version: 1,
    createdAt: '2026-03-10T16:15:50Z',
    updatedAt: '2026-03-10T16:15:50Z',
    createdBy: 'coordinator1',
    ...overrides,
  };
}

type ReferralView = components['schemas']['ReferralView'];
type ReferralSummary = components['schemas']['ReferralSummary'];
type SuitabilityAssessmentView = components['schemas']['SuitabilityAssessmentView'];
type SubmittedReferralView = components['schemas']['SubmittedReferralView'];

export const referralId = '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';

/** What the server lists for a coordinator in each state (accepting needs a finalised SUITABLE assessment: the fixture assumes one). */
const referralActions: Record<ReferralView['state'], ReferralView['allowedActions']> = {
  DORMANT: ['WITHDRAW'],
  SUBMITTED: ['START_ASSESSMENT', 'WITHDRAW'],
  UNDER_ASSESSMENT: ['ACCEPT', 'DECLINE', 'WITHDRAW'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export function aReferral(overrides: Partial<ReferralView> = {}): ReferralView {
  return {
    allowedActions: referralActions[overrides.state ?? 'SUBMITTED'],
    refusedActions: [],
    id: referralId,
    source: 'STAFF',
    state: 'SUBMITTED',
    harmedPerson: null,
    offender: { id: '7d8e9f00-1111-4222-8333-444455556666', kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy', offenderNumber: 'FPS123' },
    offenderNumber: 'FPS123',
    offenderNamedAs: null,
    channel: null,
    victimRegistration: null,
    federalSentence: 'YES',
    notes: null,
    referringStaff: 'staff1',
    referringStaffName: { username: 'staff1', displayName: 'Sam Staff' },
    submittedBy: 'staff1',
    submittedByName: { username: 'staff1', displayName: 'Sam Staff' },
    staffSupportsParticipation: true,
    offenderTakesResponsibility: true,
    reasons: 'Wants to answer the family.',
    safetyConcerns: null,
    noContactCondition: null,
    noContactReviewPending: false,
    matchedReferralIds: [],
    duplicateOf: null,
    duplicateIds: [],
    mayAssignAssessor: false,
    version: 1,
    createdAt: '2026-03-10T16:15:50Z',
    updatedAt: '2026-03-10T16:15:50Z',
    ...overrides,
  };
}

export function aReferralSummary(overrides: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id: referralId,
    source: 'HARMED_PERSON',
    state: 'SUBMITTED',
    offenderNumber: 'FPS123',
    offenderName: 'Marc Roy',
    harmedPersonName: 'Hélène Tremblay',
    channel: 'COLLECT_CALL',
    noContactReviewPending: false,
    duplicateOf: null,
    createdAt: '2026-03-10T16:15:50Z',
    ...overrides,
  };
}

type AssessmentAction = SuitabilityAssessmentView['allowedActions'][number];

/** What the server lists for a draft (revise, and finalise once it has what finalising needs) and for a finalised assessment. */
function assessmentActions(finalised: boolean, readyToFinalise: boolean): AssessmentAction[] {
  if (finalised) return ['AMEND'];
  return readyToFinalise ? ['REVISE', 'FINALISE'] : ['REVISE'];
}

export function anAssessment(overrides: Partial<SuitabilityAssessmentView> = {}): SuitabilityAssessmentView {
  return {
    allowedActions: assessmentActions(overrides.finalised ?? false, overrides.outcome !== null),
    refusedActions: [],
    id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    referralId,
    amends: null,
    amendedBy: null,
    appropriateness: 'Appropriate.',
    motivation: 'Sincere.',
    acceptanceOfResponsibility: 'Full.',
    notes: null,
    outcome: 'SUITABLE',
    finalised: false,
    finalisedAt: null,
    finalisedBy: null,
    finalisedByName: null,
    version: 4,
    createdAt: '2026-03-11T10:00:00Z',
    createdBy: 'coordinator1',
    createdByName: { username: 'coordinator1', displayName: 'Claire Coordinator' },
    ...overrides,
  };
}

export function aSubmittedReferral(overrides: Partial<SubmittedReferralView> = {}): SubmittedReferralView {
  return {
    id: referralId,
    offenderNumber: 'FPS123',
    offenderFirstName: 'Marc',
    offenderLastName: 'Roy',
    referringStaff: 'staff1',
    state: 'SUBMITTED',
    submittedAt: '2026-03-10T16:15:50Z',
    decidedAt: null,
    ...overrides,
  };
}

type CaseView = components['schemas']['CaseView'];
type CaseSummary = components['schemas']['CaseSummary'];
type CaseParticipantView = components['schemas']['CaseParticipantView'];
type SafetyAssessmentView = components['schemas']['SafetyAssessmentView'];
type MeetingView = components['schemas']['MeetingView'];
type MediatorView = components['schemas']['MediatorView'];

export const caseId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const harmedId = '3f1c2a9e-8d4b-4c7a-9e2f-1a2b3c4d5e6f';
export const offenderId = '7d8e9f00-1111-4222-8333-444455556666';

export function aCaseParticipant(overrides: Partial<CaseParticipantView> = {}): CaseParticipantView {
  return {
    participantId: harmedId,
    kind: 'VICTIM',
    firstName: 'Hélène',
    lastName: 'Tremblay',
    side: 'HARMED',
    status: 'ACTIVE',
    statusSince: '2026-03-12T10:00:00Z',
    consents: {},
    joinedAt: '2026-03-12T10:00:00Z',
    joinedLater: false,
    supports: null,
    ...overrides,
  };
}

/** What the server lists for a coordinator or a mediator in each stage. */
const caseActions: Record<CaseView['stage'], CaseView['allowedActions']> = {
  PREPARATION: ['MOVE_TO_DIALOGUE', 'CLOSE'],
  DIALOGUE: ['MOVE_TO_FOLLOW_UP', 'CLOSE'],
  FOLLOW_UP: ['CLOSE'],
  CLOSED: ['REOPEN'],
};

export function aCase(overrides: Partial<CaseView> = {}): CaseView {
  return {
    allowedActions: caseActions[overrides.stage ?? 'PREPARATION'],
    mayScheduleMeeting: true,
    refusedActions: [],
    id: caseId,
    stage: 'PREPARATION',
    outcomeSummary: null,
    openedAt: '2026-03-12T10:00:00Z',
    openedBy: 'coordinator1',
    openedByName: { username: 'coordinator1', displayName: 'Claire Coordinator' },
    closedAt: null,
    referralIds: [referralId],
    participants: [
      aCaseParticipant(),
      aCaseParticipant({ participantId: offenderId, kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy', side: 'OFFENDER' }),
    ],
    mediators: ['mediator1'],
    mediatorNames: [{ username: 'mediator1', displayName: 'Martin Mediator' }],
    ways: [],
    onSafetyHold: false,
    holdReasons: [],
    nextAssessmentDue: null,
    noContactReviewPending: false,
    version: 1,
    warnings: [],
    ...overrides,
  };
}

export function aCaseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: caseId,
    stage: 'PREPARATION',
    mediators: ['mediator1'],
    mediatorNames: [{ username: 'mediator1', displayName: 'Martin Mediator' }],
    participantNames: ['Hélène Tremblay', 'Marc Roy'],
    onSafetyHold: false,
    nextAssessmentDue: null,
    openedAt: '2026-03-12T10:00:00Z',
    ...overrides,
  };
}

export function aSafetyAssessment(overrides: Partial<SafetyAssessmentView> = {}): SafetyAssessmentView {
  return {
    allowedActions: assessmentActions(overrides.finalised ?? false, overrides.riskLevel !== null),
    refusedActions: [],
    id: '2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091',
    caseId,
    participantId: harmedId,
    amends: null,
    riskLevel: 'LOW',
    emotionalWellbeing: null,
    readiness: null,
    safetyMeasures: null,
    notSafeToProceed: false,
    nextDue: null,
    finalised: false,
    finalisedAt: null,
    finalisedBy: null,
    finalisedByName: null,
    version: 3,
    createdAt: '2026-03-13T10:00:00Z',
    createdBy: 'mediator1',
    createdByName: { username: 'mediator1', displayName: 'Martin Mediator' },
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<MeetingView> = {}): MeetingView {
  return {
    id: '4d5e6f70-8192-4a3b-8c5d-6e7f80912a3b',
    caseId,
    institution: 'Warkworth Institution',
    scheduledFor: '2026-05-01T14:00:00Z',
    safetyPlan: 'Escort present; separate waiting rooms.',
    state: 'SCHEDULED',
    outcome: null,
    agreements: null,
    cancelReason: null,
    attendees: [{ role: 'PARTICIPANT', participantId: harmedId, name: 'Hélène Tremblay' }],
    version: 1,
    ...overrides,
  };
}

export function aMediator(overrides: Partial<MediatorView> = {}): MediatorView {
  return { username: 'mediator1', displayName: 'Mia Mediator', languages: ['EN', 'FR'], region: 'Ontario', active: true, version: 2, ...overrides };
}

type MessageView = components['schemas']['MessageView'];

export const messageId = '6e7f8091-a2b3-4c4d-8e5f-60718293a4b5';

/** What the server lists in each state for a message whose case is ready for delivery. */
const messageActions: Record<MessageView['state'], MessageView['allowedActions']> = {
  DRAFT: ['REVISE', 'SUBMIT'],
  IN_REVIEW: ['APPROVE', 'RETURN', 'WITHHOLD'],
  APPROVED: ['DELIVER'],
  WITHHELD: [],
  DELIVERED: ['ACKNOWLEDGE'],
  ACKNOWLEDGED: [],
};

export function aMessage(overrides: Partial<MessageView> = {}): MessageView {
  return {
    allowedActions: messageActions[overrides.state ?? 'DRAFT'],
    id: messageId,
    caseId,
    kind: 'LETTER',
    authorId: harmedId,
    recipientId: offenderId,
    state: 'DRAFT',
    held: false,
    originalText: 'I want you to know how it changed my life. I still live on Maple Street.',
    originalFile: null,
    redactedText: null,
    redactedFile: null,
    textDecision: null,
    fileDecision: null,
    fileCheckedBy: null,
    fileCheckedByName: null,
    fileCheckedAt: null,
    returnComments: null,
    withholdReason: null,
    deliveryMethod: null,
    deliveredAt: null,
    acknowledgedAt: null,
    authorMayKnow: null,
    submittedAt: null,
    version: 2,
    createdAt: '2026-03-14T10:00:00Z',
    createdBy: 'mediator1',
    createdByName: { username: 'mediator1', displayName: 'Martin Mediator' },
    ...overrides,
  };
}

// ---- reference data (regions, institutions) ----

type RegionView = components['schemas']['RegionView'];
type InstitutionView = components['schemas']['InstitutionView'];

export const ontarioId = '5e0a0000-0000-4000-8000-000000000003';
export const quebecId = '5e0a0000-0000-4000-8000-000000000002';
export const collinsBayId = '1a5e0000-0000-4000-8000-000000000009';
export const warkworthId = '1a5e0000-0000-4000-8000-000000000012';

export function aRegion(overrides: Partial<RegionView> = {}): RegionView {
  return { id: ontarioId, code: 'ONTARIO', nameEn: 'Ontario', nameFr: 'Ontario', active: true, version: 0, ...overrides };
}

export function anInstitution(overrides: Partial<InstitutionView> = {}): InstitutionView {
  return {
    id: collinsBayId,
    code: 'ONT-COLLINS-BAY',
    nameEn: 'Collins Bay Institution',
    nameFr: 'Établissement de Collins Bay',
    regionId: ontarioId,
    active: true,
    version: 0,
    ...overrides,
  };
}

export function referenceDataHandlers() {
  return [
    http.get('/api/regions', ({ response }) =>
      response(200).json([aRegion(), aRegion({ id: quebecId, code: 'QUEBEC', nameEn: 'Quebec', nameFr: 'Québec' })]),
    ),
    http.get('/api/institutions', ({ response }) =>
      response(200).json([
        anInstitution(),
        anInstitution({ id: warkworthId, code: 'ONT-WARKWORTH', nameEn: 'Warkworth Institution', nameFr: 'Établissement de Warkworth' }),
        anInstitution({ id: '1a5e0000-0000-4000-8000-000000000099', code: 'ONT-CLOSED', nameEn: 'Closed Institution', nameFr: 'Établissement fermé', active: false }),
      ]),
    ),
  ];
}
