import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SignerInput } from '@/components/SignerInput';
import { SignerVerdict } from '@/components/SignerVerdict';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { createTranslator, formatMessage } from '@/utils/i18n/translate';
import type { SignerCheck } from '@/utils/pack/types';
import { renderIn, type } from './render-in';

const A = 'a3f19c0be2d84f7761c05ad9e3b2f4a81d6c7e905b3a2f18c4d9e06b7a5f3c21';
const B = '77bc'.repeat(16);
const grouped = (hex: string) => hex.match(/.{4}/g)!.join(' ');

describe('SignerVerdict', () => {
  it.each(LOCALES)('says in %s whether the signer is confirmed, another key, or not confirmed', async (locale) => {
    const ui = CATALOGS[locale].ui;
    const say = (signer: SignerCheck) => renderIn(locale, h(SignerVerdict, { signer }));

    const confirmed = await say({ status: 'confirmed', actual: A, label: 'Ana' });
    expect(confirmed.textContent).toBe(formatMessage(locale, ui['verify.signerConfirmed'], { label: 'Ana' }));
    expect((await say({ status: 'confirmed', actual: A })).textContent).toBe(ui['verify.signerConfirmedGiven']);

    const mismatch = await say({ status: 'mismatch', actual: B, expected: [A] });
    expect(mismatch.querySelector('[data-status]')!.getAttribute('data-status')).toBe('mismatch');
    expect(mismatch.textContent).toContain(ui['verify.signerMismatch']);
    expect(mismatch.querySelector('[data-testid="signer-expected"]')!.textContent).toBe(grouped(A));
    expect(mismatch.querySelector('[data-testid="signer-actual"]')!.textContent).toBe(grouped(B));
    const keyless = await say({ status: 'mismatch', actual: null, expected: [A] });
    expect(keyless.querySelector('[data-testid="signer-actual"]')!.textContent).toBe(ui['verify.signerNoKey']);

    // Confirmed through a key rotation: whose old key, when it handed over, and the two keys.
    const at = '2026-11-23T12:00:03.000Z';
    const rotated = await say({
      status: 'confirmed',
      actual: B,
      label: 'Ana',
      rotatedFrom: A,
      rotatedAt: at,
      handOvers: 1,
    });
    const { verdict } = CATALOGS[locale].pack;
    const date = createTranslator(locale).dateTime(at, { long: true });
    expect(rotated.querySelector('strong')!.textContent).toBe(
      formatMessage(locale, verdict.signerRotated, { label: 'Ana', date, count: 1 }),
    );
    expect(rotated.querySelector('[data-testid="signer-rotated-from"]')!.textContent).toBe(grouped(A));
    expect(rotated.querySelector('[data-testid="signer-actual"]')!.textContent).toBe(grouped(B));
    expect(rotated.textContent).toContain(verdict.trustedEarlierKey);
    const given = await say({ status: 'confirmed', actual: B, rotatedFrom: A, rotatedAt: at, handOvers: 2 });
    expect(given.querySelector('strong')!.textContent).toBe(
      formatMessage(locale, verdict.signerRotatedGiven, { date, count: 2 }),
    );

    const unconfirmed = await say({ status: 'unconfirmed', actual: A });
    expect(unconfirmed.textContent).toBe(ui['verify.signerUnconfirmed']);
    // The pack's own fingerprint is never shown here as what was expected.
    expect(unconfirmed.textContent).not.toContain(grouped(A));
  });
});

describe('SignerInput', () => {
  it('hands on what is typed, and says why a list cannot be used', async () => {
    const handlers = { onFingerprint: vi.fn(), onList: vi.fn(), onListFile: vi.fn() };
    const root = await renderIn('mk', h(SignerInput, { fingerprint: '', list: '', error: null, ...handlers }));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await type(root.querySelector('[data-testid="expected-fingerprint"]'), grouped(A));
    expect(handlers.onFingerprint).toHaveBeenCalledWith(grouped(A));
    await type(root.querySelector('[data-testid="trusted-keys"]'), `${A} Ana`);
    expect(handlers.onList).toHaveBeenCalledWith(`${A} Ana`);
    expect(root.textContent).toContain(CATALOGS.mk.ui['verify.expectedLabel']);

    const refused = await renderIn(
      'mk',
      h(SignerInput, { fingerprint: '', list: 'x', error: 'Редот 1 не е отпечаток', ...handlers }),
    );
    expect(refused.querySelector('[role="alert"]')!.textContent).toBe(
      formatMessage('mk', CATALOGS.mk.ui['verify.keysInvalid'], { reason: 'Редот 1 не е отпечаток' }),
    );
  });
});
