import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { signRotation } from '@/utils/crypto/key-rotation';
import { createSigningKeys, keyFingerprint } from '@/utils/crypto/signing';
import { renderReport } from '@/utils/report/report';
import { makeCapture } from '../../factories';
import { event, fact, FINGERPRINT, makeInput, parse, PNG } from './report-input';

const HOSTILE = `<script>alert(1)</script>" onerror="alert(2)' onmouseover='alert(3)`;

describe('renderReport', () => {
  it('escapes everything a captured page wrote, and links only to http(s) addresses', async () => {
    const { record } = await makeCapture({ warnings: [HOSTILE] });
    record.page = {
      ...record.page,
      title: HOSTILE,
      url: 'javascript:alert(4)',
      canonicalUrl: `https://evil.example/"><script>alert(5)</script><img src=x onerror=alert(6)>`,
    };
    record.post = {
      ...record.post,
      text: `<img src=x onerror=alert(7)> ${HOSTILE}`,
      frameUrl: 'data:text/html,<script>alert(8)</script>',
      linkUrl: ' JaVaScRiPt:alert(9)',
      mediaUrl: 'https://cdn.evil.example/photo.jpg',
      container: { tag: 'div', path: `div[title="${HOSTILE}"]` },
    };
    record.skipped = [{ kind: 'media', url: `javascript:alert(10)`, reason: HOSTILE }];
    const input = await makeInput([record], {
      images: new Map([[record.id, { mime: 'image/svg+xml', base64: PNG.base64 }]]),
    });
    const html = renderReport(input);

    expect(html).not.toMatch(/<script/i);
    // No attribute an engine would run: the hostile text only ever appears between tags.
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)&#39;');

    const doc = parse(html);
    expect(doc.querySelector('script, iframe, object, embed, link, base, form, [style]')).toBeNull();
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name).not.toMatch(/^on/i);
        expect(attr.value).not.toMatch(/^\s*(javascript|vbscript|data:text):/i);
      }
    }
    // The rule: a captured URL is a link only as an http(s) <a href> with rel="noreferrer"; never a src.
    const hrefs = [...doc.querySelectorAll('[href]')];
    for (const el of hrefs) {
      const href = el.getAttribute('href')!;
      if (href.startsWith('#')) continue;
      expect(el.tagName).toBe('A');
      expect(href).toMatch(/^https?:\/\//);
      expect(el.getAttribute('rel')).toContain('noreferrer');
    }
    expect(hrefs.map((el) => el.getAttribute('href'))).toContain('https://cdn.evil.example/photo.jpg');
    expect(hrefs.map((el) => el.getAttribute('href'))).toContain(
      'https://evil.example/%22%3E%3Cscript%3Ealert(5)%3C/script%3E%3Cimg%20src=x%20onerror=alert(6)%3E',
    );
    // The SVG was refused: the report has no image at all, and says so.
    expect(doc.querySelectorAll('[src]')).toHaveLength(0);
    expect(doc.querySelector('.no-shot')).not.toBeNull();
    // The style sheet is ours and fetches nothing; the browser is told so too.
    expect(doc.querySelector('style')!.textContent).not.toMatch(/url\(|@import/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    // What the page wrote is shown as written, as text.
    expect(doc.querySelector('.capture h2')!.textContent).toBe(HOSTILE);
    expect(fact(doc, 'Page URL')).toBe('javascript:alert(4)');
  });

  it('inlines the post screenshot as a data: URI and nothing else as a source', async () => {
    const { record } = await makeCapture();
    const doc = parse(renderReport(await makeInput([record])));
    const sources = [...doc.querySelectorAll('[src]')].map((el) => el.getAttribute('src'));
    expect(sources).toEqual([`data:image/png;base64,${PNG.base64}`]);
  });

  it('shows the generic fields, the capture time, the record hash and the files', async () => {
    const { record } = await makeCapture({}, ['viewport bytes', 'post bytes', 'x'.repeat(1234)]);
    record.post = { ...record.post, text: 'ж'.repeat(5000) };
    const input = await makeInput([record]);
    const doc = parse(renderReport(input));
    const section = doc.querySelector('.capture')!;
    expect(fact(section, 'Site title')).toBe('A post');
    expect(fact(section, 'Container')).toBe('articlearticle');
    expect(section.querySelector('.text')!.textContent).toHaveLength(2000);
    expect(fact(section, 'Post text')).toContain(
      `Cut: the first 2,000 of 5,000 characters. The full text is in captures/${record.id}/record.json.`,
    );
    expect(fact(section, 'Captured at (UTC)')).toBe('Monday, 23 November 2026 at 12:34:56 UTC2026-11-23T12:34:56.789Z');
    expect(fact(section, 'Local time of the computer')).toContain('2026-11-23T13:34:56.789+01:00');
    expect(fact(section, 'Record SHA-256')).toContain(input.manifest.captures[0]!.recordSha256);
    const rows = [...section.querySelectorAll('table.files tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows.map((r) => r[0])).toEqual(['record.json', 'viewport.png', 'post-1.png', 'post-2.png']);
    const big = record.artifacts[2]!;
    expect(rows[3]).toEqual(['post-2.png', '1,2341.2 kB', big.sha256]);
  });

  it('summarizes the export with the key fingerprint in blocks of four', async () => {
    const { record: a } = await makeCapture();
    const { record: b } = await makeCapture();
    const doc = parse(renderReport(await makeInput([a, b])));
    const cover = doc.querySelector('.cover')!;
    expect(fact(cover, 'Signing key fingerprint (SHA-256)')).toContain(
      'a3f1 9c0b e2d8 4f77 61c0 5ad9 e3b2 f4a81d6c 7e90 5b3a 2f18 c4d9 e06b 7a5f 3c21',
    );
    expect(fact(cover, 'Install id (not proof of identity)')).toBe('install-test');
    expect(fact(cover, 'Exported at')).toBe('Monday, 23 November 2026 at 15:00:00 UTC2026-11-23T15:00:00.000Z');
    expect(fact(cover, 'Captures')).toBe('2');
    expect(fact(cover, 'Pack format')).toBe('dokaz-pack/1');
    expect(doc.querySelectorAll('section.capture')).toHaveLength(2);
    expect(doc.querySelector('.contents a[href="#capture-2"]')).not.toBeNull();
  });

  it('never presents the install id as identity, nor the pack’s own fingerprint as the one to expect (issue 14)', async () => {
    const { record } = await makeCapture();
    for (const language of LOCALES) {
      const input = await makeInput([record]);
      input.manifest.language = language;
      const doc = parse(renderReport(input));
      const labels = CATALOGS[language].report;
      const rows = [...doc.querySelectorAll('.cover tr')].map((tr) => tr.querySelector('th')!.textContent!);
      // The cover opens with what is true of any pack, not with the install id anyone can copy.
      expect(rows[0]!.startsWith(labels.exportedAt), language).toBe(true);
      const installAt = rows.findIndex((row) => row.startsWith(labels.exportedBy));
      expect(installAt, language).toBeGreaterThan(rows.findIndex((row) => row.startsWith(labels.keyFingerprint)));
      expect(doc.querySelector('.cover .signer-caution')!.textContent, language).toBe(labels.signerCaution);
      // A forger's report states the forger's key: the steps compare with the sender's, never with this one.
      const steps = doc
        .querySelector('.annex.verify')!
        .textContent!.replace(/[^0-9a-f]/gi, '')
        .toLowerCase();
      expect(steps, language).not.toContain(FINGERPRINT.slice(0, 16));
      expect(doc.querySelector('.annex.verify li:last-child')!.textContent, language).toContain(
        labels.expectedFingerprint,
      );
    }
    const cover = parse(renderReport(await makeInput([record]))).querySelector('.cover')!;
    expect(fact(cover, 'Signing key fingerprint (SHA-256)')).toContain(
      'only when it matches a fingerprint you obtained from the sender apart from the pack',
    );
  });

  it('lists the custody events, and each gap in seq as events of other captures left out', async () => {
    const { record: a } = await makeCapture();
    const { record: b } = await makeCapture();
    const input = await makeInput([a, b]);
    input.custodyEvents = [
      event(3, 'captured', a.id),
      event(4, 'captured', b.id),
      event(9, 'annotated', b.id),
      event(11, 'exported', null),
    ];
    const doc = parse(renderReport(input));
    const rows = [...doc.querySelectorAll('table.events tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['2 events of other captures left out (seq 1–2)'],
      ['3', 'captured', '2026-11-23T12:03:00.000Z', `Capture 1${a.id}`, '3'.repeat(64), '3f'.repeat(32)],
      ['4', 'captured', '2026-11-23T12:04:00.000Z', `Capture 2${b.id}`, '4'.repeat(64), '4f'.repeat(32)],
      ['4 events of other captures left out (seq 5–8)'],
      ['9', 'annotated', '2026-11-23T12:09:00.000Z', `Capture 2${b.id}`, '9'.repeat(64), '9f'.repeat(32)],
      ['1 event of other captures left out (seq 10)'],
      ['11', 'exported', '2026-11-23T12:11:00.000Z', '—', 'b'.repeat(64), 'bf'.repeat(32)],
    ]);
    expect(doc.querySelector('table.events tr.export')).not.toBeNull();
  });

  it('blurs the screenshots only when asked, and says where the original is', async () => {
    const { record } = await makeCapture();
    const path = `captures/${record.id}/post-1.png`;
    const plain = parse(renderReport(await makeInput([record])));
    expect(plain.querySelector('figure.shot')!.classList.contains('blurred')).toBe(false);
    expect(plain.body.textContent).not.toContain('Blurred in this report');
    expect(plain.querySelector('style')!.textContent).toMatch(/\.shot\.blurred img \{ filter: blur\(\d+px\); \}/);

    const blurred = parse(renderReport(await makeInput([record], { blurImages: true })));
    expect(blurred.querySelector('figure.shot')!.classList.contains('blurred')).toBe(true);
    expect(blurred.querySelector('figure.shot figcaption')!.textContent).toContain(
      `Blurred in this report. The original, not blurred, is in the pack at ${path}.`,
    );
  });

  it('gives the verify commands, and formats dates in the report language', async () => {
    const { record } = await makeCapture();
    const input = await makeInput([record]);
    input.manifest.language = 'mk';
    const html = renderReport(input);
    const doc = parse(html);
    const commands = [...doc.querySelectorAll('.verify pre')].map((pre) => pre.textContent);
    expect(commands).toEqual([
      'unzip dokaz-all-2026-11-23.zip -d pack && cd pack',
      'openssl dgst -sha256 -verify public-key.pem -signature SHA256SUMS.sig SHA256SUMS',
      'sha256sum -c SHA256SUMS',
      'openssl dgst -sha256 -verify public-key.pem -signature manifest.sig manifest.json',
      'openssl pkey -pubin -in public-key.pem -outform DER | sha256sum',
    ]);
    expect(doc.querySelector('.verify')!.textContent).not.toContain(FINGERPRINT);
    expect(doc.documentElement.getAttribute('lang')).toBe('mk');
    expect(html).toContain('ноември 2026');

    input.manifest.language = 'not a language tag"><script>';
    const fallback = parse(renderReport(input));
    expect(fallback.documentElement.getAttribute('lang')).toBe('en-GB');
  });
});

describe('renderReport of a pack that holds key hand-overs', () => {
  it('lists the earlier keys beside the pack’s, with when each handed over, in every language', async () => {
    const [k0, packKeys] = await Promise.all([createSigningKeys(), createSigningKeys()]);
    const f0 = await keyFingerprint(k0.publicKey);
    const { record } = await makeCapture();
    const plain = await makeInput([record]);
    const details = { ...(await signRotation('install-test', k0, packKeys.publicKey)) };
    const handOver = { ...event(2, 'key-rotated', null), details };
    const input = { ...plain, custodyEvents: [plain.custodyEvents[0]!, handOver, ...plain.custodyEvents.slice(1)] };
    for (const language of LOCALES) {
      const labels = CATALOGS[language].report;
      const manifest = { ...input.manifest, format: 'dokaz-pack/2' as const, language };
      const doc = parse(renderReport({ ...input, manifest }));
      const earlier = [...doc.querySelectorAll('table.facts th')].find((th) =>
        th.textContent!.startsWith(labels.earlierKeys),
      );
      expect(earlier, language).toBeDefined();
      const row = earlier!.nextElementSibling!;
      expect(row.querySelector('ol.earlier-keys code.fingerprint')!.textContent!.replace(/\s/g, '')).toBe(f0);
      expect(row.textContent).toContain(handOver.at);
      expect(row.textContent).toContain(labels.earlierKeysNote);
      // The annex names the event's type in the report's language.
      expect(doc.querySelector('table.events')!.textContent).toContain(labels.eventTypes['key-rotated']);
      const without = parse(renderReport({ ...plain, manifest: { ...plain.manifest, language } }));
      expect(without.querySelector('ol.earlier-keys'), language).toBeNull();
    }
    expect(fact(parse(renderReport(input)), 'Earlier signing keys')).toContain(f0.slice(0, 4));
  });
});
