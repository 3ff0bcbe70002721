import { sha256Hex } from '../hash';
import type { ArtifactKind, ArtifactMeta, CaptureRecord } from '../evidence/record';
import { noteInEnglish } from '../notes/note';
import { fileExtension, type MediaOutcome } from './media';
import { timed } from './timing';

/** A file of a capture before it is hashed: its kind, name, bytes and what its metadata adds. */
export interface Piece {
  kind: ArtifactKind;
  name: string;
  blob: Blob;
  extra?: Partial<ArtifactMeta>;
}

/**
 * The post's media as files (`media-01.jpg`, …), each with where it came from, and the items not kept, each with
 * its note: the same for a capture of one post and a run's capture of each message.
 */
export function mediaPieces(media: MediaOutcome[]): { pieces: Piece[]; skipped: CaptureRecord['skipped'] } {
  const pieces: Piece[] = [];
  const skipped: CaptureRecord['skipped'] = [];
  for (const outcome of media) {
    if (!outcome.ok) {
      skipped.push({ kind: 'media', url: outcome.src, reason: noteInEnglish(outcome.reason), note: outcome.reason });
      continue;
    }
    const index = String(pieces.length + 1).padStart(2, '0');
    pieces.push({
      kind: 'media',
      name: `media-${index}.${fileExtension(outcome.bytes.type, outcome.src)}`,
      blob: outcome.bytes,
      extra: {
        sourceUrl: outcome.src,
        fetchedVia: outcome.fetchedVia,
        // The item's width and height are those of what the page showed: a larger size it offered has its own.
        ...(!outcome.offered && outcome.media.width ? { width: outcome.media.width } : {}),
        ...(!outcome.offered && outcome.media.height ? { height: outcome.media.height } : {}),
      },
    });
  }
  return { pieces, skipped };
}

/** Each piece hashed as the record lists it, under a fresh id; the bytes by that id, for the store. */
export async function hashPieces(pieces: Piece[]): Promise<{ artifacts: ArtifactMeta[]; blobs: Map<string, Blob> }> {
  const blobs = new Map<string, Blob>();
  const artifacts = await timed('hash', () =>
    Promise.all(
      pieces.map(async ({ kind, name, blob, extra }): Promise<ArtifactMeta> => {
        const id = crypto.randomUUID();
        blobs.set(id, blob);
        const mime = blob.type || 'application/octet-stream';
        return { id, kind, name, mime, size: blob.size, sha256: await sha256Hex(blob), ...extra };
      }),
    ),
  );
  return { artifacts, blobs };
}
