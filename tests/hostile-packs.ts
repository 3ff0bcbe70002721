import {
  bytes,
  concat,
  deflateBomb,
  entryOf,
  fileEntry,
  parseZip,
  unicodePath,
  writeZip,
  type RawEntry,
  type RawZip,
} from './unit/pack/hostile-zips';

/**
 * A corpus of hostile packs, each one change to a genuine pack that another
 * ZIP reader would read otherwise, or that would cost a verifier without
 * bounds (issue 14). The unit tests try every attack class on the pure
 * verifier (tests/unit/pack/hostile-zip.test.ts); this corpus is what the
 * browsers' verify page must refuse too.
 */
export interface HostilePack {
  name: string;
  zip: Uint8Array;
}

const FORGED = bytes('<!doctype html><p>FORGED report</p>');

export function hostilePacks(genuine: Uint8Array): HostilePack[] {
  const changed = (change: (raw: RawZip) => void): Uint8Array => {
    const raw = parseZip(genuine);
    change(raw);
    return writeZip(raw);
  };
  const forgedReport = (): RawEntry => fileEntry('report.html', FORGED);
  return [
    {
      // The issue's own: Python's zipfile, Java and jar xf extract it as report.html over the genuine one.
      name: 'unicode-path-folder',
      zip: changed((raw) => {
        const forged = forgedReport();
        forged.central.extra = unicodePath('report.html', 'x/');
        forged.local.extra = unicodePath('report.html', 'x/');
        raw.entries.push(forged);
      }),
    },
    { name: 'zip-before-pack', zip: concat([writeZip({ entries: [forgedReport()] }), genuine]) },
    {
      // Java's ZipInputStream reads local entries in order and extracts this one.
      name: 'local-entry-unlisted',
      zip: changed((raw) => {
        const at = raw.entries.indexOf(entryOf(raw, 'report.html'));
        raw.entries.splice(at, 0, { ...forgedReport(), localOnly: true });
      }),
    },
    { name: 'trailing-bytes', zip: changed((raw) => (raw.trailing = FORGED)) },
    { name: 'archive-comment', zip: changed((raw) => (raw.comment = bytes('verified by the court'))) },
    {
      // One file on a case-insensitive disk (Windows, macOS): whichever is unpacked last wins.
      name: 'case-folded-twin',
      zip: changed((raw) => raw.entries.push(fileEntry('REPORT.html', FORGED))),
    },
    {
      // Headers say 1 KB; the stream inflates to 200 MB.
      name: 'lying-deflate-bomb',
      zip: changed((raw) =>
        raw.entries.push(fileEntry('captures/bomb.bin', new Uint8Array(1024), { deflated: deflateBomb(200e6) })),
      ),
    },
    {
      name: 'crc-disagrees',
      zip: changed((raw) => {
        const report = entryOf(raw, 'report.html');
        report.central.crc = (report.central.crc ^ 1) >>> 0;
      }),
    },
  ];
}

/**
 * A pack whose page snapshot (page.mhtml) is deflated and inflates to more
 * than 4 MB, which the verifier hashes in parts as it inflates it (on the
 * verify page, in its workers), with the snapshot's CRC-32 changed alike in
 * both its headers, so that only the inflated bytes can tell.
 */
export function largeSnapshotCrcChanged(pack: Uint8Array): Uint8Array {
  const raw = parseZip(pack);
  const snapshot = raw.entries.find((entry) => new TextDecoder().decode(entry.central.name).endsWith('/page.mhtml'));
  if (!snapshot) throw new Error('the pack has no page snapshot');
  snapshot.central.crc = (snapshot.central.crc ^ 1) >>> 0;
  snapshot.local.crc = (snapshot.local.crc ^ 1) >>> 0;
  return writeZip(raw);
}
