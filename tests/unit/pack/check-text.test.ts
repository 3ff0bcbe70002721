// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { formatMessage } from '@/utils/i18n/translate';
import { checkMessage } from '@/utils/pack/verify/check-text';
import type { PackCheck, PackVerdict } from '@/utils/pack/types';
import { formatVerdict, verifyPack } from '@/utils/pack/verify';
import { bytesOf, makeTestPack, signPack, textOf, zipPack, type PackFiles, type TestPack } from './test-pack';

/**
 * Every check's message in the reader's language: each check carries its
 * template (pack.messages) and what fills it, or a DokazError's text, and
 * keeps its English `message` as it always was.
 */
let pack: TestPack;
let good: PackVerdict;
let bad: PackVerdict;
let postPath: string;

async function tampered(edit: (files: PackFiles) => void | Promise<void>): Promise<PackVerdict> {
  const files: PackFiles = new Map(pack.files);
  await edit(files);
  return verifyPack(await zipPack(files));
}

const find = (verdict: PackVerdict, id: string, subject?: string): PackCheck => {
  const check = verdict.checks.find((c) => c.id === id && (subject === undefined || c.subject === subject));
  if (!check) throw new Error(`no check ${id} ${subject ?? ''}`);
  return check;
};

beforeAll(async () => {
  pack = await makeTestPack();
  postPath = `captures/${pack.records[0]!.id}/post-1.png`;
  good = await verifyPack(await zipPack(pack.files));
  bad = await tampered((files) => {
    files.set(postPath, bytesOf('changed'));
    files.delete('report.html');
    files.set('public-key.pem', bytesOf('not a key'));
  });
});

describe('check messages', () => {
  it('every check of a good and of a tampered pack has its template or a DokazError text', () => {
    for (const verdict of [good, bad]) {
      const untranslatable = verdict.checks.filter((check) => check.key === undefined && check.text === undefined);
      expect(untranslatable).toEqual([]);
      for (const check of verdict.checks) {
        if (check.key) expect(CATALOGS.en.pack.messages).toHaveProperty([check.key]);
      }
    }
  });

  it('keeps the English message as the verifier has always written it', () => {
    expect(find(bad, 'sha256sums', postPath).message).toBe('does not match its SHA-256 in SHA256SUMS');
    expect(find(bad, 'missing-file', 'report.html').message).toBe('is not in the pack');
    expect(find(good, 'custody-gap').message).toBe(
      '2 events (#2–#3) left out, as events of other captures: the pack cannot show what they were',
    );
    expect(find(good, 'zip').message).toMatch(/^opens as a ZIP of \d+ files$/);
    const key = find(bad, 'public-key');
    expect(key.message).toBe(formatMessage('en', CATALOGS.en.ui['error.publicKeyPem']));
    expect(key.text).toEqual({ key: 'error.publicKeyPem' });
  });

  it('words a tampered pack’s verdict in Macedonian, with no English sentence left', () => {
    const text = formatVerdict(bad, 'mk').join('\n');
    for (const english of ['does not match', 'is not in the pack', 'cannot be checked', 'The public key', 'matches']) {
      expect(text).not.toContain(english);
    }
    const messages = CATALOGS.mk.pack.messages;
    expect(text).toContain(`✗ ${postPath}: ${formatMessage('mk', messages['sums.mismatch'], { sums: 'SHA256SUMS' })}`);
    expect(text).toContain(`✗ report.html: ${formatMessage('mk', messages['file.missing'])}`);
    expect(text).toContain(`public-key.pem: ${formatMessage('mk', CATALOGS.mk.ui['error.publicKeyPem'])}`);
    expect(text).toContain(formatMessage('mk', messages['signature.noKey'], { file: 'public-key.pem' }));
  });

  it('words the informative custody gap with the language’s plural and its numbers', () => {
    const gap = find(good, 'custody-gap');
    expect(checkMessage(gap, 'sr-Latn')).toBe(
      'izostavljena su 2 događaja (#2–#3), kao događaji drugih zapisa: paket ne može da pokaže šta su bili',
    );
    expect(checkMessage(gap, 'mk')).toBe(
      'изоставени се 2 настани (#2–#3), како настани на други записи: пакетот не може да покаже што биле',
    );
    expect(checkMessage(gap, 'en')).toBe(gap.message);
  });

  it('fills every placeholder in every language', () => {
    for (const locale of LOCALES) {
      for (const verdict of [good, bad]) {
        const lines = formatVerdict(verdict, locale);
        expect(lines.filter((line) => /\{\w+\}/.test(line))).toEqual([]);
      }
    }
  });

  it('words schema problems per kind, with the kinds of value and the choices in the language', async () => {
    const wrong = await tampered(async (files) => {
      const manifest = JSON.parse(textOf(files.get('manifest.json')));
      manifest.files = 'all of them';
      manifest.captures[0].id = '../../etc';
      manifest.captures[1].record.trigger.source = 'mouse';
      manifest.extra = true;
      files.set('manifest.json', bytesOf(JSON.stringify(manifest)));
      await signPack(files, pack.keys);
    });
    const problems = wrong.checks.filter((check) => check.id === 'manifest-schema');
    expect(problems.map((check) => check.message)).toEqual(
      expect.arrayContaining([
        '$.files is text, not a list',
        '$.captures[0].id is not a UUID',
        '$.captures[1].record.trigger.source is not menu or shortcut or api or run',
        '$.extra is not a member of dokaz-pack/1',
      ]),
    );
    const mk = problems.map((check) => checkMessage(check, 'mk'));
    expect(mk).toEqual(
      expect.arrayContaining([
        '$.files е текст, а не листа',
        '$.captures[0].id не е UUID',
        '$.captures[1].record.trigger.source не е menu, shortcut, api или run',
        '$.extra не е член на dokaz-pack/1',
      ]),
    );
    expect(problems.find((check) => check.message === '$.files is text, not a list')).toMatchObject({
      key: 'schema.type',
      params: { path: '$.files', actual: { kind: 'kind.text' }, expected: { kind: 'kind.list' } },
    });
  });
});
