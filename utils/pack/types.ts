import type { CaptureRecord } from '../capture/record';
import type { CustodyEvent } from '../custody';

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
  /** The file or capture the check is about. */
  subject: string;
  message: string;
  expected?: string;
  actual?: string;
}

export interface PackVerdict {
  ok: boolean;
  format: string | null;
  keyFingerprint: string | null;
  captures: number;
  checks: PackCheck[];
}

export type { CustodyEvent };
