// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signRotation, type RotationDetails } from '@/utils/crypto/key-rotation';
import { createSigningKeys, keyFingerprint, publicKeyPem } from '@/utils/crypto/signing';
import type { CustodyEvent } from '@/utils/custody';
import type { PackVerdict } from '@/utils/pack/types';
import { formatVerdict, verifyPack } from '@/utils/pack/verify';
import { MAX_ROTATIONS } from '@/utils/pack/verify/key-rotation';
import { confirmSigner } from '@/utils/pack/verify/signer';
import { verifyWith, type Draft } from './custody-log';
import { makeTestPack, zipPack } from './test-pack';

/**
 * Key rotation, the verifier's side (docs/PACK-FORMAT.md, "key-rotated"): a
 * pack whose earlier keys handed over to its key, each hand-over signed with
 * real WebCrypto keys, verifies and confirms a recipient's old key card; each
 * way of forging or breaking a hand-over fails `key-rotation` and confirms
 * nothing. The tampered logs are signed by their exporter (custody-log.ts):
 * only the rule under test can object.
 */
const failures = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}`);
const rotationCheck = (verdict: PackVerdict) => verdict.checks.filter((check) => check.id === 'key-rotation');

/** The exporter's keys, oldest first: two earlier keys and the key that signs the packs. */
let k0: CryptoKeyPair;
let k1: CryptoKeyPair;
let packKeys: CryptoKeyPair;
let [f0, f1, fPack] = ['', '', ''];
beforeAll(async () => {
  [k0, k1, packKeys] = await Promise.all([createSigningKeys(), createSigningKeys(), createSigningKeys()]);
  [f0, f1, fPack] = await Promise.all([
    keyFingerprint(k0.publicKey),
    keyFingerprint(k1.publicKey),
    keyFingerprint(packKeys.publicKey),
  ]);
});
afterEach(() => vi.restoreAllMocks());

/** The pack's key-rotated events (as drafts), and the others. */
const rotations = (events: CustodyEvent[]) => events.filter((event) => event.type === 'key-rotated');
/** The log with each rotation replaced by what `swap` makes of it (by index among the rotations). */
function withRotations(events: CustodyEvent[], swap: (rotation: CustodyEvent, i: number) => Draft | Promise<Draft>) {
  let i = 0;
  return Promise.all(events.map((event) => (event.type === 'key-rotated' ? swap(event, i++) : event)));
}
const detailsOf = (event: CustodyEvent) => event.details as unknown as RotationDetails;

describe('a pack whose key replaced earlier ones', () => {
  it('with one hand-over: verifies as dokaz-pack/2, names it, and confirms the old key card', async () => {
    const pack = await makeTestPack({ keys: packKeys, earlierKeys: [k0] });
    const zip = await zipPack(pack.files);
    const verdict = await verifyPack(zip);
    expect(failures(verdict)).toEqual([]);
    expect(verdict).toMatchObject({ ok: true, format: 'dokaz-pack/2', keyFingerprint: fPack });
    const [rotated] = rotations(pack.events);
    expect(verdict.keyHistory).toEqual([{ fingerprint: f0, to: fPack, at: rotated!.at, seq: rotated!.seq }]);
    expect(rotationCheck(verdict)).toEqual([
      expect.objectContaining({
        ok: true,
        subject: 'custody.jsonl',
        message: `its 1 hand-over of the signing key is signed by the key it replaced, and leads to the pack's key: ${f0} → ${fPack} (${rotated!.at})`,
      }),
    ]);
    for (const id of ['custody-event', 'custody-actor', 'custody-order', 'custody-export']) {
      expect(verdict.checks).toContainEqual(expect.objectContaining({ id, ok: true }));
    }

    const confirmed = await verifyPack(zip, { trustedKeys: [{ fingerprint: f0, label: 'Ana' }] });
    expect(confirmed.ok).toBe(true);
    expect(confirmed.signer).toEqual({
      status: 'confirmed',
      actual: fPack,
      label: 'Ana',
      rotatedFrom: f0,
      rotatedAt: rotated!.at,
      handOvers: 1,
    });
    expect(confirmed.checks.at(-1)).toMatchObject({
      id: 'signer',
      ok: true,
      message: `is the key that the key of Ana handed over to on ${rotated!.at}, by a hand-over signed in the pack`,
    });
    const text = formatVerdict(confirmed);
    expect(text[0]).toMatch(
      new RegExp(
        `^VERIFIED: all \\d+ checks passed\\. Signed by the key that the key of Ana handed over to on ${rotated!.at}\\.$`,
      ),
    );
    expect(text).toContain(`Signing key fingerprint: ${fPack}`);
    expect(text).toContain(`Earlier key ${f0}, handed over on ${rotated!.at}`);
    // The pack's own key still confirms it directly.
    expect((await verifyPack(zip, { trustedKeys: [{ fingerprint: fPack }] })).signer).toEqual({
      status: 'confirmed',
      actual: fPack,
    });
  });

  it('with two hand-overs: confirms either old key, through as many hand-overs as lead from it', async () => {
    const pack = await makeTestPack({ keys: packKeys, earlierKeys: [k0, k1] });
    const zip = await zipPack(pack.files);
    const [first, second] = rotations(pack.events);
    const verdict = await verifyPack(zip, { trustedKeys: [{ fingerprint: f0, label: 'Ana (2025 card)' }] });
    expect(failures(verdict)).toEqual([]);
    expect(verdict.keyHistory?.map(({ fingerprint, to }) => [fingerprint, to])).toEqual([
      [f0, f1],
      [f1, fPack],
    ]);
    expect(verdict.signer).toMatchObject({ status: 'confirmed', rotatedFrom: f0, rotatedAt: first!.at, handOvers: 2 });
    expect(formatVerdict(verdict)[0]).toContain(
      `Signed by the key that the key of Ana (2025 card) handed over to, through 2 hand-overs from ${first!.at} on.`,
    );
    // The nearer of two trusted old keys: the fewest hand-overs.
    const both = confirmSigner(verdict, [{ fingerprint: f0 }, { fingerprint: f1, label: 'Ana' }]);
    expect(both.signer).toMatchObject({ status: 'confirmed', label: 'Ana', rotatedFrom: f1, rotatedAt: second!.at });
    expect(both.checks.at(-1)?.message).toBe(
      `is the key that the key of Ana handed over to on ${second!.at}, by a hand-over signed in the pack`,
    );
  });

  it('leaves a trusted old key unconfirmed when the pack proves no hand-over from it', async () => {
    const plain = await verifyPack(await zipPack((await makeTestPack({ keys: packKeys })).files), {
      trustedKeys: [{ fingerprint: f0, label: 'Ana' }],
    });
    expect(plain.keyHistory).toBeUndefined();
    expect(plain.signer).toEqual({ status: 'mismatch', actual: fPack, expected: [f0] });
    expect(plain.ok).toBe(false);
    // A key history that does not end at the pack's key confirms nothing either.
    const stray = confirmSigner({ ...plain, keyHistory: [{ fingerprint: f0, to: f1, at: '', seq: 1 }] }, [
      { fingerprint: f0 },
    ]);
    expect(stray.signer.status).toBe('mismatch');
  });
});

/** Verifies the pack of `earlierKeys` after `swap` rewrote its rotations; the old key k0 is the one trusted. */
function tamper(
  earlierKeys: () => CryptoKeyPair[],
  swap: (rotation: CustodyEvent, i: number) => Draft | Promise<Draft>,
): Promise<PackVerdict> {
  return verifyWith(
    ({ events }) => withRotations(events, swap),
    { keys: packKeys, earlierKeys: earlierKeys() },
    {
      trustedKeys: [{ fingerprint: f0, label: 'Ana' }],
    },
  );
}

/** What a verdict of a broken hand-over must say: the check fails, names the event, and confirms no old key. */
function expectRefused(verdict: PackVerdict, key: string, subject = /^custody\.jsonl event #\d+$/) {
  expect(verdict.ok).toBe(false);
  expect(verdict.keyHistory).toBeUndefined();
  expect(verdict.signer.status).toBe('mismatch');
  expect(rotationCheck(verdict)).toContainEqual(
    expect.objectContaining({ ok: false, key, subject: expect.stringMatching(subject) }),
  );
  expect(rotationCheck(verdict).some((check) => check.ok)).toBe(false);
}

describe('a hand-over that does not hold', () => {
  it('a signature that is not the old key’s over this statement', async () => {
    const verdict = await tamper(
      () => [k0],
      async (event) => {
        // k0's genuine signature, of a hand-over to another key: valid DER, wrong statement.
        const other = await signRotation(event.actor, k0, k1.publicKey);
        return { ...event, details: { ...detailsOf(event), signature: other.signature } };
      },
    );
    expectRefused(verdict, 'keyRotation.signature');
    // Everything else of the pack holds: the hand-over alone fails, and with it the old key's confirmation.
    expect(failures(verdict)).toEqual([
      expect.stringMatching(/^key-rotation custody\.jsonl event #\d+$/),
      'signer public-key.pem',
    ]);
  });

  it('a fromPublicKey that does not hash to `from`', async () => {
    const verdict = await tamper(
      () => [k0],
      async (event) => ({
        ...event,
        details: { ...detailsOf(event), fromPublicKey: await publicKeyPem(k1.publicKey) },
      }),
    );
    expectRefused(verdict, 'keyRotation.fingerprint');
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'key-rotation',
        message: 'its fromPublicKey does not hash to its from: the key given is not the key it says was replaced',
      }),
    );
  });

  it('a fromPublicKey that is no P-256 key', async () => {
    const pem = `-----BEGIN PUBLIC KEY-----\n${btoa('not a key at all, but base64 all the same')}\n-----END PUBLIC KEY-----\n`;
    const verdict = await tamper(
      () => [k0],
      (event) => ({ ...event, details: { ...detailsOf(event), fromPublicKey: pem } }),
    );
    expectRefused(verdict, 'keyRotation.key');
  });

  it('hand-overs that do not link: the second is not from the key the first handed over to', async () => {
    const k2 = await createSigningKeys();
    const verdict = await tamper(
      () => [k0, k1],
      async (event, i) =>
        i === 0 ? event : { ...event, details: { ...(await signRotation(event.actor, k2, packKeys.publicKey)) } },
    );
    expectRefused(verdict, 'keyRotation.link');
    const link = rotationCheck(verdict).find((check) => check.key === 'keyRotation.link')!;
    expect(link).toMatchObject({ expected: f1, actual: await keyFingerprint(k2.publicKey) });
    // Every hand-over on its own is genuine: only the link fails.
    expect(rotationCheck(verdict)).toHaveLength(1);
  });

  it('a last hand-over to another key than the pack’s', async () => {
    const stranger = await createSigningKeys();
    const verdict = await tamper(
      () => [k0],
      async (event) => ({ ...event, details: { ...(await signRotation(event.actor, k0, stranger.publicKey)) } }),
    );
    expectRefused(verdict, 'keyRotation.notPackKey');
    expect(rotationCheck(verdict)[0]).toMatchObject({
      expected: fPack,
      actual: await keyFingerprint(stranger.publicKey),
    });
  });

  it('a hand-over written in another install’s name, though signed for it', async () => {
    const other = crypto.randomUUID();
    const verdict = await tamper(
      () => [k0],
      async (event) => ({
        ...event,
        actor: other,
        details: { ...(await signRotation(other, k0, packKeys.publicKey)) },
      }),
    );
    expectRefused(verdict, 'keyRotation.actor');
    expect(failures(verdict)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^custody-actor custody\.jsonl event #\d+$/)]),
    );
    expect(rotationCheck(verdict)[0]).toMatchObject({ actual: other });
  });

  it('details that are not a hand-over’s', async () => {
    const verdict = await tamper(
      () => [k0],
      (event) => ({ ...event, details: { ...detailsOf(event), signature: 'x'.repeat(4_000) } }),
    );
    expectRefused(verdict, 'keyRotation.details');
    expect(failures(verdict)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^custody-event custody\.jsonl event #\d+$/)]),
    );
  });
});

describe('the format', () => {
  it('a key-rotated event in a dokaz-pack/1 is an unknown event there, and proves no hand-over', async () => {
    const verdict = await verifyWith(
      ({ events }) => events,
      {
        keys: packKeys,
        earlierKeys: [k0],
        format: 'dokaz-pack/1',
      },
      { trustedKeys: [{ fingerprint: f0 }] },
    );
    expect(failures(verdict)).toEqual([
      expect.stringMatching(/^custody-event custody\.jsonl event #\d+$/),
      'signer public-key.pem',
    ]);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'custody-event',
        message: 'is of type "key-rotated", which is not a custody event of dokaz-pack/1',
      }),
    );
    expect(rotationCheck(verdict)).toEqual([]);
    expect(verdict.keyHistory).toBeUndefined();
    expect(verdict.signer.status).toBe('mismatch');
  });

  it('the exported event must name the manifest’s format', async () => {
    const verdict = await verifyWith(({ events }) => events, {
      keys: packKeys,
      earlierKeys: [k0],
      editManifest: (manifest) => void (manifest.format = 'dokaz-pack/1'),
    });
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'custody-export',
        ok: false,
        message: 'details.format is not what manifest.json says',
      }),
    );
    const plain = await verifyWith(({ events }) => events, { format: 'dokaz-pack/2' });
    // A dokaz-pack/2 without a rotation is a format an exporter never writes, but nothing in it is false.
    expect(failures(plain)).toEqual([]);
    expect(rotationCheck(plain)).toEqual([]);
  });
});

describe('bounded work', () => {
  it(`checks at most ${MAX_ROTATIONS} hand-overs: ${MAX_ROTATIONS + 1} genuine ones fail, and no signature of theirs is checked`, async () => {
    const earlier = await Promise.all(Array.from({ length: MAX_ROTATIONS + 1 }, () => createSigningKeys()));
    const pack = await makeTestPack({ keys: packKeys, earlierKeys: earlier });
    const zip = await zipPack(pack.files);
    const verify = vi.spyOn(crypto.subtle, 'verify');
    const verdict = await verifyPack(zip, {
      trustedKeys: [{ fingerprint: await keyFingerprint(earlier[0]!.publicKey) }],
    });
    // The two signatures of the pack, manifest.sig and SHA256SUMS.sig: none of the hand-overs'.
    expect(verify).toHaveBeenCalledTimes(2);
    expect(failures(verdict)).toEqual(['key-rotation custody.jsonl', 'signer public-key.pem']);
    expect(rotationCheck(verdict)[0]).toMatchObject({
      key: 'keyRotation.tooMany',
      params: { count: MAX_ROTATIONS + 1, limit: MAX_ROTATIONS },
    });
    expect(verdict.keyHistory).toBeUndefined();
    expect(verdict.signer.status).toBe('mismatch');
  }, 60_000);

  it('a hostile log of thousands of copies of one hand-over costs counts, not signature checks', async () => {
    const copies = 3_000;
    const verify = vi.spyOn(crypto.subtle, 'verify');
    const verdict = await verifyWith(
      ({ events }) =>
        events.flatMap((event) => (event.type === 'key-rotated' ? Array<Draft>(copies).fill(event) : [event])),
      { keys: packKeys, earlierKeys: [k0] },
    );
    expect(verify).toHaveBeenCalledTimes(2);
    expect(rotationCheck(verdict)).toEqual([
      expect.objectContaining({
        ok: false,
        key: 'keyRotation.tooMany',
        params: { count: copies, limit: MAX_ROTATIONS },
      }),
    ]);
    expect(verdict.checks.length).toBeLessThan(1_000);
  }, 120_000);
});
