// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CustodyEvent } from '@/utils/custody';
import { sha256Hex } from '@/utils/hash';
import { MAX_SHOWN_PER_KIND } from '@/utils/pack/verify/check-list';
import type { PackVerdict } from '@/utils/pack/types';
import { formatVerdict } from '@/utils/pack/verify';
import { MAX_BAD_LINES } from '@/utils/pack/verify/custody';
import { verifyWith, verifyWithText, type Draft } from './custody-log';

/**
 * Bounded work on custody logs of 40,000 lines (issue 14: a 13 KB pack of
 * 40,000 bad lines took 17 s). Not timed here (bin/bench-custody.ts measures
 * time and memory): what is counted is the work that grew with the lines,
 * the checks listed, which every reader of the verdict walks and words.
 */
const LINES = 40_000;
const TIMEOUT = 120_000; // room for a slow, shared machine; nothing here is timed

/** The most checks a verdict may hold whatever the log: a hundred of each kind, and what a pack has anyway. */
const BOUND = 1_000;

const byKind = (verdict: PackVerdict) => {
  const kinds = new Map<string, number>();
  for (const check of verdict.checks) {
    const kind = `${check.id} ${check.key} ${check.ok} ${check.warning ?? false}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return Math.max(...kinds.values());
};

describe('a custody log of 40,000 lines', () => {
  it(
    'that are not JSON: the first hundred named, then reading stops',
    async () => {
      const verdict = await verifyWithText('x\n'.repeat(LINES));
      expect(verdict.ok).toBe(false);
      expect(verdict.checks.length).toBeLessThan(BOUND);
      const custody = verdict.checks.filter((check) => check.id === 'custody-json');
      expect(custody).toHaveLength(MAX_SHOWN_PER_KIND + 2);
      expect(custody.at(-2)).toMatchObject({
        key: 'checks.more',
        params: { count: MAX_BAD_LINES - MAX_SHOWN_PER_KIND },
      });
      expect(custody.at(-1)).toMatchObject({
        subject: `custody.jsonl line ${MAX_BAD_LINES + 1}`,
        key: 'custody.tooManyBad',
      });
      expect(formatVerdict(verdict).length).toBeLessThan(BOUND);
    },
    TIMEOUT,
  );

  it(
    'that are objects but no events: bounded the same',
    async () => {
      const verdict = await verifyWithText('{}\n'.repeat(LINES));
      expect(verdict.checks.length).toBeLessThan(BOUND);
      expect(byKind(verdict)).toBeLessThanOrEqual(MAX_SHOWN_PER_KIND + 1);
    },
    TIMEOUT,
  );

  it(
    'that are events, each breaking every rule it can: each rule lists a hundred, and counts the rest',
    async () => {
      const verdict = await verifyWith(async ({ events: [first, , exported], a }) => {
        const drafts: Draft[] = [first!];
        for (let i = 0; i < LINES; i++) {
          // Of an unknown type, or a second captured event; by someone else; each a second before the one ahead.
          const type = (i % 2 === 0 ? 'forged' : 'captured') as CustodyEvent['type'];
          const at = new Date(Date.UTC(2026, 10, 23, 11) - i * 1000).toISOString();
          drafts.push({ type, at, actor: 'someone else', captureId: a, payloadSha256: '1'.repeat(64) });
        }
        return [...drafts, exported!];
      });
      expect(verdict.ok).toBe(false);
      expect(verdict.checks.length).toBeLessThan(BOUND);
      expect(byKind(verdict)).toBeLessThanOrEqual(MAX_SHOWN_PER_KIND + 1);
      for (const id of ['custody-event', 'custody-actor', 'custody-clock', 'custody-captures']) {
        expect(verdict.checks.some((check) => check.id === id && (!check.ok || check.warning))).toBe(true);
      }
      expect(verdict.checks).toContainEqual(
        expect.objectContaining({
          id: 'custody-actor',
          key: 'checks.more',
          params: { count: LINES - MAX_SHOWN_PER_KIND },
        }),
      );
      expect(formatVerdict(verdict).length).toBeLessThan(2 * BOUND);
    },
    TIMEOUT,
  );

  it(
    'that are a genuine history: verified, with a verdict as short as any',
    async () => {
      const verdict = await verifyWith(async ({ events: [first, second, exported], a, actor }) => {
        const drafts: Draft[] = [first!, second!];
        const details = { fields: ['note'], beforeSha256: await sha256Hex('a'), afterSha256: await sha256Hex('b') };
        for (let i = 0; i < LINES; i++) {
          const at = new Date(Date.UTC(2026, 10, 23, 12, 0, 4) + i).toISOString();
          drafts.push({ type: 'annotated', at, actor, captureId: a, details });
        }
        return [...drafts, { ...exported!, at: new Date(Date.UTC(2026, 10, 23, 12, 1)).toISOString() }];
      });
      expect(verdict.checks.filter((check) => !check.ok || check.warning)).toEqual([]);
      expect(verdict.ok).toBe(true);
      expect(verdict.checks.length).toBeLessThan(100);
      expect(verdict.checks).toContainEqual(
        expect.objectContaining({ id: 'custody-hash', ok: true, params: { count: LINES + 3 } }),
      );
    },
    TIMEOUT,
  );
});
