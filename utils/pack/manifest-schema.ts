import { ARTIFACT_KINDS, CAPTURE_SCHEMAS } from '../capture/record';
import { TELEGRAM_POST_SHAPE } from '../extract/telegram/shape';
import { fileName, packPath, sha256, text, utcInstant, uuid, type Schema } from './schema';
import { PACK_FILES, PACK_FORMATS } from './types';

/**
 * The schemas of docs/PACK-FORMAT.md, member by member, as types.ts and
 * capture/record.ts declare them: the manifest, the capture record it carries,
 * a custody event and the `exported` event's details.
 */
const str = 'string';
const nstr: Schema = { nullable: str };
const nnum: Schema = { nullable: 'number' };
const box: Schema = { object: { width: 'number', height: 'number' } };

export const CAPTURE_RECORD_SCHEMA: Schema = {
  object: {
    schema: { oneOf: CAPTURE_SCHEMAS },
    id: uuid,
    capturedAt: utcInstant,
    capturedAtLocal: str,
    timeZone: str,
    actor: str,
    trigger: {
      object: {
        source: { oneOf: ['menu', 'shortcut', 'api'] },
        frameId: 'integer',
        mediaType: nstr,
        linkUrl: nstr,
        srcUrl: nstr,
        selectionText: nstr,
      },
    },
    page: {
      object: { url: str, title: str, canonicalUrl: nstr, lang: nstr, description: nstr, meta: { map: str } },
    },
    post: {
      object: {
        frameUrl: str,
        container: { nullable: { object: { tag: str, path: str } } },
        text: str,
        html: str,
        htmlTruncated: 'boolean',
        selection: str,
        linkUrl: nstr,
        mediaUrl: nstr,
        media: {
          list: {
            object: {
              kind: { oneOf: ['image', 'video', 'audio', 'file'] },
              src: str,
              shownSrc: nstr,
              width: nnum,
              height: nnum,
            },
            optional: ['shownSrc'],
          },
        },
        rect: { nullable: { object: { x: 'number', y: 'number', width: 'number', height: 'number' } } },
        tall: 'boolean',
        extractor: str,
        structured: { nullable: TELEGRAM_POST_SHAPE },
      },
    },
    environment: {
      object: {
        browser: { object: { name: str, version: str } },
        os: str,
        extensionVersion: str,
        userAgent: str,
        window: { nullable: box },
        viewport: { object: { width: 'number', height: 'number', devicePixelRatio: 'number' } },
        locale: str,
      },
    },
    artifacts: {
      list: {
        object: {
          id: uuid,
          kind: { oneOf: ARTIFACT_KINDS },
          name: fileName,
          mime: str,
          size: 'count',
          sha256,
          sourceUrl: str,
          fetchedVia: { oneOf: ['page', 'extension'] },
          width: 'number',
          height: 'number',
        },
        optional: ['sourceUrl', 'fetchedVia', 'width', 'height'],
      },
    },
    skipped: { list: { object: { kind: { oneOf: ['media'] }, url: str, reason: str } } },
    warnings: { list: str },
  },
};

export const SELECTION_SCHEMA: Schema = {
  oneKey: {
    all: { object: { all: { oneOf: [true] } } },
    captureIds: { object: { captureIds: { list: uuid } } },
    caseId: { object: { caseId: str } },
  },
};

/** The manifest's members, each checked on its own so that a verifier can use the ones that hold. */
export const MANIFEST_MEMBERS = {
  format: { oneOf: PACK_FORMATS },
  tool: { object: { name: { oneOf: ['Dokaz'] }, version: str } },
  createdAt: utcInstant,
  exporter: {
    object: { installId: str, keyFingerprint: sha256, keyAlgorithm: { oneOf: ['ECDSA P-256 SHA-256'] } },
  },
  selection: SELECTION_SCHEMA,
  language: text('kind.language', (v) => /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v)),
  captures: {
    list: { object: { id: uuid, recordSha256: sha256, record: CAPTURE_RECORD_SCHEMA, files: { map: packPath } } },
  },
  custody: {
    object: { path: { oneOf: [PACK_FILES.custody] }, events: 'count', exportEventSeq: 'count', headHash: sha256 },
  },
  files: { list: { object: { path: packPath, size: 'count', sha256 } } },
} satisfies Record<string, Schema>;

/**
 * A custody event's envelope. Its `type` is any text here: whether the type
 * is known, and what its `details` must be, is the one list of
 * custody-events.ts, which names an unknown type as such.
 */
export const CUSTODY_EVENT_SCHEMA: Schema = {
  object: {
    seq: 'count',
    type: str,
    at: utcInstant,
    actor: str,
    captureId: { nullable: uuid },
    payloadSha256: sha256,
    details: 'any-object',
    prevHash: sha256,
    hash: sha256,
  },
  optional: ['details'],
};

/** What an annotation holds, by name (utils/case-work/annotations.ts, changedFields). */
export const ANNOTATION_FIELDS = ['caseId', 'tags', 'categories', 'note'] as const;

/** An `annotated` event's details: which fields changed, and the hashes of the annotation before and after. */
export const ANNOTATED_DETAILS_SCHEMA: Schema = {
  object: {
    fields: { list: { oneOf: ANNOTATION_FIELDS }, max: ANNOTATION_FIELDS.length },
    beforeSha256: sha256,
    afterSha256: sha256,
  },
};

/** A `deleted` event's details: why, and the hashes of what was deleted. */
export const DELETED_DETAILS_SCHEMA: Schema = {
  object: {
    reason: str,
    recordSha256: sha256,
    artifacts: { list: { object: { name: fileName, kind: { oneOf: ARTIFACT_KINDS }, sha256 } } },
  },
};

export const EXPORT_DETAILS_SCHEMA: Schema = {
  object: { format: { oneOf: PACK_FORMATS }, captureIds: { list: uuid }, selection: SELECTION_SCHEMA },
};

/**
 * A P-256 public key in PEM as Dokaz writes it (signing.ts, publicKeyPem):
 * its SPKI is 91 bytes, 178 characters in all; the bound leaves room for
 * another line length and line breaks of two characters, no more.
 */
const PUBLIC_KEY_PEM =
  /^-----BEGIN PUBLIC KEY-----\r?\n(?:[A-Za-z0-9+/=]{1,76}\r?\n){1,8}-----END PUBLIC KEY-----\r?\n?$/;
const MAX_PEM_LENGTH = 512;
/** A DER ECDSA P-256 signature is at most 72 bytes: 96 characters of padded base64. */
const SIGNATURE_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAX_SIGNATURE_LENGTH = 96;

/**
 * A `key-rotated` event's details (utils/crypto/key-rotation.ts,
 * RotationDetails): the old and the new key's fingerprints, the old key, and
 * its signature of the hand-over. Bounded, so that checking one costs what a
 * genuine one costs.
 */
export const ROTATION_DETAILS_SCHEMA: Schema = {
  object: {
    from: sha256,
    to: sha256,
    fromPublicKey: text('kind.publicKeyPem', (v) => v.length <= MAX_PEM_LENGTH && PUBLIC_KEY_PEM.test(v)),
    signature: text(
      'kind.signatureBase64',
      (v) => v.length > 0 && v.length <= MAX_SIGNATURE_LENGTH && SIGNATURE_BASE64.test(v),
    ),
  },
};
