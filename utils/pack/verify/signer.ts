import { DokazError } from '../../errors';
import { text } from '../../i18n/translate';
import { createCheckList, m } from './check-list';
import { PACK_FILES, type KeyHandOver, type PackVerdict, type SignerCheck } from '../types';

/**
 * Whose pack is it (issue 14). A pack carries its own public key, so a pack
 * re-signed with a fresh key verifies as well as the original: only a
 * fingerprint obtained apart from the pack (read out by phone, a printed key
 * card, in person) says who signed it. This module reads such fingerprints,
 * alone or as a list of trusted keys, and compares the pack's key with them.
 * Pure: the CLI and the verify page share it.
 */
export interface TrustedKey {
  /** 64 lowercase hex digits. */
  fingerprint: string;
  /** Whose key it is, as the list names it; absent for a fingerprint given alone. */
  label?: string;
}

/** A fingerprint or a list of trusted keys that cannot be read; its text names the line. */
export class TrustedKeysError extends DokazError {
  override name = 'TrustedKeysError';
}

const HEX_DIGITS = 64;
/** What people put between a fingerprint's digits: spaces (groups of four), colons (openssl), hyphens. */
const SEPARATOR = /[\s:-]/;

/**
 * A fingerprint as 64 lowercase hex digits, from the forms people copy it in:
 * grouped ("a3f1 9c0b …"), with colons ("A3:F1:…"), in either case, or as
 * `sha256sum` prints it ("a3f1…3c21  -"). Null when it is not 64 hex digits.
 */
export function normaliseFingerprint(input: string): string | null {
  const hex = [...input].filter((char) => !SEPARATOR.test(char)).join('');
  return new RegExp(`^[0-9a-fA-F]{${HEX_DIGITS}}$`).test(hex) ? hex.toLowerCase() : null;
}

/** "a3f1 9c0b …": four digits a group, to read aloud and compare by eye (16 groups for SHA-256). */
export function groupFingerprint(hex: string): string[] {
  return hex.match(/.{1,4}/g) ?? [];
}

/** A fingerprint given alone (`--fingerprint`, the verify page's field), as a trusted key without a label. */
export function parseFingerprint(input: string): TrustedKey {
  const fingerprint = normaliseFingerprint(input);
  if (fingerprint === null) {
    // Shown back as typed, cut short: a whole pasted paragraph would hide the message.
    const value = input.length > 80 ? `${input.slice(0, 79)}…` : input;
    throw new TrustedKeysError(text('error.fingerprintFormat', { value }));
  }
  return { fingerprint };
}

/**
 * A list of trusted keys: one a line, the fingerprint (grouped or not) then
 * white space and a label ("a3f1 9c0b … 3c21  Women's Centre Skopje, Ana").
 * Blank lines and lines starting with `#` are skipped. A line that is not a
 * fingerprint and a label, or a fingerprint listed twice, throws naming the
 * line: a list read wrong could confirm the wrong signer.
 */
export function parseTrustedKeys(list: string): TrustedKey[] {
  const keys: TrustedKey[] = [];
  const lineOf = new Map<string, number>();
  for (const [index, raw] of list
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const number = String(index + 1); // a line's number, not a count: no digit grouping
    const key = readLine(line);
    if (!key) throw new TrustedKeysError(text('error.trustedKeysLine', { line: number }));
    const first = lineOf.get(key.fingerprint);
    if (first !== undefined) {
      throw new TrustedKeysError(text('error.trustedKeysTwice', { line: number, first: String(first) }));
    }
    lineOf.set(key.fingerprint, index + 1);
    keys.push(key);
  }
  if (keys.length === 0) throw new TrustedKeysError(text('error.trustedKeysEmpty'));
  return keys;
}

/** The first 64 hex digits (separators between them allowed), then white space and a label. */
function readLine(line: string): TrustedKey | null {
  let hex = '';
  let at = 0;
  for (; at < line.length && hex.length < HEX_DIGITS; at++) {
    const char = line[at] as string;
    if (/[0-9a-fA-F]/.test(char)) hex += char;
    else if (!SEPARATOR.test(char)) return null;
  }
  const rest = line.slice(at);
  if (hex.length < HEX_DIGITS || !/^\s/.test(rest)) return null;
  const label = rest.trim();
  return label === '' ? null : { fingerprint: hex.toLowerCase(), label };
}

/**
 * Whether the pack's key is one of the trusted keys, or the key that one of
 * them handed over to (`keyHistory`, the hand-overs the pack proves, oldest
 * first, the last to the pack's key); "unconfirmed" when none was given. A
 * trusted earlier key whose hand-overs the pack does not prove is a mismatch.
 */
export function checkSigner(
  actual: string | null,
  trusted: readonly TrustedKey[] = [],
  keyHistory: readonly KeyHandOver[] = [],
): SignerCheck {
  if (trusted.length === 0) return { status: 'unconfirmed', actual };
  const labelOf = (key: TrustedKey) => (key.label !== undefined ? { label: key.label } : {});
  const match = trusted.find((key) => key.fingerprint === actual);
  if (match) return { status: 'confirmed', actual, ...labelOf(match) };
  // The latest trusted key of the line: the fewest hand-overs between it and the pack's key.
  const proven = actual !== null && keyHistory.at(-1)?.to === actual ? keyHistory : [];
  for (let i = proven.length - 1; i >= 0; i--) {
    const handOver = proven[i]!;
    const earlier = trusted.find((key) => key.fingerprint === handOver.fingerprint);
    if (earlier) {
      return {
        status: 'confirmed',
        actual,
        ...labelOf(earlier),
        rotatedFrom: handOver.fingerprint,
        rotatedAt: handOver.at,
        handOvers: proven.length - i,
      };
    }
  }
  return { status: 'mismatch', actual, expected: trusted.map((key) => key.fingerprint) };
}

/** The signer check's message: whose key the pack's is, directly or through hand-overs. */
function confirmedMessage(signer: SignerCheck) {
  if (signer.rotatedFrom === undefined) {
    return signer.label !== undefined ? m('signer.ok', { label: signer.label }) : m('signer.okGiven');
  }
  const params = { date: signer.rotatedAt ?? '', count: signer.handOvers ?? 1 };
  return signer.label !== undefined
    ? m('signer.rotated', { ...params, label: signer.label })
    : m('signer.rotatedGiven', params);
}

/**
 * A verdict with its signer: the `signer` field, and, when keys were given, a
 * named check `signer` that passes or fails like the others (a pack signed by
 * another key is not verified). A trusted earlier key confirms the pack when
 * the verdict's `keyHistory` (check key-rotation) leads from it to the pack's
 * key. A verdict that had a signer check gets the new one in its place, so the
 * verify page can change the expected key without reading the pack again.
 */
export function confirmSigner(
  verdict: Omit<PackVerdict, 'signer'> & { signer?: SignerCheck },
  trusted: readonly TrustedKey[] = [],
): PackVerdict {
  const signer = checkSigner(verdict.keyFingerprint, trusted, verdict.keyHistory);
  const list = createCheckList();
  const subject = PACK_FILES.publicKey;
  if (signer.status === 'confirmed') {
    list.pass('signer', subject, confirmedMessage(signer));
  } else if (signer.status === 'mismatch') {
    const expected = trusted.map((key) => (key.label ? `${key.fingerprint} (${key.label})` : key.fingerprint));
    list.fail('signer', subject, m(signer.actual === null ? 'signer.noKey' : 'signer.other'), {
      expected: expected.join(', '),
      ...(signer.actual !== null ? { actual: signer.actual } : {}),
    });
  }
  const checks = [...verdict.checks.filter((check) => check.id !== 'signer'), ...list.checks];
  return { ...verdict, ok: checks.every((check) => check.ok), checks, signer };
}
