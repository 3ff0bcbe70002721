import { h } from 'preact';
import { encode } from 'uqr';
import { describe, expect, it, vi } from 'vitest';
import { KeyCard } from '@/components/KeyCard';
import type { SigningKeyInfo } from '@/utils/crypto/signing';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { normaliseFingerprint } from '@/utils/pack/verify/signer';
import { click, renderIn, type } from './render-in';

const FINGERPRINT = 'a3f19c0be2d84f7761c05ad9e3b2f4a81d6c7e905b3a2f18c4d9e06b7a5f3c21';
const recorded: SigningKeyInfo = {
  fingerprint: FINGERPRINT,
  createdAt: '2026-11-23T15:00:00.000Z',
  createdAtSource: 'recorded',
  previous: [],
};

function card(info = recorded, holder = '', handlers = { onHolder: vi.fn(), onPrint: vi.fn() }) {
  return h(KeyCard, { info, holder, ...handlers });
}

/** The QR code's dark modules, read back from the SVG path ("M<x> <y>h1v1h-1z" a module). */
function modules(svg: SVGElement): boolean[][] {
  const size = Number(svg.getAttribute('data-modules'));
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y] of svg
    .querySelector('path')!
    .getAttribute('d')!
    .matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    matrix[Number(y)]![Number(x)] = true;
  }
  return matrix;
}

describe('KeyCard', () => {
  it('shows the fingerprint in sixteen groups of four, which read back as the fingerprint', async () => {
    const root = await renderIn('en', card());
    const shown = root.querySelector('[data-testid="key-card-fingerprint"]')!;
    const groups = [...shown.querySelectorAll('.group')].map((group) => group.textContent);
    expect(groups).toHaveLength(16);
    expect(groups.every((group) => /^[0-9a-f]{4}$/.test(group!))).toBe(true);
    expect(groups.join('')).toBe(FINGERPRINT);
    // Copied from the page, it is the fingerprint in groups, which the verify page and dokaz-verify accept.
    expect(shown.textContent).toBe(groups.join(' '));
    expect(normaliseFingerprint(shown.textContent!)).toBe(FINGERPRINT);
  });

  it('draws a QR code of the fingerprint as SVG elements, with its label', async () => {
    const root = await renderIn('en', card());
    const svg = root.querySelector<SVGElement>('svg.key-card-qr')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(CATALOGS.en.ui['keyCard.qr']);
    // The very matrix that encodes the fingerprint, module for module (border of four included).
    expect(modules(svg)).toEqual(encode(FINGERPRINT, { ecc: 'M', border: 4 }).data);
    // Nothing a CSP would have to allow: no image source, no foreign markup.
    expect(root.querySelector('img, image, foreignObject, [href], [src]')).toBeNull();
  });

  it('says when the key was made, or by when at the latest, or that nobody recorded it', async () => {
    const made = async (info: SigningKeyInfo) =>
      (await renderIn('en', card(info))).querySelector('[data-testid="key-card-made"]')!.textContent!;
    expect(await made(recorded)).toMatch(/2026.*2026-11-23T15:00:00\.000Z$/);
    const byExport = await made({ ...recorded, createdAtSource: 'first-export' });
    expect(byExport).toMatch(/^by .*2026.* at the latest: its first export/);
    expect(await made({ ...recorded, createdAt: null, createdAtSource: null })).toBe(
      CATALOGS.en.ui['keyCard.madeUnknown'],
    );
  });

  it('prints the name typed, or leaves a line to write it by hand, and keeps it only in the page', async () => {
    const handlers = { onHolder: vi.fn(), onPrint: vi.fn() };
    const blank = await renderIn('en', card(recorded, '', handlers));
    const police = () => blank.querySelector('.key-card-police')!;
    expect(police().querySelector('.blank-line')).not.toBeNull();
    expect(police().textContent).toContain('the evidence packs  makes with Dokaz');
    await type(blank.querySelector('[data-testid="key-card-holder"]'), 'Ana K.');
    expect(handlers.onHolder).toHaveBeenCalledWith('Ana K.');
    await click([...blank.querySelectorAll('button')].find((b) => b.textContent === CATALOGS.en.ui['keyCard.print'])!);
    expect(handlers.onPrint).toHaveBeenCalledOnce();
    const named = await renderIn('en', card(recorded, ' Ana K. '));
    expect(named.querySelector('.key-card-police strong.holder')!.textContent).toBe('Ana K.');
    expect(named.querySelector('.key-card-police .blank-line')).toBeNull();
  });

  it.each(LOCALES)('renders in %s with every text from its catalog and nothing left unfilled', async (locale) => {
    const ui = CATALOGS[locale].ui;
    for (const info of [recorded, { ...recorded, createdAtSource: 'first-export' as const }]) {
      const root = await renderIn(locale, card(info, 'Ana'));
      const text = root.textContent!;
      expect(text).not.toMatch(/\{\w+\}|keyCard\./);
      for (const key of ['keyCard.heading', 'keyCard.fingerprint', 'keyCard.made', 'keyCard.forPolice'] as const) {
        expect(text, key).toContain(ui[key]);
      }
      expect(root.querySelector('.key-card-police')!.textContent).toContain('Ana');
      expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe(ui['keyCard.qr']);
      if (locale !== 'en') expect(text).not.toContain(CATALOGS.en.ui['keyCard.forPolice']);
    }
  });
});

describe('KeyCard after a rotation', () => {
  const OLD = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

  it('lists the keys it replaced, grouped, with the day each handed over, in every language', async () => {
    const rotated = { ...recorded, previous: [{ fingerprint: OLD, replacedAt: '2026-11-30T08:00:00.000Z' }] };
    for (const locale of LOCALES) {
      const root = await renderIn(locale, card(rotated));
      const previous = root.querySelector('[data-testid="key-card-previous"]')!;
      expect(previous.querySelector('h2')!.textContent).toBe(CATALOGS[locale].ui['keyCard.previousHeading']);
      const item = previous.querySelector(`li[data-fingerprint="${OLD}"]`)!;
      expect(normaliseFingerprint(item.querySelector('code')!.textContent!)).toBe(OLD);
      expect(item.textContent).toMatch(/2026/);
    }
  });

  it('shows no such list for a key that replaced none', async () => {
    const root = await renderIn('en', card());
    expect(root.querySelector('[data-testid="key-card-previous"]')).toBeNull();
  });
});
