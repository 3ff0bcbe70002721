import { describe, expect, it } from 'vitest';
import { resolvedAgainstNow } from '@/utils/sites/telegram/dates';
import { schemaProblems } from '@/utils/pack/verify/schema';
import { captureRecordSchema } from '@/utils/evidence/record';
import { STRICT } from '@/utils/schema/kit';
import { makeCapture, telegramMessage } from '../../../factories';

describe('a date read relative to the moment it is read', () => {
  it.each([
    ['Today', true],
    ['yesterday', true],
    ['Friday', true],
    ['November 18', true],
    ['Nov 23, 14:05', true],
    ['December 30, 2025', false],
    ['Nov 23, 2026, 14:05:33', false],
    ['23 November 2026, 14:05:33', false],
  ])('"%s" records its reference: %s', (text, relative) => {
    expect(resolvedAgainstNow(text)).toBe(relative);
  });
});

const CAPTURE_RECORD_SCHEMA = captureRecordSchema(STRICT);

describe('the reference in a capture record', () => {
  it('is read by the pack verifier, and a record made before it still verifies', async () => {
    const { record } = await makeCapture();
    const post = telegramMessage();
    record.post.structured = { ...post, date: { ...post.date, reference: '2026-11-23T12:00:00.000Z' } };
    expect(schemaProblems(record, CAPTURE_RECORD_SCHEMA, 'record')).toEqual([]);
    const { reference: _, ...older } = post.date;
    record.post.structured = { ...post, date: older as typeof post.date };
    expect(schemaProblems(record, CAPTURE_RECORD_SCHEMA, 'record')).toEqual([]);
    record.post.structured = { ...post, date: { ...post.date, reference: 5 as unknown as string } };
    expect(schemaProblems(record, CAPTURE_RECORD_SCHEMA, 'record')).not.toEqual([]);
  });
});
