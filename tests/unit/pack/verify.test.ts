// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaptureRecord } from '@/utils/evidence/record';
import { canonicalJson } from '@/utils/canonical-json';
import { createSigningKeys, keyFingerprint, publicKeyPem, signDer } from '@/utils/crypto/signing';
import { hashEvent, type CustodyEvent } from '@/utils/custody';
import { sha256Hex } from '@/utils/hash';
import { formatVerdict, verifyPack } from '@/utils/pack/verify';
import type { PackVerdict } from '@/utils/pack/types';
import { bytesOf, makeTestPack, signPack, textOf, zipPack, type PackFiles, type TestPack } from './test-pack';

/** The failed checks as "id subject", the way a reader finds them. */
function failures(verdict: PackVerdict): string[] {
  return verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}`);
}

let pack: TestPack;
beforeAll(async () => {
  pack = await makeTestPack();
});

/** Verifies a copy of the pack's files after `edit`, which tampers with them after signing. */
async function tampered(edit: (files: PackFiles) => void | Promise<void>): Promise<PackVerdict> {
  const files: PackFiles = new Map(pack.files);
  await edit(files);
  return verifyPack(await zipPack(files));
}

const first = () => pack.records[0] as CaptureRecord;
const second = () => pack.records[1] as CaptureRecord;
const postPath = () => `captures/${first().id}/post-1.png`;

describe('verifyPack on a pack made by the spec', () => {
  it('passes every check and names each', async () => {
    const verdict = await verifyPack(await zipPack(pack.files));
    expect(failures(verdict)).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict).toMatchObject({ format: 'dokaz-pack/1', captures: 2 });
    expect(verdict.keyFingerprint).toBe(pack.manifest.exporter.keyFingerprint);
    const ids = new Set(verdict.checks.map((check) => check.id));
    for (const id of ['zip', 'manifest-schema', 'key-fingerprint', 'signature', 'sha256sums', 'file-hash', 'record']) {
      expect(ids).toContain(id);
    }
    for (const id of [
      'record-hash',
      'artifact',
      'custody-hash',
      'custody-chain',
      'custody-captures',
      'custody-export',
    ]) {
      expect(ids).toContain(id);
    }
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'custody-gap',
        ok: true,
        message: '2 events (#2–#3) left out, as events of other captures: the pack cannot show what they were',
      }),
    );
    expect(verdict.checks).toContainEqual(expect.objectContaining({ id: 'artifact', ok: true, subject: postPath() }));
  });

  it('verifies with unzip, sha256sum and openssl alone, as docs/PACK-FORMAT.md says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dokaz-pack-'));
    try {
      writeFileSync(join(dir, 'pack.zip'), await zipPack(pack.files));
      const sh = (command: string) => execFileSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
      sh('unzip -q pack.zip -d pack');
      const inPack = (command: string) => sh(`cd pack && ${command}`);
      expect(inPack('openssl dgst -sha256 -verify public-key.pem -signature SHA256SUMS.sig SHA256SUMS')).toBe(
        'Verified OK\n',
      );
      expect(inPack('sha256sum -c SHA256SUMS').trim().split('\n')).toEqual(
        expect.arrayContaining([`${postPath()}: OK`, 'manifest.json: OK']),
      );
      expect(inPack('sha256sum -c --quiet SHA256SUMS')).toBe('');
      expect(inPack('openssl dgst -sha256 -verify public-key.pem -signature manifest.sig manifest.json')).toBe(
        'Verified OK\n',
      );
      expect(inPack('openssl pkey -pubin -in public-key.pem -outform DER | sha256sum')).toBe(
        `${pack.manifest.exporter.keyFingerprint}  -\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('formats the verdict for people', async () => {
    const trustedKeys = [{ fingerprint: pack.manifest.exporter.keyFingerprint, label: 'Ana' }];
    const good = formatVerdict(await verifyPack(await zipPack(pack.files), { trustedKeys }));
    expect(good[0]).toMatch(/^VERIFIED: all \d+ checks passed\. Signed by the key of Ana\.$/);
    expect(good).toContain('Dokaz evidence pack dokaz-pack/1, 2 captures');
    expect(good).toContain(`Signing key fingerprint: ${pack.manifest.exporter.keyFingerprint}`);
    expect(good).toContain(
      'ℹ custody.jsonl: 2 events (#2–#3) left out, as events of other captures: the pack cannot show what they were',
    );
    expect(good.some((line) => line.startsWith('✓ '))).toBe(true);
    expect(good.at(-1)).toBe(good[0]);
    const unconfirmed = formatVerdict(await verifyPack(await zipPack(pack.files)));
    expect(unconfirmed[0]).toMatch(/^CONTENTS INTACT, SIGNER NOT CONFIRMED: all \d+ checks passed/);

    const bad = formatVerdict(await tampered((files) => void files.set(postPath(), bytesOf('changed'))));
    expect(bad).toContain(`    ✗ ${postPath()}: does not match its SHA-256 in SHA256SUMS`);
    expect(bad.at(-1)).toMatch(/^NOT VERIFIED: 3 of \d+ checks failed\.$/);
  });
});

describe('verifyPack names what was tampered with after signing', () => {
  it('a flipped byte in an artifact', async () => {
    const verdict = await tampered((files) => {
      const bytes = new Uint8Array(files.get(postPath()) as Uint8Array);
      bytes[0] = (bytes[0] as number) ^ 1;
      files.set(postPath(), bytes);
    });
    expect(verdict.ok).toBe(false);
    expect(failures(verdict)).toEqual([
      `sha256sums ${postPath()}`,
      `file-hash ${postPath()}`,
      `artifact ${postPath()}`,
    ]);
  });

  it('a deleted file', async () => {
    const verdict = await tampered((files) => void files.delete('report.html'));
    expect(failures(verdict)).toEqual(['sha256sums report.html', 'missing-file report.html']);
    const noRecord = await tampered((files) => void files.delete(`captures/${second().id}/record.json`));
    const record = `captures/${second().id}/record.json`;
    expect(failures(noRecord)).toEqual([`sha256sums ${record}`, `missing-file ${record}`]);
  });

  it('an added file', async () => {
    const verdict = await tampered((files) => void files.set(`captures/${first().id}/extra.png`, bytesOf('x')));
    expect(failures(verdict)).toEqual([
      `sha256sums captures/${first().id}/extra.png`,
      `extra-file captures/${first().id}/extra.png`,
    ]);
  });

  it('a renamed file', async () => {
    const renamed = `captures/${first().id}/post-2.png`;
    const verdict = await tampered((files) => {
      files.set(renamed, files.get(postPath()) as Uint8Array<ArrayBuffer>);
      files.delete(postPath());
    });
    expect(failures(verdict)).toEqual(
      expect.arrayContaining([
        `sha256sums ${postPath()}`,
        `sha256sums ${renamed}`,
        `missing-file ${postPath()}`,
        `extra-file ${renamed}`,
      ]),
    );
    expect(failures(verdict)).toHaveLength(4);
  });

  it('an edited manifest field', async () => {
    const verdict = await tampered((files) => {
      files.set(
        'manifest.json',
        bytesOf(textOf(files.get('manifest.json')).replace('"language": "mk"', '"language": "en"')),
      );
    });
    expect(failures(verdict)).toEqual(['signature manifest.sig', 'sha256sums manifest.json']);

    const title = await tampered((files) => {
      const text = textOf(files.get('manifest.json')).replace('"title": "A post"', '"title": "Another post"');
      files.set('manifest.json', bytesOf(text));
    });
    expect(failures(title)).toEqual(
      expect.arrayContaining([
        'signature manifest.sig',
        `capture captures/${first().id}`,
        `record captures/${first().id}/record.json`,
      ]),
    );
  });

  it('a signature from another key', async () => {
    const other = await createSigningKeys();
    const verdict = await tampered(async (files) => {
      files.set('manifest.sig', await signDer(other.privateKey, files.get('manifest.json') as Uint8Array<ArrayBuffer>));
    });
    expect(failures(verdict)).toEqual(['signature manifest.sig']);
  });

  it('the whole pack signed again with another key', async () => {
    const other = await createSigningKeys();
    const verdict = await tampered(async (files) => {
      files.set('public-key.pem', bytesOf(await publicKeyPem(other.publicKey)));
      await signPack(files, other);
    });
    expect(failures(verdict)).toEqual(['key-fingerprint public-key.pem', 'file-hash public-key.pem']);
    expect(verdict.keyFingerprint).toBe(await keyFingerprint(other.publicKey));
  });

  it('custody lines reordered or dropped', async () => {
    const lines = () => textOf(pack.files.get('custody.jsonl')).trimEnd().split('\n');
    const reordered = await tampered((files) => {
      const [a, b, c] = lines();
      files.set('custody.jsonl', bytesOf([b, a, c].join('\n') + '\n'));
    });
    expect(failures(reordered)).toEqual(
      expect.arrayContaining([
        'custody-chain custody.jsonl event #1',
        'sha256sums custody.jsonl',
        'file-hash custody.jsonl',
      ]),
    );
    const dropped = await tampered((files) => {
      files.set('custody.jsonl', bytesOf(lines().slice(1).join('\n') + '\n'));
    });
    expect(failures(dropped)).toEqual(
      expect.arrayContaining(['custody-captures custody.jsonl', 'custody-export custody.jsonl event #5']),
    );
    expect(dropped.checks).toContainEqual(
      expect.objectContaining({ id: 'custody-captures', message: `has no captured event of capture ${first().id}` }),
    );
  });
});

describe('verifyPack checks the custody events even where the exporter signed them', () => {
  const signedWith = async (editEvents: (events: CustodyEvent[]) => CustodyEvent[] | Promise<CustodyEvent[]>) =>
    verifyPack(await zipPack((await makeTestPack({ editEvents })).files));
  /** An event changed and hashed again, as a faulty exporter would write it. */
  const rewritten = async ({ hash: _hash, ...event }: CustodyEvent, change: Partial<CustodyEvent>) => {
    const changed = { ...event, ...change };
    return { ...changed, hash: await hashEvent(changed) };
  };

  it('events out of order', async () => {
    const verdict = await signedWith(([a, b, c]) => [b, a, c] as CustodyEvent[]);
    expect(failures(verdict)).toEqual(['custody-chain custody.jsonl event #1']);
  });

  it("a capture's captured event left out", async () => {
    const verdict = await signedWith((events) => events.slice(1));
    expect(failures(verdict)).toEqual(['custody-captures custody.jsonl']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'custody-gap',
        ok: true,
        message: '3 events (#1–#3) left out, as events of other captures: the pack cannot show what they were',
      }),
    );
  });

  it('the export event left out', async () => {
    const verdict = await signedWith((events) => events.slice(0, -1));
    expect(failures(verdict)).toEqual(['custody-export custody.jsonl event #4']);
  });

  it('an event changed without its hash', async () => {
    const verdict = await signedWith(([a, ...rest]) => [
      { ...(a as CustodyEvent), at: '2020-01-01T00:00:00.000Z' },
      ...rest,
    ]);
    // Years before its capture began, too: the time rule names it as well.
    expect(failures(verdict)).toEqual(['custody-hash custody.jsonl event #1', 'custody-time custody.jsonl event #1']);
  });

  it('consecutive events that are not linked', async () => {
    const verdict = await signedWith(async ([a, b, c]) => [
      a as CustodyEvent,
      b as CustodyEvent,
      await rewritten(c as CustodyEvent, { prevHash: '1'.repeat(64) }),
    ]);
    expect(failures(verdict)).toEqual([
      'custody-chain custody.jsonl event #5',
      'custody-export custody.jsonl event #5',
    ]);
  });

  it('a deletion of a capture that is in the pack', async () => {
    const verdict = await signedWith(async ([a, b, c]) => [
      a as CustodyEvent,
      await rewritten(b as CustodyEvent, { type: 'deleted' }),
      c as CustodyEvent,
    ]);
    expect(failures(verdict)).toEqual([
      'custody-chain custody.jsonl event #5',
      'custody-captures custody.jsonl',
      'custody-captures custody.jsonl event #4',
      // A deleted event without its details, in a pack, which never holds one.
      'custody-event custody.jsonl event #4',
      'custody-order custody.jsonl event #4',
    ]);
  });

  it('an export event that the manifest does not name', async () => {
    const wrong = await makeTestPack({ editManifest: (manifest) => void (manifest.custody.exportEventSeq = 4) });
    const verdict = await verifyPack(await zipPack(wrong.files));
    expect(failures(verdict)).toEqual(['custody-export custody.jsonl event #5']);
    expect(verdict.checks).toContainEqual(expect.objectContaining({ expected: '4', actual: '5' }));
  });
});

describe('verifyPack on what is not a valid pack', () => {
  it('bytes that are not a ZIP', async () => {
    for (const bytes of [new Uint8Array(), bytesOf('not a zip'), (await zipPack(pack.files)).subarray(0, 500)]) {
      const verdict = await verifyPack(bytes);
      expect(verdict.ok).toBe(false);
      expect(failures(verdict)).toEqual(['zip pack']);
    }
  });

  it('an empty ZIP', async () => {
    const verdict = await verifyPack(await zipPack(new Map()));
    expect(failures(verdict)).toEqual(
      expect.arrayContaining(['missing-file manifest.json', 'missing-file SHA256SUMS', 'signature manifest.sig']),
    );
  });

  it('a record of a version it does not know, while it reads every one Dokaz has written', async () => {
    const older = await makeTestPack({ record: { schema: 'dokaz-capture/1' } });
    expect(failures(await verifyPack(await zipPack(older.files)))).toEqual([]);
    const later = await makeTestPack({ record: { schema: 'dokaz-capture/4' as never } });
    const verdict = await verifyPack(await zipPack(later.files));
    expect(verdict.ok).toBe(false);
    expect(verdict.checks.filter((c) => c.id === 'manifest-schema' && !c.ok).map((c) => c.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\$\.captures\[0\]\.record\.schema /)]),
    );
  });

  it('a manifest that is not JSON, or not of the schema', async () => {
    const keys = pack.keys;
    const notJson = await tampered(async (files) => {
      files.set('manifest.json', bytesOf('{"format": "dokaz-pack/1",'));
      await signPack(files, keys);
    });
    expect(failures(notJson)).toEqual(
      expect.arrayContaining(['manifest-json manifest.json', 'not-checked manifest.json']),
    );

    const wrong = await tampered(async (files) => {
      const manifest = JSON.parse(textOf(files.get('manifest.json')));
      manifest.files = 'all of them';
      manifest.captures[0].id = '../../etc';
      manifest.captures[1].record.post.tall = 'yes';
      manifest.exporter.keyFingerprint = 'ABC';
      manifest.extra = true;
      files.set('manifest.json', bytesOf(JSON.stringify(manifest)));
      await signPack(files, keys);
    });
    const problems = wrong.checks.filter((check) => check.id === 'manifest-schema').map((check) => check.message);
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.files is text, not a list',
        '$.captures[0].id is not a UUID',
        '$.captures[1].record.post.tall is text, not true or false',
        '$.exporter.keyFingerprint is not 64 lowercase hex digits',
        '$.extra is not a member of dokaz-pack/1',
      ]),
    );
    expect(wrong.ok).toBe(false);
  });

  it('a ZIP entry that would unzip outside its folder, or a name used twice', async () => {
    const unsafe = await tampered((files) => void files.set('../evil.sh', bytesOf('echo')));
    expect(failures(unsafe)).toContain('zip "../evil.sh"');

    // Same-length names, then the second one renamed in the ZIP's bytes: two entries named report.html.
    const files: PackFiles = new Map(pack.files);
    files.set('report.htmX', bytesOf('<p>another report</p>'));
    const zip = await zipPack(files);
    const [from, to] = [bytesOf('report.htmX'), bytesOf('report.html')];
    for (let i = 0; i <= zip.length - from.length; i++) {
      if (from.every((byte, j) => zip[i + j] === byte)) zip.set(to, i);
    }
    expect(failures(await verifyPack(zip))).toContain('zip pack');
  });

  it("a file in a capture's folder that no capture has", async () => {
    const notes = `captures/${first().id}/notes.txt`;
    const verdict = await tampered(async (files) => {
      files.set(notes, bytesOf('notes'));
      const manifest = JSON.parse(textOf(files.get('manifest.json')));
      manifest.files.push({ path: notes, size: 5, sha256: await sha256Hex('notes') });
      files.set('manifest.json', bytesOf(JSON.stringify(manifest)));
      await signPack(files, pack.keys);
    });
    expect(failures(verdict)).toEqual([`extra-file ${notes}`]);
  });

  /** The pack's custody log with its first line nested `depth` levels deeper. */
  const deepCustody = (depth: number) =>
    tampered((files) => {
      const line = textOf(files.get('custody.jsonl')).split('\n')[0] as string;
      const deep = line.replace('"hash":', `"details":{"x":${'['.repeat(depth)}${']'.repeat(depth)}},"hash":`);
      files.set('custody.jsonl', bytesOf(`${deep}\n`));
    });

  it('a custody line too deeply nested to check: a failed check, not parsed', async () => {
    // Within the length of a line (4 KB), and far deeper than an event.
    const verdict = await deepCustody(1_500);
    expect(verdict.ok).toBe(false);
    expect(failures(verdict)).toContain('custody-json custody.jsonl line 1');
    expect(verdict.checks).toContainEqual(expect.objectContaining({ key: 'json.tooDeep', params: { count: 8 } }));
  });

  it('a custody line longer than an event can be: the log is not read', async () => {
    const verdict = await deepCustody(200_000);
    expect(failures(verdict)).toContain('custody-json custody.jsonl line 1');
    expect(verdict.checks).toContainEqual(expect.objectContaining({ key: 'custody.lineTooLong' }));
    // Not read at all: nothing of the line was parsed.
    expect(verdict.checks.some((check) => check.key === 'json.tooDeep')).toBe(false);
  });

  /** The pack's custody log with the actor of its first `lines` lines replaced; the first new line. */
  const withActor = async (actor: string, lines = 1): Promise<{ verdict: PackVerdict; line: string }> => {
    const changed: string[] = [];
    const verdict = await tampered((files) => {
      const log = textOf(files.get('custody.jsonl')).split('\n');
      for (let i = 0; i < lines; i++) log[i] = canonicalJson({ ...(JSON.parse(log[i]!) as object), actor });
      changed.push(...log.slice(0, lines));
      files.set('custody.jsonl', bytesOf(log.join('\n')));
    });
    return { verdict, line: changed[0]! };
  };

  it('custody lines of more bytes than a line may hold characters, but no more characters: read', async () => {
    // Two: the first line longer than an event may be the export's, which may be longer.
    const { verdict, line } = await withActor('ж'.repeat(2_500), 2);
    expect(bytesOf(line).length).toBeGreaterThan(4 * 1024);
    expect(line.length).toBeLessThanOrEqual(4 * 1024);
    expect(verdict.checks.some((check) => check.key === 'custody.lineTooLong')).toBe(false);
    // Read and checked: the changed event no longer has its hash.
    expect(failures(verdict)).toContain('custody-hash custody.jsonl event #1');
  });

  it("a custody line's length is counted as a string's, a character of four bytes as two", async () => {
    // Longer than even the export's line may be (64 KB and more for a larger pack).
    const { verdict, line } = await withActor('😀'.repeat(40_000));
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ key: 'custody.lineTooLong', params: expect.objectContaining({ count: line.length }) }),
    );
  });

  it('SHA256SUMS out of order', async () => {
    const verdict = await tampered(async (files) => {
      const sums = bytesOf(textOf(files.get('SHA256SUMS')).trimEnd().split('\n').reverse().join('\n') + '\n');
      files.set('SHA256SUMS', sums);
      files.set('SHA256SUMS.sig', await signDer(pack.keys.privateKey, sums));
    });
    expect(failures(verdict)).toContain('sha256sums SHA256SUMS');
    expect(verdict.checks.find((check) => !check.ok)?.message).toMatch(/out of order/);
  });
});
