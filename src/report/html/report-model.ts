// The whole report model: one call from the JSON contract to everything the views show.
import type { Analysis } from '../../contract.js';
import { articleInfos, buildContext, type ArticleInfo, type Column } from './model.js';
import { buildDisputes, buildSequences, type DisputeView, type UpdateSequence } from './model-disputes.js';
import {
  attachSequences,
  buildLead,
  buildNumbers,
  buildSpeakers,
  type Incident,
  type LeadItem,
  type SpeakerGroup,
} from './model-findings.js';
import {
  buildClaims,
  buildEntities,
  buildFraming,
  buildMap,
  buildSources,
  buildTimeline,
  type ClaimRow,
  type EntityRow,
  type FramingRow,
  type MapData,
  type SourceRow,
  type TimelineItem,
} from './model-tables.js';

export interface ReportModel {
  articles: ArticleInfo[];
  columns: Column[];
  lead: LeadItem[];
  disputes: DisputeView[];
  /** figures per incident, each with its updates as a sequence when it has some */
  numbers: Incident[];
  /** update sequences no incident took (status changes) */
  updates: UpdateSequence[];
  speakers: SpeakerGroup[];
  claims: ClaimRow[];
  framing: FramingRow[];
  timeline: TimelineItem[];
  map: MapData;
  sources: SourceRow[];
  outlets: NonNullable<Analysis['outlets']>;
  entities: EntityRow[];
  warnings: Analysis['warnings'];
}

/** Everything the report views show, from one analysis. Every part may be empty. */
export function buildReportModel(analysis: Analysis): ReportModel {
  const ctx = buildContext(analysis);
  const numbers = buildNumbers(ctx);
  const updates = attachSequences(numbers, buildSequences(ctx));
  return {
    articles: articleInfos(ctx),
    columns: ctx.columns,
    lead: buildLead(ctx),
    disputes: buildDisputes(ctx),
    numbers,
    updates,
    speakers: buildSpeakers(ctx),
    claims: buildClaims(ctx),
    framing: buildFraming(ctx),
    timeline: buildTimeline(ctx),
    map: buildMap(ctx),
    sources: buildSources(ctx),
    outlets: analysis.outlets ?? [],
    entities: buildEntities(ctx),
    warnings: analysis.warnings,
  };
}
