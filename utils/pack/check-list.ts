import type { PackCheck } from './types';

/**
 * The named checks of a pack verification (what each covers is in the
 * catalogs, pack.checks, for the summary a person reads), and the list they
 * are collected in.
 */
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
