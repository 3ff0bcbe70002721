import { describe, expect, it } from 'vitest';
import { renderVerifyText } from '@/utils/pack/verify-instructions';

const manifest = {
  format: 'dokaz-pack/1',
  createdAt: '2026-11-23T15:00:00.000Z',
  language: 'en',
  exporter: {
    installId: 'install-test',
    keyFingerprint: 'a3f19c0be2d84f7761c05ad9e3b2f4a81d6c7e905b3a2f18c4d9e06b7a5f3c21',
    keyAlgorithm: 'ECDSA P-256 SHA-256',
  },
} as const;

describe('renderVerifyText', () => {
  it('gives the commands of docs/PACK-FORMAT.md with what each prints', () => {
    const text = renderVerifyText(manifest, 'dokaz-all-2026-11-23.zip');
    const lines = text.split('\n');
    for (const command of [
      '1. unzip dokaz-all-2026-11-23.zip -d pack && cd pack',
      '2. openssl dgst -sha256 -verify public-key.pem -signature SHA256SUMS.sig SHA256SUMS',
      '3. sha256sum -c SHA256SUMS',
      '4. openssl dgst -sha256 -verify public-key.pem -signature manifest.sig manifest.json',
      '5. openssl pkey -pubin -in public-key.pem -outform DER | sha256sum',
    ]) {
      expect(lines).toContain(command);
    }
    expect(text.match(/Expected output: Verified OK/g)).toHaveLength(2);
    expect(text).toContain('each ending in "OK"');
    expect(text).toContain(`Expected output: ${manifest.exporter.keyFingerprint}  -`);
    expect(text).toContain('dokaz-verify dokaz-all-2026-11-23.zip');
    expect(text).toContain('certutil -hashfile manifest.json SHA256');
  });

  it('quotes a ZIP name the shell would split', () => {
    const text = renderVerifyText(manifest, "case it's mine.zip");
    expect(text).toContain(`1. unzip 'case it'\\''s mine.zip' -d pack && cd pack`);
  });
});
