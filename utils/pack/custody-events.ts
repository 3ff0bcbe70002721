import type { CustodyEventType } from '../custody';
import { ANNOTATED_DETAILS_SCHEMA, DELETED_DETAILS_SCHEMA, EXPORT_DETAILS_SCHEMA } from './manifest-schema';
import type { Schema } from './schema';
import { PACK_FORMAT } from './types';

/**
 * The one list of custody event types (docs/PACK-FORMAT.md, "Custody event
 * types", which is this list as a table): for each, the schema of its
 * `details`, who may write it, what it is about and where it may stand in a
 * pack. The verifier checks every event against it, and an event of a type
 * it does not name fails. A later format that adds a type (runs, timestamps,
 * imports) adds it here, with the format that brought it; nothing checks an
 * event past this list.
 */
export interface CustodyEventRule {
  /** The format that brought the type. */
  since: typeof PACK_FORMAT;
  /** The schema of `details`; null when the event has none (its payloadSha256 is the hash of something else). */
  details: Schema | null;
  /** Who may write it: the pack's exporter, `manifest.exporter.installId` (a later format adds earlier hops' signers). */
  emittedBy: 'exporter';
  /** `capture`: a capture of the pack (`captureId` is one); `none`: `captureId` is null. */
  about: 'capture' | 'none';
  /**
   * Where it stands: `opens` its capture's events (the first about it, and the only one of its type);
   * `follows` its capture's opening event; `last` of the pack, and the only one of its type; `never` in a pack.
   */
  place: 'opens' | 'follows' | 'last' | 'never';
}

export const CUSTODY_EVENT_RULES = {
  /** A capture was stored; its payloadSha256 is the record's SHA-256, its `at` within moments of `capturedAt`. */
  captured: { since: PACK_FORMAT, details: null, emittedBy: 'exporter', about: 'capture', place: 'opens' },
  /** A capture's annotation (case, tags, categories, note) changed: the hashes of before and after. */
  annotated: {
    since: PACK_FORMAT,
    details: ANNOTATED_DETAILS_SCHEMA,
    emittedBy: 'exporter',
    about: 'capture',
    place: 'follows',
  },
  /** A capture was deleted. A deleted capture is never exported, so its events, this one too, are never in a pack. */
  deleted: {
    since: PACK_FORMAT,
    details: DELETED_DETAILS_SCHEMA,
    emittedBy: 'exporter',
    about: 'capture',
    place: 'never',
  },
  /** This export. The exporter's log also holds its earlier exports, but they are about no capture: left out. */
  exported: { since: PACK_FORMAT, details: EXPORT_DETAILS_SCHEMA, emittedBy: 'exporter', about: 'none', place: 'last' },
} as const satisfies Record<CustodyEventType, CustodyEventRule>;

/** The rule of a type, or undefined for a type the list does not name. */
export function ruleOf(type: string): CustodyEventRule | undefined {
  return Object.hasOwn(CUSTODY_EVENT_RULES, type) ? CUSTODY_EVENT_RULES[type as CustodyEventType] : undefined;
}

/**
 * How far a `captured` event's `at` may stand from its record's `capturedAt`.
 * The store reads the clock twice for one capture: `capturedAt` when the
 * capture starts, `at` when it is stored, after the screenshots, the page
 * snapshot and the downloads of the post's media (up to 32 MB each, with no
 * time limit) and any write queued before it (an export). Within `ordinary`
 * the pack passes; beyond, up to `plausible`, it is a warning, because a
 * genuine store gets there (a computer asleep during a download, a clock set
 * back by a second or more in between); beyond that, no capture explains it.
 */
export const CAPTURED_AT = {
  /** `at` may precede `capturedAt` by this much: an NTP step of a fraction of a second. */
  earlyMs: 1_000,
  /** ... and follow it by this much: the slowest ordinary capture, and a wait behind an export. */
  lateMs: 10 * 60_000,
  /** Beyond this either way, a failure. */
  plausibleMs: 30 * 24 * 60 * 60_000,
} as const;
