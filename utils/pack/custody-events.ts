import type { CustodyEventType } from '../custody';
import {
  ANNOTATED_DETAILS_SCHEMA,
  DELETED_DETAILS_SCHEMA,
  EXPORT_DETAILS_SCHEMA,
  NOT_FOUND_DETAILS_SCHEMA,
  ROTATION_DETAILS_SCHEMA,
  RUN_ENDED_DETAILS_SCHEMA,
  RUN_STARTED_DETAILS_SCHEMA,
} from '../evidence/manifest';
import type { Schema } from '../schema/kit';
import { PACK_FORMAT, PACK_FORMATS, SITE_FILES_SINCE, type PackFormat } from './types';

/**
 * The one list of custody event types (docs/PACK-FORMAT.md, "Custody event
 * types", which is this list as a table): for each, the schema of its
 * `details`, who may write it, what it is about and where it may stand in a
 * pack. The verifier checks every event against it, and an event of a type
 * it does not name, or that came with a format later than the pack's, fails.
 * A later format that adds a type (runs, timestamps, imports) adds it here,
 * with the format that brought it; nothing checks an event past this list.
 */
export interface CustodyEventRule {
  /** The format that brought the type: a pack of an earlier format never holds it. */
  since: PackFormat;
  /** The schema of `details`; null when the event has none (its payloadSha256 is the hash of something else). */
  details: Schema | null;
  /** Who may write it: the pack's exporter, `manifest.exporter.installId` (a later format adds earlier hops' signers). */
  emittedBy: 'exporter';
  /** `capture`: a capture of the pack (`captureId` is one); `none`: `captureId` is null. */
  about: 'capture' | 'none';
  /**
   * Where it stands: `opens` its capture's events (the first about it, and the only one of its type);
   * `follows` its capture's opening event; `last` of the pack, and the only one of its type; `anywhere` before
   * the last; `never` in a pack.
   */
  place: 'opens' | 'follows' | 'last' | 'anywhere' | 'never';
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
  /**
   * The signing key was replaced: the old key signed a statement naming the new one (utils/crypto/key-rotation.ts).
   * About no capture, yet every pack exported since holds every one of them, in the order of the log.
   */
  'key-rotated': {
    since: 'dokaz-pack/2',
    details: ROTATION_DETAILS_SCHEMA,
    emittedBy: 'exporter',
    about: 'none',
    place: 'anywhere',
  },
  /**
   * A run through a chat began and ended (utils/monitor/), and a run no longer found a message documented before.
   * Kept in the log; a pack does not hold them yet (the format that does is to come), so a verifier that meets one
   * in a pack fails it.
   */
  'run-started': {
    since: PACK_FORMAT,
    details: RUN_STARTED_DETAILS_SCHEMA,
    emittedBy: 'exporter',
    about: 'none',
    place: 'never',
  },
  'run-ended': {
    since: PACK_FORMAT,
    details: RUN_ENDED_DETAILS_SCHEMA,
    emittedBy: 'exporter',
    about: 'none',
    place: 'never',
  },
  'not-found': {
    since: PACK_FORMAT,
    details: NOT_FOUND_DETAILS_SCHEMA,
    emittedBy: 'exporter',
    about: 'capture',
    place: 'never',
  },
} as const satisfies Record<CustodyEventType, CustodyEventRule>;

/**
 * The rule of a type in a format, or undefined for a type the list does not
 * name or that a later format brought. Without a format, the latest's.
 */
export function ruleOf(type: string, format: PackFormat = PACK_FORMATS.at(-1)!): CustodyEventRule | undefined {
  if (!Object.hasOwn(CUSTODY_EVENT_RULES, type)) return undefined;
  const rule: CustodyEventRule = CUSTODY_EVENT_RULES[type as CustodyEventType];
  return PACK_FORMATS.indexOf(rule.since) <= PACK_FORMATS.indexOf(format) ? rule : undefined;
}

/**
 * The format a pack of these events is written in: the oldest that has every
 * one of their types and, when the pack is laid out as only `dokaz-pack/3`
 * lays one out (a site's files derived from the captures, Telegram Desktop's
 * export; files several captures of a run share, kept once), that format, so
 * that a pack holds a later format only when it must (a `key-rotated` event:
 * `dokaz-pack/2`), and verifiers already in recipients' hands read every
 * other. The exporter writes it into the `exported` event's details;
 * build/index.ts writes it into manifest.json, and refuses an `exported`
 * event that says another.
 */
export function packFormatFor(events: Iterable<{ type: string }>, laidOutAs3 = false): PackFormat {
  let latest = laidOutAs3 ? PACK_FORMATS.indexOf(SITE_FILES_SINCE) : 0;
  for (const { type } of events) {
    const rule = ruleOf(type);
    if (rule) latest = Math.max(latest, PACK_FORMATS.indexOf(rule.since));
  }
  return PACK_FORMATS[latest]!;
}

/** A manifest's format when it is one this verifier knows, else the latest it knows (what the rules then hold to). */
export function knownFormat(format: unknown): PackFormat {
  return (PACK_FORMATS as readonly unknown[]).includes(format) ? (format as PackFormat) : PACK_FORMATS.at(-1)!;
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
