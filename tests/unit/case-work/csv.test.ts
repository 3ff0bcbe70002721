// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { capturesCsv, groupsCsv, toCsv } from '@/utils/case-work/csv';
import { canonicalJson } from '@/utils/canonical-json';
import { sha256Hex } from '@/utils/hash';
import { createTranslator } from '@/utils/i18n/translate';
import { makeCapture, telegramMessage } from '../../factories';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF between records and a BOM', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['one, two', 'say "hi"'],
        ['line\nbreak', 'Смоква'],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\n"one, two","say ""hi"""\r\n"line\nbreak",Смоква\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['a', 'b'],
      ['one, two', 'say "hi"'],
      ['line\nbreak', 'Смоква'],
    ]);
  });

  it('keeps UTF-8 Cyrillic and Albanian as they are', () => {
    const bytes = new TextEncoder().encode(toCsv(['ime'], [['Ђорђе Përndjekje']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Ђорђе Përndjekje');
  });

  it('never lets a captured text become a spreadsheet formula', () => {
    const csv = toCsv(['text'], [['=HYPERLINK("http://evil","x")'], ['@SUM(1)'], ['-1001987654321']]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain("'@SUM(1)");
    expect(csv).toContain("'-1001987654321");
  });

  it('lists captures with their case, categories in the reader’s language, Telegram facts and record hash', async () => {
    const { record } = await makeCapture({ id: 'c1' });
    record.post.structured = telegramMessage({ text: 'Текст, со "наводници"\nи нов ред' });
    const view = { ...record, recordSha256: await sha256Hex(canonicalJson(record)) };
    const annotation = {
      captureId: 'c1',
      caseId: 'k',
      tags: ['a', 'b'],
      categories: ['doxxing' as const],
      note: 'n',
      updatedAt: '',
    };
    const cases = [
      {
        id: 'k',
        name: 'Smokva',
        description: '',
        personAlias: '',
        status: 'open' as const,
        createdAt: '',
        updatedAt: '',
      },
    ];
    const mk = createTranslator('mk');
    const rows = Papa.parse<string[]>(capturesCsv([{ view, annotation }], cases, mk).slice(1).trimEnd(), {
      newline: '\r\n',
    }).data;
    expect(rows[0]![0]).toBe(mk.t('csv.captureId'));
    const row = rows[1]!;
    expect(row).toContain('Smokva');
    expect(row).toContain('a; b');
    expect(row).toContain(mk.catalog.categories.doxxing);
    expect(row).toContain("'-1001987654321");
    expect(row).toContain('2047');
    expect(row).toContain('Текст, со "наводници"\nи нов ред');
    expect(row.at(-1)).toBe(view.recordSha256);
  });

  it('lists groups with their titles over time', () => {
    const csv = groupsCsv(
      [
        {
          key: 'peer:-1001',
          peerId: -1001,
          titles: [
            { value: 'Balkan Room', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-02T00:00:00.000Z' },
            { value: 'Balkan Room 2', firstSeen: '2026-11-05T00:00:00.000Z', lastSeen: '2026-11-06T00:00:00.000Z' },
          ],
          usernames: [],
          memberCounts: [{ count: 2000, text: '2 000 members', at: '2026-11-06T00:00:00.000Z' }],
          type: 'supergroup',
          link: null,
          status: 'gone',
          note: '',
          captureIds: ['a', 'b'],
        },
      ],
      createTranslator('en'),
    );
    expect(csv).toContain(
      'Balkan Room 2,Balkan Room (2026-11-01 – 2026-11-02); Balkan Room 2 (2026-11-05 – 2026-11-06)',
    );
    expect(csv).toContain('2 000 members');
    expect(csv).toContain(',gone,');
  });
});
