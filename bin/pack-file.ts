/**
 * A pack read from disk for utils/pack/verify/index.ts (its PackInput and
 * PackHasher, utils/pack/verify/pack-input.ts), as dokaz-verify and the pack
 * benchmark read it. The file is read in chunks into one buffer, its end
 * first (the central directory, which says where each entry lies), then from
 * its start, a few chunks at a time on libuv's threads, while two threads of
 * ours take the SHA-256 and CRC-32 of the entries whose bytes are in. The
 * buffer is shared memory, so that they hash the pack's own bytes where they
 * lie, with node:crypto: WebCrypto in Node copies each input on the main
 * thread before it hashes, and on the 502 MB pack of the benchmark that copy
 * took longer than the hashing (docs/BENCHMARKS.md).
 */
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import type { PackHasher, PackInput } from '../utils/pack/verify/pack-input';

export interface PackOnDisk {
  input: PackInput;
  hasher: PackHasher;
  /** V8's gc(), for verifyPack to ask for when it has let go of a large manifest (utils/pack/verify/index.ts). */
  collectGarbage?: () => void;
  /** Ends the hashing threads; reading ends on its own. */
  close(): Promise<void>;
}

/** node:crypto on this thread: for the small files and those inflated, which are not in the shared buffer. */
const HERE: PackHasher = {
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
  incremental() {
    const hash = createHash('sha256');
    return { update: (part) => void hash.update(part), hex: () => hash.digest('hex') };
  },
};
async function bothHere(part: Uint8Array): Promise<{ sha256: string; crc32: number }> {
  return { sha256: createHash('sha256').update(part).digest('hex'), crc32: crc32(part) };
}
/**
 * Threads that hash: one kept pace with reading and this thread's own work on
 * the benchmark's two cores less often than two (DOKAZ_HASH_THREADS, to measure).
 */
const THREADS = Number(process.env.DOKAZ_HASH_THREADS ?? 2);
/** A pack smaller than this is hashed on this thread alone: 32 MB take some 40 ms, a thread 30 ms to start. */
const SMALL_PACK = 32 * 1024 * 1024;
/** Hashed on the threads from this size on: smaller ones cost more to send than to hash. */
const ELSEWHERE = 64 * 1024;
const HASHING_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const pack = new Uint8Array(workerData);
parentPort.on('message', ([id, start, end]) => {
  const part = pack.subarray(start, end);
  parentPort.postMessage([id, createHash('sha256').update(part).digest('hex'), crc32(part)]);
});
`;
/** zlib's CRC-32 came with Node 20.15 and 22.2: without it the verifier takes CRC-32s itself. */
const THREAD_HAS_CRC32 = typeof crc32 === 'function';

/** Opens the pack and starts reading it; rejects if it cannot be opened. */
export async function openPackFile(path: string): Promise<PackOnDisk> {
  const handle = await open(path, 'r');
  let size: number;
  try {
    size = (await handle.stat()).size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  const shared = new SharedArrayBuffer(size);
  const bytes = new Uint8Array(shared);
  // Started for the first large file: a small pack is hashed here sooner than a thread starts (and costs 10 MB).
  let threads: ReturnType<typeof startThread>[] = [];
  const there = (part: Uint8Array) => {
    if (threads.length === 0) threads = Array.from({ length: THREADS }, () => startThread(shared));
    const least = threads.reduce((a, b) => (b.waiting() < a.waiting() ? b : a));
    return least.hash(part.byteOffset, part.byteOffset + part.length);
  };
  const isShared = (part: Uint8Array) =>
    size >= SMALL_PACK && part.buffer === (shared as unknown) && part.length >= ELSEWHERE;
  const hasher: PackHasher = {
    ...HERE,
    sha256: (part) => (isShared(part) ? there(part).then((answer) => answer.sha256) : HERE.sha256(part)),
    ...(THREAD_HAS_CRC32 ? { sha256AndCrc32: (part) => (isShared(part) ? there(part) : bothHere(part)) } : {}),
  };
  return {
    input: readInto(handle, bytes),
    hasher,
    collectGarbage: garbageCollector(),
    close: async () => void (await Promise.all(threads.map((thread) => thread.close()))),
  };
}

type Answer = { sha256: string; crc32: number };

/** A hashing thread over the shared pack: it hashes [start, end) of it, in the order asked. */
function startThread(shared: SharedArrayBuffer) {
  const worker = new Worker(HASHING_THREAD, { eval: true, workerData: shared });
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: unknown) => void }>();
  let [asked, failure] = [0, undefined as unknown];
  // The thread keeps the process alive only while it has work: a verdict is never waited for in vain.
  worker.unref();
  worker.on('message', ([id, sha256, crc]: [number, string, number]) => {
    pending.get(id)?.resolve({ sha256, crc32: crc });
    pending.delete(id);
    if (pending.size === 0) worker.unref();
  });
  worker.on('error', (error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  });
  return {
    waiting: () => pending.size,
    hash(start: number, end: number): Promise<Answer> {
      if (failure !== undefined) return Promise.reject(failure);
      if (pending.size === 0) worker.ref();
      const id = asked++;
      worker.postMessage([id, start, end]);
      return new Promise((resolve, reject) => void pending.set(id, { resolve, reject }));
    },
    close: () => worker.terminate(),
  };
}

/**
 * V8's gc(), which a program started without --expose-gc reaches through a
 * new context once the flag is set (as the expose-gc package does); undefined
 * should this Node refuse.
 */
function garbageCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Chunks read at once: enough to keep the disk (or the page cache) busy while the threads hash. */
const AT_ONCE = 3;
const CHUNK = 4 * 1024 * 1024;
/** Read first: the central directory of a pack of some 30,000 entries. */
const TAIL = 4 * 1024 * 1024;

/**
 * Reads the file into `bytes`, its end first; a failure rejects every
 * `arrived` still waiting or asked for, and the file is closed either way.
 */
function readInto(handle: FileHandle, bytes: Uint8Array): PackInput {
  const size = bytes.length;
  const tailStart = Math.max(0, size - TAIL);
  // The chunks from the start up to the tail, in order; the tail is read first, apart.
  const chunks: [number, number][] = [];
  for (let at = 0; at < tailStart; at += CHUNK) chunks.push([at, Math.min(at + CHUNK, tailStart)]);
  const finished = new Array<boolean>(chunks.length).fill(false);
  let [headEnd, tailIn, next, contiguous] = [0, false, 0, 0];
  let failure: unknown;
  const waiting: { start: number; end: number; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const isIn = (start: number, end: number) =>
    end <= start || end <= headEnd || (tailIn && (start >= tailStart || headEnd >= tailStart));
  const settle = () => {
    for (let i = waiting.length - 1; i >= 0; i--) {
      const wait = waiting[i]!;
      if (failure !== undefined) wait.reject(failure);
      else if (isIn(wait.start, wait.end)) wait.resolve();
      else continue;
      waiting.splice(i, 1);
    }
  };

  const reading = (async () => {
    try {
      await readRange(handle, bytes, tailStart, size);
      tailIn = true;
      settle();
      const reader = async () => {
        while (next < chunks.length && failure === undefined) {
          const i = next++;
          const [start, end] = chunks[i]!;
          await readRange(handle, bytes, start, end);
          finished[i] = true;
          // Chunks may finish out of order: the start of the file is in up to the first one that has not.
          for (; contiguous < chunks.length && finished[contiguous]; contiguous++) headEnd = chunks[contiguous]![1];
          settle();
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, reader));
    } catch (error) {
      failure = error;
      settle();
      throw error;
    } finally {
      await handle.close();
    }
  })();
  // Whoever waits on `arrived` hears of a failure; the reading itself is not left unhandled.
  reading.catch(() => undefined);
  return {
    bytes,
    arrived: (start, end) =>
      failure !== undefined
        ? Promise.reject(failure)
        : isIn(start, end)
          ? Promise.resolve()
          : new Promise((resolve, reject) => void waiting.push({ start, end, resolve, reject })),
  };
}

async function readRange(handle: FileHandle, bytes: Uint8Array, start: number, end: number): Promise<void> {
  for (let at = start; at < end;) {
    const { bytesRead } = await handle.read(bytes, at, end - at, at);
    if (bytesRead === 0) throw new Error(`the file ended at ${at} bytes of ${bytes.length}: it changed while read`);
    at += bytesRead;
  }
}
