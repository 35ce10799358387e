import type { CorrectionState } from '../../../lib/api/corrections';
import type { components } from '../../../lib/api/schema';

export type { CorrectionFilter, CorrectionPage, CorrectionState, CorrectionView, RecordType } from '../../../lib/api/corrections';
export { correctionKeys } from '../../../lib/api/corrections';
export type NewCorrection = components['schemas']['NewCorrection'];
export type CorrectionResolution = components['schemas']['CorrectionResolution'];

export const correctionStates = ['OPEN', 'CORRECTED', 'ANNOTATED'] as const satisfies readonly CorrectionState[];
export const correctionOutcomes = ['CORRECTED', 'ANNOTATED'] as const satisfies readonly CorrectionResolution['outcome'][];
