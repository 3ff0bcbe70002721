import { DokazError } from '../../errors';
import { wordCheck } from './check-text';
import type { CheckMessage, CheckMessageKey, CheckParams, PackCheck } from '../types';

/**
 * The named checks of a pack verification (what each covers is in the
 * catalogs, pack.checks, for the summary a person reads), and the list they
 * are collected in.
 */
/** Checks that inform and never fail. */
export const INFO_CHECKS: ReadonlySet<string> = new Set(['custody-gap']);

/**
 * How many failures (or warnings, or notes) of one kind (a check's id and its
 * message's template) are listed one by one; the rest are one line, "and N
 * more like it". A hostile pack of 40,000 bad custody lines then costs 40,000
 * counts, not 40,000 worded checks that every reader of the verdict walks.
 */
export const MAX_SHOWN_PER_KIND = 100;

type Values = { expected?: string; actual?: string };

export interface CheckList {
  readonly checks: PackCheck[];
  pass(id: string, subject: string, message: CheckMessage): void;
  fail(id: string, subject: string, message: CheckMessage, values?: Values): void;
  /** A deviation a genuine store can produce: listed, worded apart, and never a failure of the pack. */
  warn(id: string, subject: string, message: CheckMessage, values?: Values): void;
  /** The number of failed checks so far, those not listed one by one included, to tell whether a step added any. */
  failures(): number;
}

interface Overflow {
  check: PackCheck;
  count: number;
  worded: number;
}

export function createCheckList(): CheckList {
  const checks: PackCheck[] = [];
  let failed = 0;
  const shown = new Map<string, number>();
  const overflows = new Map<string, Overflow>();
  const make = (id: string, ok: boolean, subject: string, message: CheckMessage, values?: Values): PackCheck => ({
    id,
    ok,
    subject,
    message: wordCheck(message, 'en', true),
    ...message,
    ...values,
  });
  /** Adds a check unless its kind has been listed enough; counts it either way. O(1) a check. */
  const add = (
    level: 'fail' | 'warn' | 'info',
    id: string,
    subject: string,
    message: CheckMessage,
    values?: Values,
  ) => {
    const kind = `${level} ${id} ${message.key}`;
    const count = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, count);
    const ok = level !== 'fail';
    if (count <= MAX_SHOWN_PER_KIND) {
      const check = make(id, ok, subject, message, values);
      if (level === 'warn') check.warning = true;
      checks.push(check);
      return;
    }
    const overflow = overflows.get(kind);
    if (overflow) {
      overflow.count += 1;
      return;
    }
    // The line that stands for the rest, where the first of them would have been; worded when the list is read.
    const check = make(id, ok, subject, { key: 'checks.more', params: { count: 1 } });
    if (level === 'warn') check.warning = true;
    checks.push(check);
    overflows.set(kind, { check, count: 1, worded: 1 });
  };
  return {
    get checks() {
      for (const overflow of overflows.values()) {
        if (overflow.worded === overflow.count) continue;
        const message: CheckMessage = { key: 'checks.more', params: { count: overflow.count } };
        Object.assign(overflow.check, { ...message, message: wordCheck(message, 'en', true) });
        overflow.worded = overflow.count;
      }
      return checks;
    },
    pass: (id, subject, message) => {
      if (INFO_CHECKS.has(id)) add('info', id, subject, message);
      else checks.push(make(id, true, subject, message));
    },
    fail: (id, subject, message, values) => {
      failed += 1;
      add('fail', id, subject, message, values);
    },
    warn: (id, subject, message, values) => add('warn', id, subject, message, values),
    failures: () => failed,
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

/**
 * A check list whose checks go to another one later, in the order they were
 * made: for checks made during one pass over a file but reported after
 * others. It holds what the other list would show of each kind and counts
 * the rest, so a pass over 40,000 events holds at most a hundred of each.
 */
export interface DeferredList extends CheckList {
  /** Makes every check on `list`, in order, as if made there. */
  addTo(list: CheckList): void;
}

export function createDeferredList(): DeferredList {
  type Call = { level: 'pass' | 'fail' | 'warn'; args: [string, string, CheckMessage, Values?]; again: number };
  const calls: Call[] = [];
  const kept = new Map<string, { count: number; last: Call }>();
  let failed = 0;
  const record = (level: Call['level'], ...args: Call['args']) => {
    if (level === 'fail') failed += 1;
    // A pass is shown every time, but for an informing one (CheckList.pass).
    if (level === 'pass' && !INFO_CHECKS.has(args[0])) {
      calls.push({ level, args, again: 0 });
      return;
    }
    const kind = `${level} ${args[0]} ${args[2].key}`;
    const seen = kept.get(kind);
    // Beyond what the list shows and the line standing for the rest, a check of the kind is only counted there.
    if (seen && seen.count > MAX_SHOWN_PER_KIND) {
      seen.last.again += 1;
      return;
    }
    const call: Call = { level, args, again: 0 };
    calls.push(call);
    kept.set(kind, { count: (seen?.count ?? 0) + 1, last: call });
  };
  return {
    get checks(): PackCheck[] {
      throw new Error('a deferred check list is read through the list it is added to');
    },
    pass: (id, subject, message) => record('pass', id, subject, message),
    fail: (id, subject, message, values) => record('fail', id, subject, message, values),
    warn: (id, subject, message, values) => record('warn', id, subject, message, values),
    failures: () => failed,
    addTo(list) {
      for (const { level, args, again } of calls) {
        for (let i = 0; i <= again; i++) {
          if (level === 'pass') list.pass(args[0], args[1], args[2]);
          else list[level](...args);
        }
      }
    },
  };
}
