import type { CaptureRecord } from '../capture/record';
import type { CustodyEvent } from '../custody';
import type { Catalog } from '../i18n/catalog';
import type { Text } from '../i18n/translate';

/**
 * The evidence pack, `dokaz-pack/1` (docs/PACK-FORMAT.md): one ZIP that a
 * recipient verifies with sha256sum and openssl, without trusting Dokaz.
 */
export const PACK_FORMAT = 'dokaz-pack/1';

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

export interface PackFileEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface PackCapture {
  id: string;
  recordSha256: string;
  /** The capture's record, as stored (and as `captures/<id>/record.json` holds it). */
  record: CaptureRecord;
  /** Where each artifact is in the pack, by artifact id. */
  files: Record<string, string>;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  tool: { name: 'Dokaz'; version: string };
  /** UTC, ISO 8601 with milliseconds. */
  createdAt: string;
  exporter: { installId: string; keyFingerprint: string; keyAlgorithm: 'ECDSA P-256 SHA-256' };
  /** What was asked for: all, some capture ids, or a case. */
  selection: PackSelection;
  /** The report's language (a BCP 47 tag). */
  language: string;
  captures: PackCapture[];
  custody: { path: typeof PACK_FILES.custody; events: number; exportEventSeq: number; headHash: string };
  /** Every file of the pack but manifest.json, manifest.sig, SHA256SUMS and SHA256SUMS.sig. */
  files: PackFileEntry[];
}

export type PackSelection = { all: true } | { captureIds: string[] } | { caseId: string };

/** The `exported` custody event's details. */
export interface ExportDetails {
  format: typeof PACK_FORMAT;
  captureIds: string[];
  selection: PackSelection;
}

/** A named check of a verification, as a reader sees it. */
export interface PackCheck {
  /** e.g. "file-hash", "sha256sums", "signature", "custody-chain", "manifest-schema", "missing-file", "extra-file". */
  id: string;
  ok: boolean;
  /**
   * A deviation a genuine store can produce (a clock set back): shown apart,
   * never a failure, so `ok` is true (docs/PACK-FORMAT.md says which).
   */
  warning?: true;
  /** The file or capture the check is about. */
  subject: string;
  /** What was found, in English: `key` filled with `params` (and `text`'s English). */
  message: string;
  /** The message's template in the catalogs' pack.messages, which says it in any language. */
  key?: CheckMessageKey;
  params?: CheckParams;
  /** A DokazError's own text (a UI catalog key), which fills `{reason}` in the reader's language. */
  text?: Text;
  expected?: string;
  actual?: string;
}

export type CheckMessageKey = keyof Catalog['pack']['messages'];
/** What a schema problem names as a value's kind ("a list", "a UUID"): words, in every language. */
export type CheckKindKey = Extract<CheckMessageKey, `kind.${string}`>;
/**
 * What fills a check message's placeholder: a file name, a count, a value as
 * it is; a kind, in the reader's words; values to choose from ("a, b or c").
 */
export type CheckParam = string | number | { kind: CheckKindKey } | { or: readonly string[] };
export type CheckParams = Readonly<Record<string, CheckParam>>;

/** A check's message before it is worded: its template, what fills it, and a DokazError's text when it has one. */
export interface CheckMessage {
  key: CheckMessageKey;
  params?: CheckParams;
  text?: Text;
}

export interface PackVerdict {
  ok: boolean;
  format: string | null;
  keyFingerprint: string | null;
  captures: number;
  checks: PackCheck[];
  /** Whose key signed the pack, as far as a fingerprint obtained apart from it says (utils/pack/signer.ts). */
  signer: SignerCheck;
}

/**
 * The pack's key against the fingerprints the reader trusts: `confirmed` (one
 * of them; `label` names whose), `mismatch` (none of them: `expected` lists
 * them), `unconfirmed` (none given: the contents may be intact, but nothing
 * says who signed them).
 */
export interface SignerCheck {
  status: 'confirmed' | 'mismatch' | 'unconfirmed';
  /** The pack's key fingerprint, or null when the pack has no usable key. */
  actual: string | null;
  label?: string;
  expected?: string[];
}

export type { CustodyEvent };
