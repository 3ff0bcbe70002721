import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { CustodyLog } from '@/components/CustodyLog';
import type { CustodyEvent } from '@/utils/custody';
import { renderIn } from './render-in';

const ZEROS = '0'.repeat(64);
const annotated = (seq: number, fields: string[]): CustodyEvent => ({
  seq,
  type: 'annotated',
  at: '2026-11-02T10:00:00.000Z',
  actor: 'install-1',
  captureId: 'capture-1',
  payloadSha256: ZEROS,
  details: { fields, beforeSha256: ZEROS, afterSha256: ZEROS },
  prevHash: ZEROS,
  hash: ZEROS,
});

describe('the custody log', () => {
  it("names an annotated event's changed fields in words", async () => {
    const events = [annotated(1, ['caseId', 'tags']), annotated(2, ['categories', 'note'])];
    const verdict = { intact: true as const, length: 2, headHash: ZEROS };
    const en = await renderIn('en', h(CustodyLog, { verdict, events, existingCaptureIds: new Set(['capture-1']) }));
    expect([...en.querySelectorAll('[data-testid="annotated-fields"]')].map((e) => e.textContent)).toEqual([
      'Changed: case, tags',
      'Changed: abuse categories, note',
    ]);
    const hr = await renderIn('hr', h(CustodyLog, { verdict, events, existingCaptureIds: new Set<string>() }));
    expect(hr.querySelector('[data-testid="annotated-fields"]')!.textContent).toBe('Promijenjeno: slučaj, oznake');
  });
});
