// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSigningKeys, keyFingerprint, publicKeyPem, signDer } from '@/utils/crypto/signing';
import { IntegrityError } from '@/utils/errors';
import { buildPackBytes, PackSigningError, type PackSource } from '@/utils/pack/build';
import { renderReport } from '@/utils/report/report';
import { verifyPack } from '@/utils/pack/verify';
import { renderVerifyText } from '@/utils/report/verify-instructions';
import { makeCapture } from '../../factories';
import { useTestStore } from '../test-store';

const testStore = useTestStore();

/** What the exporter hands the builder, from a store holding two real captures. */
async function source(overrides: Partial<PackSource> = {}): Promise<PackSource> {
  for (let i = 0; i < 2; i++) {
    // Begun now: the store writes its captured event with its own clock, whatever the date the test runs on.
    const { record, data } = await makeCapture({
      actor: await testStore.store.installId(),
      capturedAt: new Date().toISOString(),
    });
    await testStore.store.saveCapture(record, data);
  }
  const keys = await createSigningKeys();
  const views = await Promise.all(
    (await testStore.db.captures.toArray()).map((row) => testStore.store.getCapture(row.id)),
  );
  return testStore.store.recordExport(
    views.map((v) => v!.id),
    () => ({ format: 'dokaz-pack/1', selection: { all: true } }),
    async (event) => ({
      captures: views.map((v) => v!),
      readArtifact: async (id) => (await testStore.store.getArtifactData(id))!,
      custodyEvents: [...(await testStore.store.custodyLog()), event],
      exporter: {
        installId: await testStore.store.installId(),
        keyFingerprint: await keyFingerprint(keys.publicKey),
        publicKeyPem: await publicKeyPem(keys.publicKey),
      },
      sign: (bytes) => signDer(keys.privateKey, bytes as Uint8Array<ArrayBuffer>),
      selection: { all: true },
      language: 'mk',
      createdAt: event.at,
      toolVersion: '0.1.0',
      renderReport,
      renderVerifyText,
      blurImages: true,
      zipName: 'dokaz-all-2026-11-23.zip',
      ...overrides,
    }),
  );
}

describe('buildPack', () => {
  it('makes a pack that the verifier accepts in every check', async () => {
    const verdict = await verifyPack(await buildPackBytes(await source()));
    expect(verdict.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verdict).toMatchObject({ ok: true, captures: 2, format: 'dokaz-pack/1' });
  });

  it('never makes an unsigned pack', async () => {
    const failing = await source({
      sign: async () => {
        throw new Error('the key is gone');
      },
    });
    await expect(buildPackBytes(failing)).rejects.toThrow(PackSigningError);
    const empty = await source({ sign: async () => new Uint8Array() });
    await expect(buildPackBytes(empty)).rejects.toThrow(PackSigningError);
  });

  it('refuses evidence whose bytes changed since capture', async () => {
    const changed = await source();
    const victim = changed.captures[0]!.artifacts[0]!.id;
    changed.readArtifact = async (id) =>
      id === victim ? new Blob(['tampered']) : (await testStore.store.getArtifactData(id))!;
    await expect(buildPackBytes(changed)).rejects.toThrow(IntegrityError);
  });
});

describe('the exported event', () => {
  it('is written only when the pack was made', async () => {
    const before = (await testStore.store.custodyLog()).length;
    await expect(
      testStore.store.recordExport(
        ['x'],
        () => ({ format: 'dokaz-pack/1' }),
        async () => {
          throw new Error('disk full');
        },
      ),
    ).rejects.toThrow('disk full');
    expect(await testStore.store.custodyLog()).toHaveLength(before);

    await testStore.store.recordExport(
      ['x'],
      () => ({ format: 'dokaz-pack/1' }),
      async () => 'made',
    );
    const log = await testStore.store.custodyLog();
    expect(log.at(-1)).toMatchObject({ type: 'exported', details: { captureIds: ['x'], format: 'dokaz-pack/1' } });
    expect(await testStore.store.verifyCustody()).toMatchObject({ intact: true });
  });
});
