import { InflateError } from '@/utils/pack/zip/inflate';
import { inflatedDigest, type InflatedDigest } from '@/utils/pack/zip/inflated-digest';
import { WEB_CRYPTO, type PackHasher } from '@/utils/pack/verify/pack-input';

/**
 * The verify page's hasher: WebCrypto, and workers for the deflated files
 * that are only hashed and inflate to more than a few MB (entry-reader.ts).
 * Such a file is hashed in parts, by @noble/hashes at about 70 MB/s, since
 * WebCrypto takes only whole buffers; on the page's own thread the 208 MB a
 * 10 MB pack may inflate to took 2.9 s of a 5 s budget. In workers, two at
 * most (the page inflates and hashes the rest meanwhile), they are taken
 * side by side. Each worker is started when first needed, and all end with
 * the verification (`close`).
 */
export interface PageHasher extends PackHasher {
  close(): void;
}

/** A question to a worker: the deflate stream (a copy, handed over) and the size it must inflate to. */
export interface DigestAsk {
  id: number;
  deflated: Uint8Array;
  size: number;
}

export type DigestAnswer =
  | { id: number; digest: InflatedDigest }
  | { id: number; error: { reason: InflateError['reason'] | null; message: string } };

const MAX_WORKERS = 2;

interface PoolWorker {
  worker: Worker;
  /** The questions it has not answered yet. */
  asked: Set<number>;
}

export function createPageHasher(): PageHasher {
  const pool: PoolWorker[] = [];
  const waiting = new Map<number, { resolve(digest: InflatedDigest): void; reject(error: Error): void }>();
  let next = 0;
  let closed = false;
  const start = (): PoolWorker => {
    const worker = new Worker(new URL('./digest-worker.ts', import.meta.url), { type: 'module' });
    const started: PoolWorker = { worker, asked: new Set() };
    const settle = (id: number) => {
      const answer = waiting.get(id);
      waiting.delete(id);
      started.asked.delete(id);
      return answer;
    };
    // A worker that fails (out of memory, never started, a message it could not read) leaves the pool, and what it
    // was asked fails over to this thread (below).
    const fail = (why: string) => {
      const at = pool.indexOf(started);
      if (at >= 0) pool.splice(at, 1);
      worker.terminate();
      for (const id of [...started.asked]) settle(id)?.reject(new Error(why));
    };
    worker.onmessage = ({ data }: MessageEvent<DigestAnswer>) => {
      const answer = settle(data.id);
      if (!answer) return;
      if ('digest' in data) answer.resolve(data.digest);
      else if (data.error.reason) answer.reject(new InflateError(data.error.reason, data.error.message));
      else answer.reject(new Error(data.error.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'the hashing worker stopped');
    };
    worker.onmessageerror = () => fail('the hashing worker sent what could not be read');
    pool.push(started);
    return started;
  };
  /** An idle worker, a new one while there may be more, else the least busy. */
  const pick = (): PoolWorker =>
    pool.find(({ asked }) => asked.size === 0) ??
    (pool.length < MAX_WORKERS ? start() : pool.reduce((a, b) => (b.asked.size < a.asked.size ? b : a)));
  const inWorker = (deflated: Uint8Array, size: number): Promise<InflatedDigest> => {
    const id = (next += 1);
    const { worker, asked } = pick();
    asked.add(id);
    // A copy of the stream, handed over: the pack's own bytes stay the page's.
    const copy = deflated.slice();
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      const ask: DigestAsk = { id, deflated: copy, size };
      worker.postMessage(ask, [copy.buffer]);
    });
  };
  return {
    ...WEB_CRYPTO,
    async inflatedDigest(deflated, size) {
      if (!closed && typeof Worker !== 'undefined') {
        try {
          return await inWorker(deflated, size);
        } catch (error) {
          // The stream's own fault is the file's; a worker's is not: the file is then taken here, more slowly.
          if (error instanceof InflateError) throw error;
        }
      }
      return inflatedDigest(deflated, size);
    },
    close() {
      closed = true;
      for (const { worker } of pool.splice(0)) worker.terminate();
      for (const { reject } of waiting.values()) reject(new Error('the verification ended'));
      waiting.clear();
    },
  };
}
