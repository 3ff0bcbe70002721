// @vitest-environment node
import { deflateSync, inflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackCheck, PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { MAX_SHOWN_PER_KIND } from '@/utils/pack/verify/check-list';
import { jsonValues } from '@/utils/pack/verify/pack-reader';
import { reencoded, type IncompleteCode } from './deflate-writer';
import { makeGenuinePack } from './genuine-pack';
import { hostileMedia, streamedEntries } from './streaming-reader';
import {
  agree,
  bytes,
  concat,
  deflateBomb,
  descriptorOf,
  entryOf,
  fileEntry,
  folderEntry,
  inLegacyForm,
  parseZip,
  unicodePath,
  writeZip,
  zip64Field,
  text,
  type RawEntry,
  type RawZip,
} from './hostile-zips';

/**
 * The attacks of issue 14 on a genuine pack, each the one change it names:
 * every one is refused, by the check that names it, and never "verified".
 */
let genuine: Uint8Array;
beforeAll(async () => {
  genuine = await makeGenuinePack();
});

/** The genuine pack taken apart, changed by `change`, and written back; with `legacy`, in the legacy form. */
function hostile(change: (raw: RawZip) => void, { legacy = false } = {}): Uint8Array {
  const raw = legacy ? inLegacyForm(parseZip(genuine)) : parseZip(genuine);
  change(raw);
  return writeZip(raw);
}

function zipFailures(verdict: PackVerdict): PackCheck[] {
  return verdict.checks.filter((check) => !check.ok && check.id === 'zip');
}

/** Verifies `zip`, expects it refused, and returns the message keys of its failed zip checks by subject. */
async function refused(zip: Uint8Array): Promise<string[]> {
  const verdict = await verifyPack(zip);
  expect(verdict.ok).toBe(false);
  return zipFailures(verdict).map((check) => `${check.subject} ${check.key}`);
}

const recordName = (raw: RawZip) =>
  new TextDecoder().decode(
    raw.entries.find((e) => /record\.json$/.test(new TextDecoder().decode(e.central.name)))!.central.name,
  );

describe('genuine packs verify', () => {
  it('one in the legacy form of earlier packs: data descriptors, zeros in the local headers', async () => {
    const legacy = writeZip(inLegacyForm(parseZip(genuine)));
    expect(parseZip(legacy).entries.filter((entry) => entry.descriptor.length === 16).length).toBeGreaterThan(5);
    const verdict = await verifyPack(legacy);
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict.ok).toBe(true);
  });

  it('a small one', async () => {
    const verdict = await verifyPack(genuine);
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict.ok).toBe(true);
  });

  it('one whose records hold Cyrillic, Albanian and emoji', async () => {
    const verdict = await verifyPack(
      await makeGenuinePack({ captures: 3, postText: 'Слики од Смоква — çështje 👀 Đorđe' }),
    );
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
  });
});

describe('parser differentials', () => {
  it('a Unicode Path field that names report.html "x/", and one that agrees with it', async () => {
    for (const name of ['x/', 'report.html']) {
      const zip = hostile((raw) => {
        const report = entryOf(raw, 'report.html');
        report.central.extra = unicodePath('report.html', name);
        report.local.extra = unicodePath('report.html', name);
      });
      expect(await refused(zip)).toContain('report.html zip.extraField');
    }
  });

  it('a forged report.html after the genuine one, which its Unicode Path field makes a folder "x/" for Dokaz', async () => {
    // Python's zipfile, Java and jar xf take the raw name: they unpack the forgery over the genuine report.
    const zip = hostile((raw) => {
      const forged = fileEntry('report.html', bytes('<p>forged</p>'));
      forged.central.extra = unicodePath('report.html', 'x/');
      raw.entries.push(forged);
    });
    expect(await refused(zip)).toEqual(
      expect.arrayContaining(['pack zip.duplicateNames', 'report.html zip.extraField']),
    );
  });

  it('a folder entry "x/" whose local entry is a forged report.html with data', async () => {
    const zip = hostile((raw) => {
      const forged = fileEntry('report.html', bytes('<p>forged</p>'));
      forged.central.name = bytes('x/');
      raw.entries.push(forged);
    });
    expect(await refused(zip)).toEqual(
      expect.arrayContaining(['x/ zip.attributes', 'x/ zip.flags', 'x/ zip.localHeader', 'x/ zip.folderData']),
    );
  });

  it('a forged ZIP placed before the genuine pack, as it is or with its offsets moved', async () => {
    const forged = writeZip({ entries: [fileEntry('report.html', bytes('<p>forged</p>'))] });
    expect(await refused(concat([forged, genuine]))).toEqual([`pack zip.bytesBefore`]);
    expect(await refused(hostile((raw) => (raw.before = forged)))).toEqual([`pack zip.bytesBefore`]);
  });

  it('a forged local entry that the central directory does not list, between entries or after the last', async () => {
    for (const where of ['between', 'last'] as const) {
      const zip = hostile((raw) => {
        const forged: RawEntry = { ...fileEntry('report.html', bytes('<p>forged</p>')), localOnly: true };
        const at = where === 'last' ? raw.entries.length : raw.entries.indexOf(entryOf(raw, 'report.html'));
        raw.entries.splice(at, 0, forged);
      });
      expect(await refused(zip)).toEqual(['pack zip.layout']);
    }
  });

  it('a gap between entries, bytes after the end record, an archive comment', async () => {
    expect(await refused(hostile((raw) => (entryOf(raw, 'custody.jsonl').after = new Uint8Array(4))))).toEqual([
      'pack zip.layout',
    ]);
    expect(await refused(hostile((raw) => (raw.trailing = bytes('PK\x05\x06'))))).toEqual(['pack zip.noEnd']);
    expect(await refused(hostile((raw) => (raw.comment = bytes('forged'))))).toEqual(['pack zip.comment']);
  });

  it('ZIP64: an end record that points to one, and an entry with ZIP64 sizes', async () => {
    expect(
      await refused(
        hostile(
          (raw) =>
            (raw.end = [
              [8, 16, 0xffff],
              [10, 16, 0xffff],
            ]),
        ),
      ),
    ).toEqual(['pack zip.zip64']);
    const zip = hostile((raw) => {
      const report = entryOf(raw, 'report.html');
      report.central.extra = zip64Field(report.central.size, report.central.compressedSize);
    });
    expect(await refused(zip)).toContain('report.html zip.extraField');
  });

  it('a folder entry that holds data', async () => {
    const zip = hostile((raw) => {
      const folder = entryOf(raw, 'captures/');
      folder.data = bytes('forged');
      folder.central.compressedSize = folder.central.size = folder.data.length;
    });
    expect(await refused(zip)).toContain('captures/ zip.folderData');
  });

  it('a CRC-32 that the data do not have, in each header', async () => {
    const crc = (change: (entry: RawEntry) => void, legacy = false) =>
      refused(hostile((raw) => change(entryOf(raw, 'manifest.json')), { legacy }));
    for (const legacy of [false, true]) {
      // Headers that agree with each other, but not with the data.
      const wrong = (e: RawEntry) => {
        e.central.crc ^= 1;
        agree(e);
      };
      expect(await crc(wrong, legacy)).toEqual(['manifest.json zip.crc']);
    }
    expect(await crc((e) => (e.local.crc ^= 1))).toEqual(['manifest.json zip.localHeader']);
    expect(
      await crc(
        (e) => (e.descriptor = descriptorOf(e.central.crc ^ 1, e.central.compressedSize, e.central.size)),
        true,
      ),
    ).toEqual(['manifest.json zip.descriptor']);
    expect(await crc((e) => (e.local.crc = e.central.crc), true)).toEqual(['manifest.json zip.localHeader']);
  });

  it('a size that the data do not have, in each header', async () => {
    const size = (change: (entry: RawEntry) => void, name = 'manifest.json', legacy = false) =>
      refused(hostile((raw) => change(entryOf(raw, name)), { legacy }));
    for (const legacy of [false, true]) {
      const wrong = (e: RawEntry) => {
        e.central.size += 1;
        agree(e);
      };
      expect(await size(wrong, 'manifest.json', legacy)).toEqual(['manifest.json zip.size']);
    }
    expect(await size((e) => (e.local.size -= 1))).toEqual(['manifest.json zip.localHeader']);
    expect(await size((e) => (e.local.compressedSize += 1))).toEqual(['manifest.json zip.localHeader']);
    expect(
      await size(
        (e) => (e.descriptor = descriptorOf(e.central.crc, e.central.compressedSize, e.central.size - 1)),
        'manifest.json',
        true,
      ),
    ).toEqual(['manifest.json zip.descriptor']);
    expect(await size((e) => (e.local.size = e.central.size), 'manifest.json', true)).toEqual([
      'manifest.json zip.localHeader',
    ]);
    // A stored entry whose sizes differ from each other.
    expect(
      await size((e) => {
        e.central.size += 1;
        agree(e);
      }, 'manifest.sig'),
    ).toEqual(['manifest.sig zip.size']);
  });

  it('compressed data that go on after the deflate stream ends', async () => {
    const zip = hostile((raw) => {
      const e = entryOf(raw, 'report.html');
      e.data = concat([e.data, bytes('PK\x03\x04 a hidden entry')]);
      e.central.compressedSize = e.data.length;
      agree(e);
    });
    expect(await refused(zip)).toEqual(['report.html zip.deflateEnd']);
  });

  it('an entry re-encoded with an incomplete Huffman code: fflate reads it, zlib (unzip, Python, bsdtar) does not', async () => {
    // The signatures cover the inflated bytes: anyone can re-encode an entry without the key.
    const reencode = (code?: IncompleteCode) =>
      hostile((raw) => {
        const e = entryOf(raw, 'custody.jsonl');
        e.data = reencoded(inflateSync(e.data), code);
        e.central.compressedSize = e.data.length;
        agree(e);
      });
    // With complete codes the re-encoded pack still verifies: what is refused is the incomplete code.
    expect((await verifyPack(reencode())).ok).toBe(true);
    for (const code of ['literal', 'distance', 'codeLength'] as const) {
      expect(await refused(reencode(code)), code).toEqual(['custody.jsonl zip.entryUnreadable']);
    }
  });

  it('a local header that names the entry otherwise, flags of encryption or UTF-8 names, a link', async () => {
    expect(await refused(hostile((raw) => (entryOf(raw, 'report.html').local.name = bytes('report.htmx'))))).toEqual([
      'report.html zip.localHeader',
    ]);
    for (const flag of [0x0001, 0x0800]) {
      const zip = hostile((raw) => {
        const e = entryOf(raw, 'report.html');
        e.central.flags |= flag;
        e.local.flags |= flag;
      });
      expect(await refused(zip)).toEqual(['report.html zip.flags']);
    }
    const link = hostile((raw) => (entryOf(raw, 'report.html').central.external = 0o120777 * 0x10000));
    expect(await refused(link)).toEqual(['report.html zip.attributes']);
  });

  it('names that a common reader maps to a file of the pack: every folding class', async () => {
    const others = [
      'REPORT.html',
      'report.html.',
      'report.html ',
      '\uff52eport.html',
      'report\u200b.html',
      'C:report.html',
      'C:/report.html',
    ];
    for (const name of others) {
      const zip = hostile((raw) => raw.entries.push(fileEntry(name, bytes('<p>forged</p>'))));
      expect(await refused(zip), name).toContain(
        `${name === 'REPORT.html' ? name : JSON.stringify(name)} zip.sameFile`,
      );
    }
    // Composed and decomposed forms of one name, Dokaz's alphabet aside.
    const nfc = hostile((raw) =>
      raw.entries.push(fileEntry('\u00e9.txt', bytes('a')), fileEntry('e\u0301.txt', bytes('b'))),
    );
    expect(await refused(nfc)).toContain(`${JSON.stringify('e\u0301.txt')} zip.sameFile`);
    // A backslash: Windows tools write the record where the genuine one is.
    const backslash = hostile((raw) => raw.entries.push(fileEntry(recordName(raw).replaceAll('/', '\\'), bytes('{}'))));
    expect((await refused(backslash)).some((failure) => failure.endsWith('zip.unsafePath'))).toBe(true);
    expect((await refused(backslash)).some((failure) => failure.endsWith('zip.sameFile'))).toBe(true);
  });

  it('a file whose name is also the folder of another entry', async () => {
    const zip = hostile((raw) => raw.entries.push(fileEntry('report.html/x.png', bytes('x'), { store: true })));
    expect(await refused(zip)).toContain('report.html zip.fileIsFolder');
  });
});

describe('readers that stream the ZIP', () => {
  const FORGED = '<p>FORGED: not the report Dokaz wrote</p>';
  /** The pack with `name` moved to just before `before`: no key needed. */
  const moved = (zip: Uint8Array, name: string, before: string) => {
    const raw = parseZip(zip);
    const entry = entryOf(raw, name);
    raw.entries.splice(raw.entries.indexOf(entry), 1);
    raw.entries.splice(raw.entries.indexOf(entryOf(raw, before)), 0, entry);
    return writeZip(raw);
  };

  it('a photo from a hostile server that hides a data descriptor and a forged report.html, signed by Dokaz', async () => {
    // Dokaz captures the server's bytes faithfully, stores them, and signs them: the signer is genuine.
    // Written in the legacy form (flag bit 3, as packs were before), where a streaming reader looks for the end.
    const pack = writeZip(
      inLegacyForm(
        parseZip(await makeGenuinePack({ captures: 1, artifacts: ['viewport', hostileMedia('report.html', FORGED)] })),
      ),
    );
    const post = readZipNames(pack).find((name) => name.endsWith('/post-1.png'))!;
    // What bsdtar reading a pipe finds: a report.html inside the photo.
    const reports = (zip: Uint8Array) =>
      streamedEntries(zip).flatMap((entry) => (entry.name === 'report.html' ? [text(entry.content)] : []));
    expect(reports(pack)).toHaveLength(2);
    expect(await refused(pack)).toEqual([`${post} zip.falseDescriptor`]);
    // The last step of the attack: report.html moved before the photo, so that the forgery is unpacked last.
    const reordered = moved(pack, 'report.html', post);
    expect(reports(reordered).at(-1)).toMatch(/^<p>FORGED/);
    expect(await refused(reordered)).toEqual([`${post} zip.falseDescriptor`, `${post} zip.order`]);
  });

  it("the same photo in a pack of Dokaz's writer: verified, and every reader finds the same files", async () => {
    // No data descriptors: a streaming reader takes each file's size from its local header, so the photo's false
    // descriptor is data like any other, and the server can no longer make the victim's pack fail.
    const pack = await makeGenuinePack({ captures: 1, artifacts: ['viewport', hostileMedia('report.html', FORGED)] });
    expect(parseZip(pack).entries.every((entry) => (entry.central.flags & 8) === 0)).toBe(true);
    const verdict = await verifyPack(pack);
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict.ok).toBe(true);
    const streamed = streamedEntries(pack).map((entry) => entry.name);
    expect(streamed).toEqual(readZipNames(pack));
  });

  it('a pack that mixes the two forms: the files in the form of its first file, each other one refused', async () => {
    const pack = parseZip(genuine);
    const legacy = inLegacyForm(pack);
    const mixed = (raw: RawZip, other: RawZip, name: string) => {
      raw.entries[raw.entries.indexOf(entryOf(raw, name))] = entryOf(other, name);
      return writeZip(raw);
    };
    // One file left with a data descriptor, where a streaming reader would look for its end.
    expect(await refused(mixed(parseZip(genuine), legacy, 'report.html'))).toEqual(['report.html zip.flags']);
    // One file without, in an otherwise legacy pack.
    expect(await refused(mixed(inLegacyForm(parseZip(genuine)), pack, 'report.html'))).toEqual([
      'report.html zip.flags',
    ]);
  });

  it('a deflated file whose stream holds a descriptor and a local header after it', async () => {
    // A stored block inside the deflate stream carries any bytes: a reader ending the file at "PK\7\8" alone
    // (node-unzipper, for one) finds the local entry after it.
    const content = concat([bytes('<p>x</p>PK\x07\x08'), new Uint8Array(12), bytes('PK\x03\x04 a hidden entry')]);
    const zip = (legacy: boolean) =>
      hostile(
        (raw) => {
          const e = entryOf(raw, 'report.html');
          const replaced = fileEntry('report.html', content, { deflated: deflateSync(content, { level: 0 }) });
          e.data = replaced.data;
          Object.assign(e.central, { crc: replaced.central.crc, size: content.length });
          e.central.compressedSize = replaced.data.length;
          agree(e);
        },
        { legacy },
      );
    expect(await refused(zip(true))).toEqual(['report.html zip.falseDescriptor']);
    // Without a data descriptor that reader reads the file's size from its local header: nothing to end too soon.
    expect(zipFailures(await verifyPack(zip(false)))).toEqual([]);
  });

  it("the genuine pack's entries in another order: refused, though every signed byte is unchanged", async () => {
    const post = readZipNames(genuine).find((name) => name.endsWith('/post-1.png'))!;
    const reordered = moved(genuine, 'report.html', post);
    expect(await refused(reordered)).toEqual([`${post} zip.order`]);
    const swapped = moved(genuine, 'SHA256SUMS.sig', 'manifest.sig');
    expect(await refused(swapped)).toEqual(['manifest.sig zip.order']);
  });
});

/** The names of the ZIP's entries, in its order. */
function readZipNames(zip: Uint8Array): string[] {
  return parseZip(zip).entries.map((entry) => text(entry.central.name));
}

describe('bounded work', () => {
  it('a deflate bomb under a small declared size is stopped at that size', async () => {
    const zip = hostile((raw) => {
      const e = entryOf(raw, 'report.html');
      e.data = deflateBomb(50_000_000);
      e.central.compressedSize = e.data.length;
      agree(e);
    });
    const start = performance.now();
    expect(await refused(zip)).toEqual(['report.html zip.size']);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('a huge declared size is refused before anything is inflated', async () => {
    const huge = (name: string, size: number) =>
      hostile((raw) => {
        const e = entryOf(raw, name);
        e.central.size = size;
        agree(e);
      });
    expect(await refused(huge('report.html', 0xfffffffe))).toEqual(['report.html zip.tooLarge']);
    // A file the verifier keeps and reads: 64 MB at most, however large the pack.
    expect(await refused(huge('custody.jsonl', 65 * 1024 * 1024))).toEqual(['custody.jsonl zip.tooLarge']);
  });

  it('deflated entries that together inflate past the budget for the pack', async () => {
    // Listed in a forged SHA256SUMS so that they are read: five 15 MB bombs, each within the limit of one file
    // (16 MB and 4 times the pack), together over the budget (64 MB and 16 times the pack).
    const names = ['a', 'b', 'c', 'd', 'e'].map((name) => `captures/${name}.html`);
    const zip = hostile((raw) => {
      const content = new Uint8Array(15_000_000);
      const bomb = deflateBomb(content.length);
      raw.entries.push(...names.map((name) => fileEntry(name, content, { deflated: bomb })));
      const sums = entryOf(raw, 'SHA256SUMS');
      const replaced = fileEntry('SHA256SUMS', bytes(names.map((name) => `${'0'.repeat(64)}  ${name}\n`).join('')));
      sums.data = replaced.data;
      sums.central = { ...sums.central, crc: replaced.central.crc, size: replaced.central.size };
      sums.central.compressedSize = replaced.central.compressedSize;
      agree(sums);
    });
    const failed = await refused(zip);
    expect(failed).toEqual(['captures/e.html zip.budget']);
  });

  it('entries SHA256SUMS does not list are not inflated', async () => {
    const zip = hostile((raw) =>
      raw.entries.push(fileEntry('captures/x.html', bytes('x'), { deflated: bytes('not deflate') })),
    );
    const verdict = await verifyPack(zip);
    expect(zipFailures(verdict)).toEqual([]);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ id: 'sha256sums', subject: 'captures/x.html', ok: false }),
    );
  });

  it('a manifest of more JSON values than the verifier parses, counted without parsing', async () => {
    expect(jsonValues('{"a":[1,2],"b":"x,y:{[\\",z"}')).toBe(7);
    const junk = bytes(`{"a":[${'{},'.repeat(700_000)}{}]}`);
    const zip = hostile((raw) => {
      const manifest = entryOf(raw, 'manifest.json');
      const replaced = fileEntry('manifest.json', junk);
      manifest.data = replaced.data;
      Object.assign(manifest.central, { crc: replaced.central.crc, size: junk.length });
      manifest.central.compressedSize = replaced.data.length;
      agree(manifest);
    });
    const start = performance.now();
    const verdict = await verifyPack(zip);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ id: 'manifest-json', ok: false, key: 'file.jsonValues' }),
    );
  });

  it('a SHA256SUMS of more lines than the pack has files is not split into them', async () => {
    const zip = hostile((raw) => {
      const sums = entryOf(raw, 'SHA256SUMS');
      const replaced = fileEntry('SHA256SUMS', bytes('\n'.repeat(5_000_000)));
      sums.data = replaced.data;
      Object.assign(sums.central, { crc: replaced.central.crc, size: replaced.central.size });
      sums.central.compressedSize = replaced.data.length;
      agree(sums);
    });
    const start = performance.now();
    const verdict = await verifyPack(zip);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ id: 'sha256sums', ok: false, key: 'sums.tooManyLines' }),
    );
    expect(verdict.checks.filter((check) => check.key === 'sums.badLine')).toEqual([]);
  });

  it('many tiny entries: each refused, the failures of one kind capped', async () => {
    const count = 10_000;
    const zip = hostile((raw) => {
      for (let i = 0; i < count; i++) raw.entries.push(folderEntry(`x${i}/`));
      for (const e of raw.entries.slice(-count)) e.central.external = 0;
    });
    const start = performance.now();
    const verdict = await verifyPack(zip);
    expect(performance.now() - start).toBeLessThan(5000);
    const shown = zipFailures(verdict).filter((check) => check.key === 'zip.attributes');
    expect(shown).toHaveLength(MAX_SHOWN_PER_KIND);
    expect(zipFailures(verdict)).toContainEqual(
      expect.objectContaining({ key: 'checks.more', params: { count: count - MAX_SHOWN_PER_KIND } }),
    );
  });
});
