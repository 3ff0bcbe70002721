import type { PackCheck } from './types';

/**
 * The named checks of a pack verification, what each covers (for the
 * summary a person reads), and the list they are collected in.
 */
export const CHECK_LABELS: Record<string, string> = {
  zip: 'The pack opens as a ZIP, every entry readable and safely named',
  'manifest-json': 'manifest.json is UTF-8 JSON',
  'manifest-schema': 'manifest.json has every member of dokaz-pack/1, each of its type',
  'public-key': 'public-key.pem is an ECDSA P-256 public key',
  'key-fingerprint': "public-key.pem is the key manifest.json's exporter names",
  signature: 'manifest.sig and SHA256SUMS.sig verify with public-key.pem',
  sha256sums: 'SHA256SUMS lists every file once, in order, and each hash matches',
  'file-hash': 'Every file has the size and SHA-256 that manifest.json gives',
  'missing-file': 'No file is missing',
  'extra-file': 'No file is extra',
  capture: "Each capture's entry in manifest.json agrees with its record",
  record: "Each record.json is the canonical JSON of the manifest's record",
  'record-hash': 'Each record.json hashes to its recordSha256',
  artifact: 'Each artifact has the size and SHA-256 that its record gives',
  'custody-json': 'custody.jsonl holds one canonical JSON custody event per line',
  'custody-hash': "Every custody event's hash recomputes from its fields",
  'custody-chain': 'Custody events are in order, each linked to the one before it',
  'custody-gap': 'Custody events of other captures left out',
  'custody-captures': "Every capture has its captured event, with its record's hash, and none is deleted",
  'custody-export': 'The last custody event is this export, as manifest.json says',
  'not-checked': 'Checks that could not be run',
  verifier: 'The verifier ran every check to its end',
};

/** Checks that inform and never fail. */
export const INFO_CHECKS: ReadonlySet<string> = new Set(['custody-gap']);

export interface CheckList {
  readonly checks: PackCheck[];
  pass(id: string, subject: string, message: string): void;
  fail(id: string, subject: string, message: string, values?: { expected?: string; actual?: string }): void;
  /** The number of failed checks so far, to tell whether a step added any. */
  failures(): number;
}

export function createCheckList(): CheckList {
  const checks: PackCheck[] = [];
  return {
    checks,
    pass: (id, subject, message) => void checks.push({ id, ok: true, subject, message }),
    fail: (id, subject, message, values) => void checks.push({ id, ok: false, subject, message, ...values }),
    failures: () => checks.filter((check) => !check.ok).length,
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
