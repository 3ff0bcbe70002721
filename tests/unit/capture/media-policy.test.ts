import { noteInEnglish, type Note } from '@/utils/notes/note';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPostMedia, mediaJobs } from '@/utils/capture/media';
import { isLocalHost, refusedExtensionFetch } from '@/utils/capture/media-policy';
import type { PostMedia } from '@/utils/evidence/record';
import { matchNote, noteText } from '@/utils/i18n/notes';

/** The host name as the URL parser gives it, which is what the policy sees. */
const host = (url: string) => new URL(url).hostname;

describe('isLocalHost', () => {
  it.each([
    'http://localhost/',
    'http://printer.localhost/',
    'http://router/',
    'http://router./',
    'http://nas.local/',
    'http://nas.home.arpa/',
    'http://fritz.lan/',
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://10.20.30.40/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://169.254.169.254/',
    'http://0.0.0.0/',
    'http://100.64.0.1/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[::]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.0.1]/',
  ])('%s is on a local network', (url) => {
    expect(isLocalHost(host(url))).toBe(true);
  });

  it.each([
    'https://example.org/',
    'https://cdn4.telegram-cdn.org/file/x.jpg',
    'https://web.telegram.org/k/',
    'http://8.8.8.8/',
    'http://172.32.0.1/',
    'http://192.169.0.1/',
    'http://100.128.0.1/',
    'http://[2001:db8::1]/',
    'http://[::ffff:8.8.8.8]/',
    'https://local.example.org/',
  ])('%s is not', (url) => {
    expect(isLocalHost(host(url))).toBe(false);
  });
});

/** An outcome with its reason as the record's English sentence. */
function inEnglish<T extends { ok: boolean; reason?: Note }>(outcome: T | undefined) {
  return outcome?.reason ? { ...outcome, reason: noteInEnglish(outcome.reason) } : outcome;
}

describe('refusedExtensionFetch', () => {
  it('refuses her own network for a page from elsewhere, and says which address', () => {
    expect(noteInEnglish(refusedExtensionFetch('http://192.168.1.1/admin.png', 'https://web.telegram.org/k/')!)).toBe(
      'the page could not hand it over, and it is on a local network (192.168.1.1), which Dokaz does not ask for a page from elsewhere',
    );
  });

  it('allows it for a page served from a local network itself, and any address elsewhere', () => {
    expect(refusedExtensionFetch('http://192.168.1.1/photo.png', 'http://192.168.1.10/gallery')).toBeNull();
    expect(refusedExtensionFetch('https://cdn.example.org/p.jpg', 'https://web.telegram.org/k/')).toBeNull();
  });
});

describe('fetchPostMedia when the page cannot hand an item over', () => {
  // The unit tests' browser has no scripting API: the page's hand-over fails, and the extension's own fetch is tried.
  const photo = (src: string): PostMedia => ({ kind: 'image', src, width: null, height: null });
  const page = 'https://web.telegram.org/k/';

  function answer(body: string, type: string, url?: string) {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      calls.push({ url: input, init });
      const response = new Response(body, { headers: { 'content-type': type } });
      Object.defineProperty(response, 'url', { value: url ?? input });
      return response;
    });
    return calls;
  }
  afterEach(() => void vi.unstubAllGlobals());

  it('fetches without her cookies and keeps a photo', async () => {
    const calls = answer('PNG bytes', 'image/png');
    const [outcome] = await fetchPostMedia(1, 0, page, [photo('https://cdn.example.org/p.png')]);
    expect(outcome).toMatchObject({ ok: true, fetchedVia: 'extension' });
    expect(calls).toEqual([{ url: 'https://cdn.example.org/p.png', init: { credentials: 'omit' } }]);
  });

  it('asks nothing of her own network for a page from elsewhere', async () => {
    const calls = answer('router', 'image/png');
    const [outcome] = await fetchPostMedia(1, 0, page, [photo('http://192.168.1.1/status.png')]);
    expect(inEnglish(outcome)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('local network (192.168.1.1)'),
    });
    expect(calls).toEqual([]);
  });

  it('keeps nothing a redirect brought from her own network', async () => {
    answer('router', 'image/png', 'http://router/status.png');
    const [outcome] = await fetchPostMedia(1, 0, page, [photo('https://tracker.example.org/p.png')]);
    expect(inEnglish(outcome)).toMatchObject({ ok: false, reason: expect.stringContaining('local network (router)') });
  });

  it('keeps only a photo, video or sound', async () => {
    answer('<html>her inbox</html>', 'text/html');
    const [outcome] = await fetchPostMedia(1, 0, page, [photo('https://mail.example.org/inbox')]);
    expect(inEnglish(outcome)).toEqual({
      ok: false,
      media: photo('https://mail.example.org/inbox'),
      src: 'https://mail.example.org/inbox',
      offered: false,
      reason: 'it is not a photo, video or sound (text/html)',
    });
  });

  it('keeps what the page showed and, beside it, the larger size it offered, only as a picture', async () => {
    const item: PostMedia = { ...photo('https://cdn.example.org/p-3x.png'), shownSrc: 'https://cdn.example.org/p.png' };
    const calls = answer('PNG bytes', 'image/png');
    const outcomes = await fetchPostMedia(1, 0, page, [item]);
    expect(outcomes.map((o) => [o.src, o.offered, o.ok])).toEqual([
      ['https://cdn.example.org/p.png', false, true],
      ['https://cdn.example.org/p-3x.png', true, true],
    ]);
    // The larger size, which the page never asked for, follows no redirect.
    expect(calls.map((c) => c.init)).toEqual([{ credentials: 'omit' }, { credentials: 'omit', redirect: 'error' }]);
    // A sound, a video or a page where a larger photo was offered is not kept: the page never showed it.
    answer('ID3 bytes', 'audio/mpeg');
    const [shown, offered] = await fetchPostMedia(1, 0, page, [item]);
    expect(shown).toMatchObject({ ok: true });
    expect(inEnglish(offered)).toMatchObject({
      ok: false,
      reason: 'it is not a picture (audio/mpeg), and the page never showed it',
    });
  });
});

describe('mediaJobs', () => {
  const photo = (src: string, shownSrc?: string | null): PostMedia => ({
    kind: 'image',
    src,
    ...(shownSrc === undefined ? {} : { shownSrc }),
    width: 320,
    height: 240,
  });

  it('asks for what was shown, then the larger size offered; for a photo not shown yet, only what it offers', () => {
    const jobs = (item: PostMedia) => mediaJobs([item]).map((j) => [j.src, j.offered]);
    expect(jobs(photo('big.png', 'small.png'))).toEqual([
      ['small.png', false],
      ['big.png', true],
    ]);
    expect(jobs(photo('same.png', 'same.png'))).toEqual([['same.png', false]]);
    // Each address once, as shown where any item showed it.
    const shared = mediaJobs([photo('big.png', 'a.png'), photo('big.png', 'b.png'), photo('c.png', 'big.png')]);
    expect(shared.map((j) => [j.src, j.offered])).toEqual([
      ['a.png', false],
      ['b.png', false],
      ['big.png', false],
      ['c.png', true],
    ]);
    expect(jobs(photo('lazy.png', null))).toEqual([['lazy.png', true]]);
    expect(jobs(photo('telegram-or-older.png'))).toEqual([['telegram-or-older.png', false]]);
  });
});

describe('the reasons the record keeps', () => {
  it("are recognised and shown in the reader's language", () => {
    const reasons = [
      noteInEnglish(refusedExtensionFetch('http://router/x.png', 'https://example.org/')!),
      'it is not a photo, video or sound (text/html)',
      'it is not a picture (audio/mpeg), and the page never showed it',
    ];
    expect(reasons.map((reason) => matchNote(reason)?.key)).toEqual([
      'skippedLocalNetwork',
      'skippedNotMedia',
      'skippedNotPicture',
    ]);
    expect(noteText(reasons[2]!, 'mk')).toBe('не е слика (audio/mpeg), а страницата никогаш не ја прикажала');
    expect(noteText(reasons[0]!, 'mk')).toContain('(router)');
    expect(noteText(reasons[1]!, 'sq')).toBe('nuk është foto, video apo zë (text/html)');
  });
});
