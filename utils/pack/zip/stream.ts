import JSZip from 'jszip';

const LOOKAHEAD = 4;

/**
 * Writes a ZIP with JSZip while holding at most one entry's bytes at a time:
 * each entry's content is produced only when JSZip reaches the entry before
 * it, and the ZIP leaves in chunks. An evidence pack of 500 MB needs no
 * 500 MB of memory to be made.
 */
export interface ZipEntry {
  path: string;
  compress: boolean;
  /** Called when the entry's turn comes; every earlier entry's content has been made by then. */
  content(): Promise<Uint8Array>;
}

export async function writeZip(
  entries: ZipEntry[],
  date: Date,
  sink: (chunk: Uint8Array) => void | Promise<void>,
  onProgress?: (percent: number) => void,
): Promise<void> {
  const zip = new JSZip();
  // turns[i] resolves when entry i may be produced: once JSZip has started writing entry i - LOOKAHEAD, so that
  // reading and hashing the next few entries overlaps JSZip's work on this one, and memory holds a few entries at most.
  const turns = entries.map(() => deferred());
  for (const turn of turns.slice(0, LOOKAHEAD)) turn.resolve();
  const index = new Map(entries.map((entry, i) => [entry.path, i]));
  // Contents are made one after another, in order: an entry may rely on every earlier one being made.
  // Neither the chain nor this list may hold on to bytes JSZip has written, or memory grows with the pack.
  let made: Promise<void> = Promise.resolve();
  const produced: (Promise<Uint8Array> | null)[] = entries.map((entry, i) => {
    const product = Promise.all([turns[i]!.promise, made]).then(() => entry.content());
    made = product.then(() => undefined);
    // A failure is reported once, through JSZip when it asks for the entry; later entries fail with it.
    made.catch(() => undefined);
    product.catch(() => undefined);
    return product;
  });
  for (const [i, entry] of entries.entries()) {
    // A thenable, not a promise: JSZip asks for it when generation starts, and it answers when the content is made.
    const lazy = {
      then(resolve: (bytes: Uint8Array) => void, reject: (error: unknown) => void) {
        const product = produced[i]!;
        produced[i] = null;
        product.then(resolve, reject);
      },
    };
    zip.file(entry.path, lazy as unknown as Promise<Uint8Array>, {
      binary: true,
      compression: entry.compress ? 'DEFLATE' : 'STORE',
      date,
    });
  }
  // No data descriptors (streamFiles: false): JSZip holds each entry's compressed bytes until they are all made, then
  // writes the local header with their CRC-32 and sizes, then the bytes. A reader streaming the ZIP then never looks
  // inside a file's data for its end, so a hostile photo cannot end it early (docs/PACK-FORMAT.md, "The two forms").
  // That costs one entry's compressed bytes more in memory, not the pack's: JSZip lets go of them once written, and
  // it says nothing of entry i (so entry i + LOOKAHEAD is not made) until entry i has been compressed whole.
  const stream = zip.generateInternalStream({ type: 'uint8array', streamFiles: false, platform: 'UNIX' });
  let pending: Promise<void> = Promise.resolve();
  let finished = 0;
  await new Promise<void>((resolve, reject) => {
    stream
      .on('data', (chunk: Uint8Array, meta: { percent: number; currentFile: string | null }) => {
        const current = meta.currentFile === null ? undefined : index.get(meta.currentFile);
        if (current !== undefined) {
          turns[current + LOOKAHEAD]?.resolve();
          // JSZip keeps every entry's content (ZipObject._data) until the ZIP object goes; the entries it has
          // finished writing are dropped from it, so their bytes can be collected.
          for (; finished < current; finished++) zip.remove(entries[finished]!.path);
        }
        onProgress?.(meta.percent);
        const written = sink(chunk);
        if (written) {
          // Back-pressure: pause JSZip until the sink has taken the chunk.
          stream.pause();
          pending = pending
            .then(() => written)
            .then(
              () => void stream.resume(),
              (error: unknown) => reject(error),
            );
        }
      })
      .on('error', reject)
      .on('end', () => void pending.then(resolve, reject))
      .resume();
  });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
