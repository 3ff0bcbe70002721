import { DokazError } from '../errors';
import { wordCheck } from './check-text';
import type { CheckMessage, CheckMessageKey, CheckParams, PackCheck } from './types';

/**
 * The named checks of a pack verification (what each covers is in the
 * catalogs, pack.checks, for the summary a person reads), and the list they
 * are collected in.
 */
/** Checks that inform and never fail. */
export const INFO_CHECKS: ReadonlySet<string> = new Set(['custody-gap']);

export interface CheckList {
  readonly checks: PackCheck[];
  pass(id: string, subject: string, message: CheckMessage): void;
  fail(id: string, subject: string, message: CheckMessage, values?: { expected?: string; actual?: string }): void;
  /** The number of failed checks so far, to tell whether a step added any. */
  failures(): number;
}

export function createCheckList(): CheckList {
  const checks: PackCheck[] = [];
  const check = (id: string, ok: boolean, subject: string, message: CheckMessage): PackCheck => ({
    id,
    ok,
    subject,
    message: wordCheck(message, 'en', true),
    ...message,
  });
  return {
    checks,
    pass: (id, subject, message) => void checks.push(check(id, true, subject, message)),
    fail: (id, subject, message, values) => void checks.push({ ...check(id, false, subject, message), ...values }),
    failures: () => checks.filter((check) => !check.ok).length,
  };
}

/** A check message: its template in the catalogs' pack.messages, and what fills its placeholders. */
export function m(key: CheckMessageKey, params?: CheckParams): CheckMessage {
  return params ? { key, params } : { key };
}

/**
 * A check message whose `{reason}` is what `error` says: a DokazError's text
 * in the reader's language, anything else (a ZIP or JSON parser's words) as it is.
 */
export function because(key: CheckMessageKey, error: unknown, params: CheckParams = {}): CheckMessage {
  const message = m(key, { ...params, reason: messageOf(error) });
  return error instanceof DokazError ? { ...message, text: error.text } : message;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
