import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageHasher, type DigestAnswer, type DigestAsk } from '@/entrypoints/verify/digests';
import { InflateError } from '@/utils/pack/zip/inflate';
import { inflatedDigest } from '@/utils/pack/zip/inflated-digest';

/**
 * The verify page's hasher (entrypoints/verify/digests.ts) with stand-in
 * workers: what a worker answers is the file's digest or why its stream is
 * bad; a worker that fails hands its file back to the page's own thread.
 */
type Behaviour = 'answers' | 'crashes' | 'garbles';

function fakeWorkers(behaviour: Behaviour): { started: () => number } {
  let started = 0;
  class FakeWorker {
    onmessage: ((event: MessageEvent<DigestAnswer>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    terminated = false;
    constructor() {
      started += 1;
    }
    postMessage({ id, deflated, size }: DigestAsk) {
      setTimeout(() => {
        if (this.terminated) return;
        if (behaviour === 'crashes') {
          this.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
          return;
        }
        if (behaviour === 'garbles') return this.onmessageerror?.();
        let answer: DigestAnswer;
        try {
          answer = { id, digest: inflatedDigest(deflated, size) };
        } catch (error) {
          answer = { id, error: { reason: (error as InflateError).reason, message: String(error) } };
        }
        this.onmessage?.({ data: answer } as MessageEvent<DigestAnswer>);
      }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { started: () => started };
}

const text = new TextEncoder().encode('Порака од групата, со телефон и адреса. '.repeat(50_000));
const deflated = deflateSync(text);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the verify page’s hasher', () => {
  it('takes a file’s digest in a worker, two workers at most', async () => {
    const workers = fakeWorkers('answers');
    const hasher = createPageHasher();
    const digests = await Promise.all(Array.from({ length: 5 }, () => hasher.inflatedDigest!(deflated, text.length)));
    for (const digest of digests) expect(digest).toEqual(inflatedDigest(deflated, text.length));
    expect(workers.started()).toBe(2);
    hasher.close();
  });

  it('refuses a stream longer than its headers say, as the file’s fault', async () => {
    fakeWorkers('answers');
    const hasher = createPageHasher();
    await expect(hasher.inflatedDigest!(deflated, text.length - 1)).rejects.toBeInstanceOf(InflateError);
    hasher.close();
  });

  it.each<Behaviour>(['crashes', 'garbles'])('takes the file on the page’s thread when its worker %s', async (how) => {
    const workers = fakeWorkers(how);
    const hasher = createPageHasher();
    expect(await hasher.inflatedDigest!(deflated, text.length)).toEqual(inflatedDigest(deflated, text.length));
    // The failed worker left the pool: the next file gets a new one.
    await hasher.inflatedDigest!(deflated, text.length);
    expect(workers.started()).toBe(2);
    hasher.close();
  });

  it('starts no worker once the verification has ended', async () => {
    const workers = fakeWorkers('answers');
    const hasher = createPageHasher();
    hasher.close();
    expect(await hasher.inflatedDigest!(deflated, text.length)).toEqual(inflatedDigest(deflated, text.length));
    expect(workers.started()).toBe(0);
  });
});
