import type { Certainty } from '../domain/certainty.js';
import type { Correction } from '../domain/corrections.js';
import type { DuplicatePair } from '../domain/possible-duplicates.js';
import type {
  AreaRow,
  ChangeRow,
  ConflictRow,
  EventRow,
  EvidenceRow,
  OrganizationRow,
  ParticipationRow,
  PersonRow,
  PostRow,
  SourceRow,
  TenureRow,
} from '../store/rows.js';

/**
 * What resolvers pass down for each GraphQL type (codegen "mappers"): mostly store rows, and for
 * as-of views the date and minimum certainty they were asked for.
 */
export type PersonModel = PersonRow;
export type OrganizationModel = OrganizationRow;
export type AreaModel = AreaRow;
export type PostModel = PostRow;
export type TenureModel = TenureRow & { certainty?: Certainty | null; reason?: string | null };
export type HoldingModel = { tenure: TenureRow; certainty: Certainty; reason: string };
export type EventModel = EventRow;
export type ParticipationModel = ParticipationRow;
export type EvidenceModel = EvidenceRow;
export type SourceModel = SourceRow;
export type OrgChartModel = { organization: OrganizationRow; on: string; minCertainty: Certainty };
export type OrgChartPostModel = { post: PostRow; on: string; minCertainty: Certainty };
export type EventConnectionModel = { totalCount: number; events: EventRow[]; offset: number };
export type SourceConnectionModel = { totalCount: number; sources: SourceRow[]; offset: number };
export type SearchHitModel = PersonRow | OrganizationRow | PostRow;
export type ChangeModel = ChangeRow;
export type ConflictModel = ConflictRow;
/** A correction; for a tenure corrected before its holder was merged, the tenure it applies to now. */
export type CorrectionModel = Correction & { currentTenureId?: string };
export type DuplicateCandidateModel = DuplicatePair;
export type TimelineEntryModel = { date: string | null; tenure: TenureRow | null; change: ChangeRow | null };
export type ColleagueModel = { organizationId: string; holding: HoldingModel };
export type CoParticipantModel = { personId: string; eventIds: string[] };
export type HealthModel = Record<string, never>;
