import type { CustodyEvent } from '../custody';
import type { Catalog } from '../i18n/catalog';
import type { Text } from '../i18n/translate';

export {
  PACK_FILES,
  PACK_FORMAT,
  PACK_FORMATS,
  SITE_FILES_SINCE,
  type ExportDetails,
  type PackCapture,
  type PackFileEntry,
  type PackFormat,
  type PackManifest,
  type PackSelection,
} from '../evidence/manifest';

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
  /**
   * The keys that handed over, one to the next, to the pack's key, oldest
   * first: present only when the pack holds `key-rotated` events and the check
   * `key-rotation` proved every hand-over, the last one to `keyFingerprint`.
   */
  keyHistory?: KeyHandOver[];
  /** Whose key signed the pack, as far as a fingerprint obtained apart from it says (utils/pack/verify/signer.ts). */
  signer: SignerCheck;
}

/** An earlier key of the exporter, and its signed hand-over to the next one (a `key-rotated` event). */
export interface KeyHandOver {
  /** The earlier key's fingerprint (the event's `details.from`). */
  fingerprint: string;
  /** The key it handed over to (`details.to`): the next one's fingerprint, or the pack's key for the last. */
  to: string;
  /** When: the event's `at`, UTC ISO 8601. */
  at: string;
  /** The event's `seq` in custody.jsonl. */
  seq: number;
}

/**
 * The pack's key against the fingerprints the reader trusts: `confirmed` (one
 * of them, or an earlier key of the exporter's that handed over to it, one
 * hand-over after another, each proven by the pack's `key-rotated` events;
 * `label` names whose), `mismatch` (none of them: `expected` lists them),
 * `unconfirmed` (none given: the contents may be intact, but nothing says who
 * signed them).
 */
export interface SignerCheck {
  status: 'confirmed' | 'mismatch' | 'unconfirmed';
  /** The pack's key fingerprint, or null when the pack has no usable key. */
  actual: string | null;
  label?: string;
  expected?: string[];
  /**
   * Confirmed through a key rotation: the trusted fingerprint, an earlier key
   * than the pack's. Absent when the pack's own key is the trusted one.
   */
  rotatedFrom?: string;
  /** When that earlier key handed over to the next one (its `key-rotated` event's `at`). */
  rotatedAt?: string;
  /** How many hand-overs lead from it to the pack's key (1 when it handed over to the pack's key itself). */
  handOvers?: number;
}

export type { CustodyEvent };
