import { describe, expect, it } from 'vitest';
import type { MessageEntry } from '@/utils/case-work/message-versions';
import { notFoundIn } from '@/utils/monitor/not-found';

const entry = (messageId: number, notFound: MessageEntry['notFound'] = []): MessageEntry => ({
  key: `peer:-100#${messageId}`,
  chatKey: 'peer:-100',
  messageId,
  versions: [{ captureId: `c${messageId}`, capturedAt: '2026-11-01T00:00:00.000Z', fingerprint: 'f', runId: null }],
  notFound,
});

describe('what a run no longer found', () => {
  const known = new Map([10, 11, 12, 20].map((id) => [id, entry(id)]));

  it('is a message documented before whose two neighbours the page showed side by side', () => {
    const present = new Set([10, 12]);
    const adjacent = new Set(['10:12']);
    expect(notFoundIn(known, present, adjacent).map((f) => [f.entry.messageId, f.before, f.after])).toEqual([
      [11, 10, 12],
    ]);
  });

  it('is never claimed from a gap alone: the neighbours must have been shown next to each other', () => {
    // 10 and 12 were both seen, but never next to each other (the page had not loaded what lies between).
    expect(notFoundIn(known, new Set([10, 12]), new Set())).toEqual([]);
    // Beyond what the run passed: no neighbour on one side.
    expect(notFoundIn(known, new Set([10, 11, 12]), new Set(['10:11', '11:12']))).toEqual([]);
  });

  it('is not claimed again for a message already recorded as not found', () => {
    const once = new Map([[11, entry(11, [{ runId: 'r', at: '2026-11-02T00:00:00.000Z' }])]]);
    expect(notFoundIn(once, new Set([10, 12]), new Set(['10:12']))).toEqual([]);
  });
});

describe('what a run no longer found, once recorded', () => {
  const gone = (at: string, capturedAt = '2026-11-01T00:00:00.000Z'): MessageEntry => ({
    ...entry(11),
    versions: [{ captureId: 'c11', capturedAt, fingerprint: 'f', runId: null }],
    notFound: [{ runId: 'r', at }],
  });

  it('is claimed again once the message was documented after the earlier claim (it came back, then went)', () => {
    const back = new Map([[11, gone('2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z')]]);
    expect(notFoundIn(back, new Set([10, 12]), new Set(['10:12'])).map((f) => f.entry.messageId)).toEqual([11]);
  });
});
