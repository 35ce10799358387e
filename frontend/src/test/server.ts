import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';
import type { components, paths } from '../lib/api/schema';

/** MSW handlers typed from openapi.yaml: paths, parameters and bodies must match the contract. */
export const http = createOpenApiHttp<paths>({ baseUrl: window.location.origin });
export const server = setupServer();

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

export function aReferral(overrides: Partial<ReferralView> = {}): ReferralView {
  return {
    id: referralId,
    source: 'STAFF',
    state: 'SUBMITTED',
    harmedPerson: null,
    offender: { id: '7d8e9f00-1111-4222-8333-444455556666', kind: 'OFFENDER', firstName: 'Marc', lastName: 'Roy', offenderNumber: 'FPS123' },
    offenderNumber: 'FPS123',
    channel: null,
    victimRegistration: null,
    notes: null,
    referringStaff: 'staff1',
    submittedBy: 'staff1',
    staffSupportsParticipation: true,
    offenderTakesResponsibility: true,
    reasons: 'Wants to answer the family.',
    safetyConcerns: null,
    noContactCondition: null,
    noContactReviewPending: false,
    matchedReferralIds: [],
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
    createdAt: '2026-03-10T16:15:50Z',
    ...overrides,
  };
}

export function anAssessment(overrides: Partial<SuitabilityAssessmentView> = {}): SuitabilityAssessmentView {
  return {
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
    version: 4,
    createdAt: '2026-03-11T10:00:00Z',
    createdBy: 'coordinator1',
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
