import type { components } from '../../../lib/api/schema';

export type { InstitutionView, RegionView } from '../../../lib/api/reference-data';
export type NewRegion = components['schemas']['NewRegion'];
export type RegionUpdate = components['schemas']['RegionUpdate'];
export type NewInstitution = components['schemas']['NewInstitution'];
export type InstitutionUpdate = components['schemas']['InstitutionUpdate'];
