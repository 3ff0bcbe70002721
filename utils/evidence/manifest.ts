import type * as v from 'valibot';
import { formats } from '../schema/formats';
import { STRICT, type Kit } from '../schema/kit';
import { ARTIFACT_KINDS, captureRecordSchema } from './record';

/**
 * The evidence pack (docs/PACK-FORMAT.md): one ZIP that a recipient verifies with sha256sum and openssl, without
 * trusting Dokaz. Its formats, oldest first: `dokaz-pack/2` differs only by the custody event types it may hold
 * (`key-rotated`, utils/pack/custody-events.ts); `dokaz-pack/3` adds the files sites derive from the captures
 * (`telegram/<chat>/result.json`, Telegram Desktop's export: `SITE_FILES_SINCE`). A pack is written in the oldest
 * format that has everything it holds (`packFormatFor`), so a pack without a key rotation or a site's file stays
 * `dokaz-pack/1`, which verifiers already in recipients' hands read.
 */
export const PACK_FORMATS = ['dokaz-pack/1', 'dokaz-pack/2', 'dokaz-pack/3'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

/** The first format: every pack whose events are all of its types is written in it. */
export const PACK_FORMAT = 'dokaz-pack/1' satisfies PackFormat;

/** The format that brought the files sites derive from a pack's captures, each in its site's folder. */
export const SITE_FILES_SINCE = 'dokaz-pack/3' satisfies PackFormat;

export const PACK_FILES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  sumsSignature: 'SHA256SUMS.sig',
  publicKey: 'public-key.pem',
  sums: 'SHA256SUMS',
  custody: 'custody.jsonl',
  report: 'report.html',
  verify: 'VERIFY.txt',
} as const;

/** What was asked for: all, some capture ids, or a case. */
export function selectionSchema(k: Kit) {
  const { uuid } = formats(k);
  return k.oneKey({
    all: k.object({ all: k.oneOf([true] as const) }),
    captureIds: k.object({ captureIds: k.list(uuid) }),
    caseId: k.object({ caseId: k.text() }),
  });
}

/** The manifest's members, each a schema of its own, so that a verifier checks each and uses the ones that hold. */
export function manifestMembers(k: Kit) {
  const text = k.text();
  const { sha256, uuid, utcInstant, packPath, language } = formats(k);
  return {
    format: k.oneOf(PACK_FORMATS),
    tool: k.object({ name: k.oneOf(['Dokaz'] as const), version: text }),
    /** UTC, ISO 8601 with milliseconds. */
    createdAt: utcInstant,
    exporter: k.object({
      installId: text,
      keyFingerprint: sha256,
      keyAlgorithm: k.oneOf(['ECDSA P-256 SHA-256'] as const),
    }),
    selection: selectionSchema(k),
    /** The report's language (a BCP 47 tag). */
    language,
    captures: k.list(
      k.object({
        id: uuid,
        recordSha256: sha256,
        /** The capture's record, as stored (and as `captures/<id>/record.json` holds it). */
        record: captureRecordSchema(k),
        /** Where each artifact is in the pack, by artifact id. */
        files: k.map(packPath),
      }),
    ),
    custody: k.object({
      path: k.oneOf([PACK_FILES.custody] as const),
      events: k.count,
      exportEventSeq: k.count,
      headHash: sha256,
    }),
    /** Every file of the pack but manifest.json, manifest.sig, SHA256SUMS and SHA256SUMS.sig. */
    files: k.list(k.object({ path: packPath, size: k.count, sha256 })),
  };
}

export const MANIFEST_MEMBERS = manifestMembers(STRICT);
type Members = typeof MANIFEST_MEMBERS;
export type PackManifest = { [K in keyof Members]: v.InferOutput<Members[K]> };
export type PackSelection = v.InferOutput<ReturnType<typeof selectionSchema>>;
export type PackCapture = PackManifest['captures'][number];
export type PackFileEntry = PackManifest['files'][number];

/**
 * A custody event's envelope. Its `type` is any text here: whether the type is known, and what its `details` must be,
 * is the one list of utils/pack/custody-events.ts, which names an unknown type as such.
 */
export function custodyEventSchema(k: Kit) {
  const { sha256, uuid, utcInstant } = formats(k);
  return k.object({
    seq: k.count,
    type: k.text(),
    at: utcInstant,
    actor: k.text(),
    captureId: k.nullable(uuid),
    payloadSha256: sha256,
    details: k.optional(k.anyObject),
    prevHash: sha256,
    hash: sha256,
  });
}

/** What an annotation holds, by name (utils/case-work/annotations.ts, changedFields). */
export const ANNOTATION_FIELDS = ['caseId', 'tags', 'categories', 'note'] as const;

/** An `annotated` event's details: which fields changed, and the hashes of the annotation before and after. */
export function annotatedDetailsSchema(k: Kit) {
  const { sha256 } = formats(k);
  return k.object({
    fields: k.list(k.oneOf(ANNOTATION_FIELDS), ANNOTATION_FIELDS.length),
    beforeSha256: sha256,
    afterSha256: sha256,
  });
}

/** A `deleted` event's details: why, and the hashes of what was deleted. */
export function deletedDetailsSchema(k: Kit) {
  const { sha256, fileName } = formats(k);
  return k.object({
    reason: k.text(),
    recordSha256: sha256,
    artifacts: k.list(k.object({ name: fileName, kind: k.oneOf(ARTIFACT_KINDS), sha256 })),
  });
}

/** The `exported` custody event's details. */
export function exportDetailsSchema(k: Kit) {
  const { uuid } = formats(k);
  return k.object({
    /** The pack's format, as its manifest.json says it. */
    format: k.oneOf(PACK_FORMATS),
    captureIds: k.list(uuid),
    selection: selectionSchema(k),
  });
}
export type ExportDetails = v.InferOutput<ReturnType<typeof exportDetailsSchema>>;

/**
 * A P-256 public key in PEM as Dokaz writes it (signing.ts, publicKeyPem): its SPKI is 91 bytes, 178 characters in
 * all; the bound leaves room for another line length and line breaks of two characters, no more.
 */
const PUBLIC_KEY_PEM =
  /^-----BEGIN PUBLIC KEY-----\r?\n(?:[A-Za-z0-9+/=]{1,76}\r?\n){1,8}-----END PUBLIC KEY-----\r?\n?$/;
const MAX_PEM_LENGTH = 512;
/** A DER ECDSA P-256 signature is at most 72 bytes: 96 characters of padded base64. */
const SIGNATURE_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAX_SIGNATURE_LENGTH = 96;

/**
 * A `key-rotated` event's details (utils/crypto/key-rotation.ts, RotationDetails): the old and the new key's
 * fingerprints, the old key, and its signature of the hand-over. Bounded, so that checking one costs what a genuine
 * one costs.
 */
export function rotationDetailsSchema(k: Kit) {
  const { sha256 } = formats(k);
  return k.object({
    from: sha256,
    to: sha256,
    fromPublicKey: k.format(
      'kind.publicKeyPem',
      (value) => value.length <= MAX_PEM_LENGTH && PUBLIC_KEY_PEM.test(value),
    ),
    signature: k.format(
      'kind.signatureBase64',
      (value) => value.length > 0 && value.length <= MAX_SIGNATURE_LENGTH && SIGNATURE_BASE64.test(value),
    ),
  });
}

/** The ways a run through a chat can go (utils/monitor/), and how it can end. */
export const RUN_DIRECTIONS = ['older', 'newer'] as const;
export const RUN_END_STATES = ['done', 'stopped', 'interrupted'] as const;

/** A `run-started` event's details: which run, through which chat (as the page first showed it), and how far. */
export function runStartedDetailsSchema(k: Kit) {
  const { uuid } = formats(k);
  return k.object({
    runId: uuid,
    pageUrl: k.text(),
    direction: k.oneOf(RUN_DIRECTIONS),
    limit: k.nullable(k.integer),
    until: k.nullable(k.text(100)),
    fromMessageId: k.nullable(k.integer),
  });
}

/** A `run-ended` event's details: how the run ended, what it found, and where it stopped. */
export function runEndedDetailsSchema(k: Kit) {
  const { uuid } = formats(k);
  return k.object({
    runId: uuid,
    state: k.oneOf(RUN_END_STATES),
    chatKey: k.nullable(k.text(200)),
    documented: k.integer,
    unchanged: k.integer,
    newVersions: k.integer,
    notFound: k.integer,
    failed: k.integer,
    /** The last message the run passed; a next run can go on from it. */
    stoppedAt: k.nullable(k.integer),
  });
}

/**
 * A `not-found` event's details: a run passed the place of a message documented before (its neighbours on both
 * sides were there) and the message was not. The event is about the message's latest capture.
 */
export function notFoundDetailsSchema(k: Kit) {
  const { uuid } = formats(k);
  return k.object({
    runId: uuid,
    chatKey: k.text(200),
    chatPeerId: k.nullable(k.integer),
    messageId: k.integer,
    /** The messages either side of it that the run found. */
    before: k.integer,
    after: k.integer,
  });
}

export const CUSTODY_EVENT_SCHEMA = custodyEventSchema(STRICT);
export const ANNOTATED_DETAILS_SCHEMA = annotatedDetailsSchema(STRICT);
export const DELETED_DETAILS_SCHEMA = deletedDetailsSchema(STRICT);
export const EXPORT_DETAILS_SCHEMA = exportDetailsSchema(STRICT);
export const ROTATION_DETAILS_SCHEMA = rotationDetailsSchema(STRICT);
export const RUN_STARTED_DETAILS_SCHEMA = runStartedDetailsSchema(STRICT);
export const RUN_ENDED_DETAILS_SCHEMA = runEndedDetailsSchema(STRICT);
export const NOT_FOUND_DETAILS_SCHEMA = notFoundDetailsSchema(STRICT);
