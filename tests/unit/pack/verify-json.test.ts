// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/canonical-json';
import { sha256Hex } from '@/utils/hash';
import type { PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { bytesOf, makeTestPack, signPack, textOf, zipPack, type PackFiles, type TestPack } from './test-pack';

/**
 * JSON that two readers read differently: a member named twice (JSON.parse
 * keeps the last value, other readers the first), in a file the exporter
 * signed. The pack is re-signed with its own key after each edit, so the
 * signatures and hashes hold and only the JSON rule can catch it.
 */
let pack: TestPack;
beforeAll(async () => {
  pack = await makeTestPack();
});

async function resigned(edit: (files: PackFiles) => void): Promise<PackVerdict> {
  const files: PackFiles = new Map(pack.files);
  edit(files);
  // manifest.json lists every other file's hash: those of the edited files are written into it again.
  const manifest = JSON.parse(textOf(files.get('manifest.json'))) as TestPack['manifest'];
  const hashes = new Map<string, { size: number; sha256: string }>();
  for (const { path } of manifest.files) {
    const bytes = files.get(path)!;
    hashes.set(path, { size: bytes.length, sha256: await sha256Hex(bytes) });
  }
  let text = textOf(files.get('manifest.json'));
  for (const entry of manifest.files) {
    const now = hashes.get(entry.path)!;
    text = text.replace(
      `"path": "${entry.path}",\n      "size": ${entry.size},\n      "sha256": "${entry.sha256}"`,
      `"path": "${entry.path}",\n      "size": ${now.size},\n      "sha256": "${now.sha256}"`,
    );
  }
  files.set('manifest.json', bytesOf(text));
  await signPack(files, pack.keys);
  return verifyPack(await zipPack(files));
}

const failures = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}`);

describe('a member named twice', () => {
  it('in manifest.json, at its top: the language the verifier would read is not the one another reader would', async () => {
    const verdict = await resigned((files) => {
      const text = textOf(files.get('manifest.json')).replace(
        '"language": "mk",',
        '"language": "mk",\n  "language": "en",',
      );
      files.set('manifest.json', bytesOf(text));
    });
    expect(failures(verdict)).toEqual(['manifest-json manifest.json']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'manifest-json',
        ok: false,
        message: 'names $.language twice: JSON readers differ on which of the two values they keep',
      }),
    );
  });

  it('in manifest.json, deep in a record', async () => {
    const verdict = await resigned((files) => {
      const text = textOf(files.get('manifest.json')).replace(
        '"title": "A post",',
        '"title": "Another post",\n          "title": "A post",',
      );
      files.set('manifest.json', bytesOf(text));
    });
    expect(failures(verdict)).toEqual(['manifest-json manifest.json']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ params: { path: '$.captures[0].record.page.title' } }),
    );
  });

  it('in a custody line', async () => {
    const verdict = await resigned((files) => {
      const [first, ...rest] = textOf(files.get('custody.jsonl')).split('\n');
      const event = JSON.parse(first!);
      // The actor a reader keeping the first value sees is someone else; JSON.parse keeps the exporter.
      const twice = canonicalJson(event).replace('{"actor":', '{"actor":"someone else","actor":');
      files.set('custody.jsonl', bytesOf([twice, ...rest].join('\n')));
    });
    expect(failures(verdict)).toEqual(['custody-json custody.jsonl line 1']);
    expect(verdict.checks).toContainEqual(expect.objectContaining({ params: { path: '$.actor' } }));
  });

  it('in a record.json: not its canonical JSON, so not the record the manifest holds', async () => {
    const id = pack.records[0]!.id;
    const verdict = await resigned((files) => {
      const path = `captures/${id}/record.json`;
      files.set(path, bytesOf(textOf(files.get(path)).replace('{"actor":', '{"actor":"someone else","actor":')));
    });
    expect(failures(verdict)).toEqual(
      expect.arrayContaining([`record captures/${id}/record.json`, `record-hash captures/${id}/record.json`]),
    );
  });
});

describe('nesting deeper than any manifest', () => {
  it('is refused before JSON.parse, which would take seconds and hundreds of MB', async () => {
    const verdict = await resigned((files) => {
      const text = textOf(files.get('manifest.json')).replace(
        '"language": "mk",',
        `"x": ${'['.repeat(40)}${']'.repeat(40)},`,
      );
      files.set('manifest.json', bytesOf(text));
    });
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ id: 'manifest-json', ok: false, key: 'json.tooDeep', params: { count: 32 } }),
    );
    expect(verdict.checks.some((check) => check.id === 'manifest-schema')).toBe(false);
  });
});
