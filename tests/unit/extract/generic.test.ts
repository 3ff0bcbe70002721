import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  chooseContainer,
  cssPath,
  describeMedia,
  largestSrcsetCandidate,
  MAX_POST_MEDIA,
  mediaIn,
  pageInfo,
  sanitizedHtml,
} from '@/utils/extract/generic';

const fixtures = join(process.cwd(), 'tests/fixtures/generic');
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as {
  cases: { fixture: string; target: string; container: string }[];
};

function load(fixture: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `http://127.0.0.1:8000/generic/${fixture}`,
  );
  const html = readFileSync(join(fixtures, fixture), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
  const lang = /<html[^>]*lang="([^"]+)"/.exec(html)?.[1];
  if (lang) document.documentElement.setAttribute('lang', lang);
}

describe('chooseContainer on fixture pages', () => {
  for (const c of expected.cases) {
    it(`${c.fixture}: ${c.target} → ${c.container}`, () => {
      load(c.fixture);
      const target = document.querySelector(c.target);
      expect(target, c.target).not.toBeNull();
      expect(chooseContainer(target, document)).toBe(document.querySelector(c.container));
    });
  }

  it('takes the page when nothing was right-clicked', () => {
    load('article.html');
    expect(chooseContainer(null, document)).toBe(document.body);
  });

  it('does not take a whole page section as the post', () => {
    document.body.innerHTML = `<div id="section"><div id="wrap"><span id="t">short</span></div>${'<p>filler text that is long enough to count as a block of its own, again and again.</p>'.repeat(400)}</div>`;
    const chosen = chooseContainer(document.querySelector('#t'), document);
    expect(chosen.id).not.toBe('section');
  });
});

describe('sanitizedHtml', () => {
  beforeEach(() => load('article.html'));

  it('drops scripts, event handlers and javascript: URLs, and makes URLs absolute', () => {
    const { html, truncated } = sanitizedHtml(
      document.querySelector('#first')!,
      'http://127.0.0.1:8000/generic/article.html',
      1e6,
    );
    expect(truncated).toBe(false);
    expect(html).not.toMatch(/<script|onclick|javascript:/i);
    expect(html).toContain('href="http://127.0.0.1:8000/authors/ana"');
    expect(html).toContain('Собранието');
  });

  it('cuts HTML past the limit and says so', () => {
    const { html, truncated } = sanitizedHtml(document.querySelector('#first')!, 'http://127.0.0.1/', 100);
    expect(truncated).toBe(true);
    expect(html).toHaveLength(100);
  });

  it('leaves the live page untouched', () => {
    const before = document.querySelector('#first')!.outerHTML;
    sanitizedHtml(document.querySelector('#first')!, 'http://127.0.0.1/', 1e6);
    expect(document.querySelector('#first')!.outerHTML).toBe(before);
  });
});

describe('page and media', () => {
  it('reads title, canonical URL, language and OpenGraph/Twitter meta', () => {
    load('article.html');
    document.title = 'Вести — Објава за заштита на жртвите';
    const info = pageInfo(document, 'http://127.0.0.1:8000/generic/article.html');
    expect(info).toEqual({
      url: 'http://127.0.0.1:8000/generic/article.html',
      title: 'Вести — Објава за заштита на жртвите',
      canonicalUrl: 'http://127.0.0.1:8000/generic/article.html?canonical=1',
      lang: 'mk',
      description: 'A local news page with two articles.',
      meta: { 'og:title': 'Објава за заштита на жртвите', 'og:type': 'article', 'twitter:card': 'summary' },
    });
  });

  it("lists the post's photos once each, by absolute URL", () => {
    load('feed.html');
    const { media, leftOut } = mediaIn(document.querySelector('#post-2')!, 'http://127.0.0.1:8000/generic/feed.html');
    expect(media.map((m) => [m.kind, m.src])).toEqual([['image', 'http://127.0.0.1:8000/photo.png']]);
    expect(leftOut).toBe(0);
  });

  it(`keeps the first ${MAX_POST_MEDIA} of a gallery, and counts the rest once each`, () => {
    const images = Array.from({ length: 200 }, (_, i) => `<img src="/g/${i}.jpg"><img src="/g/${i}.jpg">`);
    document.body.innerHTML = `<article id="gallery">${images.join('')}</article>`;
    const { media, leftOut } = mediaIn(document.querySelector('#gallery')!, 'http://127.0.0.1:8000/');
    expect(MAX_POST_MEDIA).toBeGreaterThanOrEqual(100);
    expect(media).toHaveLength(MAX_POST_MEDIA);
    expect(media[0]!.src).toBe('http://127.0.0.1:8000/g/0.jpg');
    expect(leftOut).toBe(200 - MAX_POST_MEDIA);
  });

  it('picks the largest srcset candidate, by width when widths are given', () => {
    expect(largestSrcsetCandidate('a.jpg 320w, b.jpg 1280w, c.jpg 640w', 'http://x/p/')).toBe('http://x/p/b.jpg');
    expect(largestSrcsetCandidate('a.jpg, b.jpg 2x', 'http://x/')).toBe('http://x/b.jpg');
    expect(
      largestSrcsetCandidate('https://cdn.x/w_100,h_100/a.jpg 100w, https://cdn.x/w_900,h_900/a.jpg 900w', 'http://x/'),
    ).toBe('https://cdn.x/w_900,h_900/a.jpg');
    expect(largestSrcsetCandidate('a.jpg 0w, b.jpg bogus', 'http://x/')).toBeNull();
  });

  it('offers beside what the browser showed the largest size of the source it chose, on the same server', () => {
    document.body.innerHTML = `
      <img id="shown" src="small.jpg" srcset="small.jpg 320w, large.jpg 1280w, https://elsewhere.example/huge.jpg 4000w">
      <picture id="art">
        <source type="image/x-unknown" srcset="never.jpg 9000w">
        <source srcset="a-400.jpg 400w, a-1600.jpg 1600w" sizes="320px">
        <img src="fallback.jpg" srcset="fallback-2000.jpg 2000w">
      </picture>
      <picture id="own">
        <source srcset="s-400.jpg 400w, s-1600.jpg 1600w">
        <img src="o-1x.jpg" srcset="o-2x.jpg 2x">
      </picture>
      <picture id="twice">
        <source type="image/x-unknown" srcset="t-400.jpg 400w, http://192.168.1.1/cgi 99999w">
        <source srcset="t-400.jpg 400w">
        <img src="t.jpg">
      </picture>
      <img id="lazy" srcset="a.jpg 320w, b.jpg 1280w">
      <img id="plain" src="plain.jpg">
      <img id="changed" src="c.jpg" srcset="c.jpg 1x, d.jpg 2x">`;
    const base = document.baseURI;
    const at = (path: string) => new URL(path, base).href;
    const show = (selector: string, path: string) =>
      Object.defineProperty(document.querySelector(selector), 'currentSrc', { value: at(path) });
    show('#shown', 'small.jpg');
    show('#art img', 'a-400.jpg');
    show('#own img', 'o-1x.jpg');
    show('#twice img', 't-400.jpg');
    show('#changed', 'elsewhere.jpg');
    // A browser has loaded nothing of a lazy image yet (happy-dom takes the src attribute).
    for (const id of ['#plain', '#lazy'])
      Object.defineProperty(document.querySelector(id), 'currentSrc', { value: '' });
    const media = (selector: string) => describeMedia(document.querySelector(selector)!, base);
    // The largest size on the server of what was shown, never one elsewhere.
    expect(media('#shown')).toMatchObject({ src: at('large.jpg'), shownSrc: at('small.jpg') });
    // The <source> the browser chose, never one it passed over nor the image's own candidates.
    expect(media('#art img')).toMatchObject({ src: at('a-1600.jpg'), shownSrc: at('a-400.jpg') });
    // No <source> offers what it shows: the image's own srcset and src were chosen.
    expect(media('#own img')).toMatchObject({ src: at('o-2x.jpg'), shownSrc: at('o-1x.jpg') });
    // A source the browser passed over names what it shows too: which set it chose is not known, so only that.
    expect(media('#twice img')).toMatchObject({ src: at('t-400.jpg') });
    expect(media('#twice img')).not.toHaveProperty('shownSrc');
    // A shown address the page no longer offers (a script changed it): only that one is known to be chosen.
    expect(media('#changed')).toMatchObject({ src: at('elsewhere.jpg') });
    expect(media('#changed')).not.toHaveProperty('shownSrc');
    // Not loaded yet (lazy): it has shown nothing; its src, or else the largest size it offers.
    expect(media('#plain')).toMatchObject({ src: at('plain.jpg'), shownSrc: null });
    expect(media('#lazy')).toMatchObject({ src: at('b.jpg'), shownSrc: null });
  });

  it('keeps two photos shown apart as two items, whatever larger size they offer', () => {
    document.body.innerHTML = `<div id="post">
      <img id="one" src="one.jpg" srcset="one.jpg 1x, same.jpg 9x"><img id="two" src="two.jpg" srcset="two.jpg 1x, same.jpg 9x">
      <img id="again" src="one.jpg"></div>`;
    const base = document.baseURI;
    const at = (path: string) => new URL(path, base).href;
    for (const id of ['one', 'two', 'again'])
      Object.defineProperty(document.getElementById(id), 'currentSrc', {
        value: at(id === 'two' ? 'two.jpg' : 'one.jpg'),
      });
    const { media } = mediaIn(document.querySelector('#post')!, base);
    expect(media.map((m) => [m.shownSrc, m.src])).toEqual([
      [at('one.jpg'), at('same.jpg')],
      [at('two.jpg'), at('same.jpg')],
    ]);
  });

  it('writes a CSS path that finds the container again', () => {
    load('feed.html');
    const el = document.querySelector('#post-2 .photo')!;
    expect(document.querySelector(cssPath(el))).toBe(el);
  });
});

describe('a page that states more about itself than a record keeps', () => {
  it('is still documented: the first 200 meta tags are kept, and the answer passes the background’s copy', async () => {
    const { validateExtractResult } = await import('@/utils/evidence/page-answer');
    const tags = Array.from({ length: 5000 }, (_, i) => `<meta property="og:x${i}" content="v${i}">`).join('');
    document.head.innerHTML = `<title>t</title>${tags}<meta property="og:x0" content="again">`;
    const page = pageInfo(document, 'https://a.example/');
    expect(Object.keys(page.meta)).toHaveLength(200);
    expect(page.meta['og:x0']).toBe('again');
    expect(page.meta['og:x200']).toBeUndefined();
    const answer = {
      readingMs: 1,
      page,
      post: null,
      viewport: { width: 1, height: 1, devicePixelRatio: 1 },
      locale: 'mk',
      dom: null,
      notes: [],
    };
    expect(validateExtractResult(answer).page.meta).toEqual(page.meta);
  });
});
