import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from '@/utils/evidence/record';
import { note, noteInEnglish } from '@/utils/notes/note';
import { verifyPack } from '@/utils/pack/verify';
import type { PackVerdict } from '@/utils/pack/types';
import { makeCapture, telegramMessage } from '../../factories';
import { makeTestPack, zipPack } from './test-pack';

/**
 * A record keeps each note twice: as a key with values, which is what a reader in another language is shown, and as
 * its English sentence. A pack whose two disagree would show a prosecutor in Sarajevo something else than the record
 * says in English: the verifier refuses it, even signed. Members of dokaz-capture/3 are in each record of that
 * version and in none of an earlier one.
 */
async function verdictFor(record: Partial<CaptureRecord>): Promise<PackVerdict> {
  const pack = await makeTestPack({ captures: 1, record });
  return verifyPack(await zipPack(pack.files));
}

const schemaFailures = (verdict: PackVerdict) =>
  verdict.checks.filter((c) => c.id === 'manifest-schema' && !c.ok).map((c) => c.message);

const noSnapshot = note('noSnapshot');
const tooLarge = note('skippedTooLarge', { size: 50, limit: 32 });
const skipped = (reason: string, withNote = tooLarge) => [
  { kind: 'media' as const, url: 'https://cdn.example.org/v.mp4', reason, note: withNote },
];

describe('the notes of a dokaz-capture/3 record', () => {
  it('pass when each reads as the sentence beside it', async () => {
    const verdict = await verdictFor({
      warnings: [noteInEnglish(noSnapshot)],
      notes: [noSnapshot],
      skipped: skipped(noteInEnglish(tooLarge)),
      post: {
        ...(await makeCapture()).record.post,
        extractor: 'telegram-web-k@1',
        structured: {
          ...telegramMessage(),
          warnings: [noteInEnglish(note('webKNoServerId'))],
          notes: [note('webKNoServerId')],
        },
      },
    });
    expect(schemaFailures(verdict)).toEqual([]);
    expect(verdict.ok).toBe(true);
  });

  it('fail where a sentence says something else than its note', async () => {
    const verdict = await verdictFor({ warnings: ['Everything was captured.'], notes: [noSnapshot] });
    expect(verdict.ok).toBe(false);
    expect(schemaFailures(verdict)).toEqual([
      '$.captures[0].record.warnings[0] does not read as its note (noSnapshot) says it does',
    ]);
  });

  it('fail where there are more sentences than notes, or more notes than sentences', async () => {
    const more = await verdictFor({ warnings: [noteInEnglish(noSnapshot), 'A hidden claim.'], notes: [noSnapshot] });
    expect(schemaFailures(more)).toEqual([
      '$.captures[0].record.warnings[1] does not read as its note (—) says it does',
    ]);
    const fewer = await verdictFor({ warnings: [], notes: [noSnapshot] });
    expect(schemaFailures(fewer)).toEqual([
      '$.captures[0].record.warnings[0] does not read as its note (noSnapshot) says it does',
    ]);
  });

  it("fail where a skipped item's reason or a site's warning says something else than its note", async () => {
    const verdict = await verdictFor({
      skipped: skipped('it was not interesting'),
      post: {
        ...(await makeCapture()).record.post,
        extractor: 'telegram-web-k@1',
        structured: { ...telegramMessage(), warnings: ['All read.'], notes: [note('webKNoServerId')] },
      },
    });
    expect(schemaFailures(verdict)).toEqual([
      '$.captures[0].record.skipped[0].reason does not read as its note (skippedTooLarge) says it does',
      '$.captures[0].record.post.structured.warnings[0] does not read as its note (webKNoServerId) says it does',
    ]);
  });

  it('fail where a note carries more than its sentence says: a value or a quoted note its template has no place for', async () => {
    const hidden = { ...noSnapshot, values: { secret: 'x'.repeat(1000) } };
    const quoted = { ...noSnapshot, problem: note('layoutWebAService') };
    const verdict = await verdictFor({
      warnings: [noteInEnglish(hidden), noteInEnglish(quoted)],
      notes: [hidden, quoted],
    });
    expect(schemaFailures(verdict)).toEqual([
      '$.captures[0].record.warnings[0] does not read as its note (noSnapshot) says it does',
      '$.captures[0].record.warnings[1] does not read as its note (noSnapshot) says it does',
    ]);
  });

  it('fail where the record has none of them, or a note not of the catalog', async () => {
    // Canonical JSON leaves out a member whose value is undefined: the pack's record has no notes.
    const missing = await verdictFor({ notes: undefined as never });
    expect(schemaFailures(missing)).toEqual(['$.captures[0].record has no notes']);
    const unknown = await verdictFor({ warnings: ['x'], notes: [{ key: 'madeUp' as never, values: {} }] });
    expect(schemaFailures(unknown)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.captures\[0\]\.record\.notes\[0\]\.key is not a note of Dokaz/),
      ]),
    );
  });

  it('are not in a record of an earlier version, which keeps its sentences only', async () => {
    const older = await verdictFor({
      schema: 'dokaz-capture/2',
      notes: [noSnapshot],
      warnings: [noteInEnglish(noSnapshot)],
    });
    expect(schemaFailures(older)).toEqual([
      '$.captures[0].record.notes is not a member of records written as dokaz-capture/2',
    ]);
    const plain = await verdictFor({ schema: 'dokaz-capture/2', warnings: [noteInEnglish(noSnapshot)] });
    expect(schemaFailures(plain)).toEqual([]);
  });
});
