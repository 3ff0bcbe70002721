import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import type { PackManifest } from '@/utils/pack/types';
import { renderVerifyText } from '@/utils/report/verify-instructions';

const manifest: Pick<PackManifest, 'format' | 'createdAt' | 'language' | 'exporter'> = {
  format: 'dokaz-pack/1',
  createdAt: '2026-11-23T15:00:00.000Z',
  language: 'en',
  exporter: {
    installId: 'install-test',
    keyFingerprint: 'a3f19c0be2d84f7761c05ad9e3b2f4a81d6c7e905b3a2f18c4d9e06b7a5f3c21',
    keyAlgorithm: 'ECDSA P-256 SHA-256',
  },
};

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
    expect(text.replace(/\s+/g, ' ')).toContain(
      '5. openssl pkey -pubin -in public-key.pem -outform DER | sha256sum Prints the fingerprint',
    );
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Expected output: the sender’s fingerprint as you obtained it apart from the pack (never one written in this pack)',
    );
    expect(text).toContain('dokaz-verify dokaz-all-2026-11-23.zip');
    expect(text).toContain('certutil -hashfile manifest.json SHA256');
  });

  it('never gives the pack’s own fingerprint or install id as what to expect (issue 14)', () => {
    const fingerprint = manifest.exporter.keyFingerprint;
    // A forger rewrites VERIFY.txt with their own key's fingerprint: whatever this file says of it proves nothing.
    for (const language of LOCALES) {
      const text = renderVerifyText({ ...manifest, language }, 'dokaz-all-2026-11-23.zip');
      const digits = text.replace(/[^0-9a-f]/gi, '').toLowerCase();
      expect(digits, language).not.toContain(fingerprint);
      expect(digits, language).not.toContain(fingerprint.slice(0, 16));
      const flat = text.replace(/\s+/g, ' ');
      const step5 = flat.slice(flat.indexOf('5. openssl pkey'), flat.indexOf(' 6.'));
      const { verifyText } = CATALOGS[language].pack;
      expect(step5, language).toContain(verifyText.senderFingerprint.replace(/\s+/g, ' '));
    }
    const text = renderVerifyText(manifest, 'x.zip');
    expect(text).toMatch(/^Install id: +install-test$/m);
    expect(text.replace(/\s+/g, ' ')).toContain('the install id is a random number anyone can copy');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'with the fingerprint you obtained from the sender apart from this pack',
    );
  });

  it('quotes a ZIP name the shell would split', () => {
    const text = renderVerifyText(manifest, "case it's mine.zip");
    expect(text).toContain(`1. unzip 'case it'\\''s mine.zip' -d pack && cd pack`);
  });
});
