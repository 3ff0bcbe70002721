import { canonicalJson } from '@/utils/canonical-json';
import { GENESIS_HASH, hashEvent, type CustodyEvent } from '@/utils/custody';
import { sha256Hex } from '@/utils/hash';
import { PACK_FILES, type PackManifest, type PackVerdict } from '@/utils/pack/types';
import { verifyPack, type VerifyOptions } from '@/utils/pack/verify';
import { bytesOf, makeTestPack, signPack, textOf, zipPack, type TestPackOptions } from './test-pack';

/**
 * Custody logs as a faulty or hostile exporter writes them, and signs: every
 * event rehashed, the chain relinked, the manifest naming the new head, so
 * that signatures, hashes and chain hold and only a custody rule can object.
 */
export type Draft = Omit<CustodyEvent, 'seq' | 'prevHash' | 'hash' | 'payloadSha256'> & { payloadSha256?: string };

/** The events as a faulty exporter would write them: numbered from the first, linked, hashed. */
export async function rechain(drafts: Draft[], firstSeq: number): Promise<CustodyEvent[]> {
  const events: CustodyEvent[] = [];
  for (const [i, draft] of drafts.entries()) {
    const seq = firstSeq + i;
    const {
      payloadSha256,
      seq: _seq,
      prevHash: _prevHash,
      hash: _hash,
      ...rest
    } = draft as Draft & Partial<CustodyEvent>;
    const payload =
      rest.details !== undefined && rest.type !== 'captured'
        ? await sha256Hex(canonicalJson(rest.details))
        : (payloadSha256 ?? '0'.repeat(64));
    const linked = { ...rest, seq, payloadSha256: payload, prevHash: events.at(-1)?.hash ?? GENESIS_HASH };
    events.push({ ...linked, hash: await hashEvent(linked) });
  }
  return events;
}

/**
 * A pack of two captures, A and B, whose included log `edit` rewrites; verified. The log it is given is the
 * pack's own: captured A at 12:00:00, captured B at 12:00:03 and exported at 12:00:04, numbered #1 to #3 once
 * rewritten (each capture began 0.8 s before its captured event); with `options.earlierKeys`, their
 * `key-rotated` events between captured A and captured B.
 */
export async function verifyWith(
  edit: (log: { events: CustodyEvent[]; a: string; b: string; actor: string }) => Draft[] | Promise<Draft[]>,
  options: Omit<TestPackOptions, 'editEvents'> = {},
  verifyOptions: VerifyOptions = {},
): Promise<PackVerdict> {
  let written: CustodyEvent[] = [];
  const pack = await makeTestPack({
    ...options,
    editEvents: async (kept) => {
      const [a, b] = kept.filter((e) => e.type === 'captured').map((e) => e.captureId as string);
      const drafts = await edit({ events: kept, a: a!, b: b!, actor: kept[0]!.actor });
      written = await rechain(drafts, 1);
      return written;
    },
    editManifest: (manifest) => {
      const last = written.at(-1)!;
      Object.assign(manifest.custody, { events: written.length, exportEventSeq: last.seq, headHash: last.hash });
      options.editManifest?.(manifest);
    },
  });
  return verifyPack(await zipPack(pack.files), verifyOptions);
}

/** A pack whose custody.jsonl is `text`, whatever it holds, with the manifest and the signatures made for it. */
export async function verifyWithText(text: string): Promise<PackVerdict> {
  const pack = await makeTestPack();
  const bytes = bytesOf(text);
  pack.files.set(PACK_FILES.custody, bytes);
  const manifest = JSON.parse(textOf(pack.files.get(PACK_FILES.manifest))) as PackManifest;
  const entry = manifest.files.find((file) => file.path === PACK_FILES.custody)!;
  Object.assign(entry, { size: bytes.length, sha256: await sha256Hex(bytes) });
  manifest.custody.events = text.split('\n').length - 1;
  pack.files.set(PACK_FILES.manifest, bytesOf(`${JSON.stringify(manifest, null, 2)}\n`));
  await signPack(pack.files, pack.keys);
  return verifyPack(await zipPack(pack.files));
}
