import { describe, expect, it } from 'vitest';
import { fileNameFor } from '@/utils/safety/file-names';

/** The names saved files get: what they are, or neutral (utils/safety/file-names.ts). */
describe('fileNameFor', () => {
  // The local time of the machine the test runs on: the names use it, as a person reads dates.
  const at = new Date(2026, 10, 23, 9, 5, 30);

  it('says what the file is by default', () => {
    expect(fileNameFor('case-smokva-public-room', 'zip', at, false)).toBe(
      'dokaz-case-smokva-public-room-2026-11-23.zip',
    );
    expect(fileNameFor('captures', 'csv', at, false)).toBe('dokaz-captures-2026-11-23.csv');
  });

  it('says neither Dokaz nor the case when neutral, and two exports of a day differ by their minute', () => {
    expect(fileNameFor('case-smokva-public-room', 'zip', at, true)).toBe('export-2026-11-23-0905.zip');
    expect(fileNameFor('accounts', 'csv', new Date(2026, 10, 23, 23, 59), true)).toBe('export-2026-11-23-2359.csv');
  });
});
