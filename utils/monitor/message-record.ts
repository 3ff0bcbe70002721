import type { ChatView, ChatViewMessage } from '../evidence/page-answer';
import { CAPTURE_SCHEMA, type ArtifactMeta, type WrittenRecord } from '../evidence/record';
import { sha256Hex } from '../hash';
import { note, noteInEnglish, type Note } from '../notes/note';
import type { SharedFile } from '../store/capture-writes';
import { localIsoString, staticEnvironment } from '../capture/environment';
import type { MediaOutcome } from '../capture/media';
import { mediaPieces, type Piece } from '../capture/record-parts';

/** A file the run's captures share (the viewport's screenshot, a page snapshot, a photo): hashed once, kept once. */
export interface RunFile {
  blob: Blob;
  sha256: string;
}

/**
 * The files of one run, each kept once by its SHA-256 (utils/store/capture-writes.ts, SharedFile): the first capture
 * that lists one gives its bytes, the others its id.
 */
export function createRunFiles() {
  const stored = new Map<string, string>();
  return {
    async file(blob: Blob): Promise<RunFile> {
      return { blob, sha256: await sha256Hex(blob) };
    },
    /** The shared file for a capture's artifact; call `written` once the capture that gave its bytes is stored. */
    shared(file: RunFile): SharedFile {
      const known = stored.get(file.sha256);
      return known ? { blobId: known } : { blobId: crypto.randomUUID(), bytes: file.blob };
    },
    written(file: RunFile, shared: SharedFile) {
      stored.set(file.sha256, shared.blobId);
    },
  };
}
export type RunFiles = ReturnType<typeof createRunFiles>;

export interface MessageCaptureInput {
  runId: string;
  capturedAt: Date;
  actor: string;
  view: ChatView;
  message: ChatViewMessage & { post: NonNullable<ChatViewMessage['post']> };
  viewport: RunFile & { width: number; height: number };
  crop: (RunFile & { width: number; height: number }) | null;
  snapshot: (RunFile & { kind: 'page-mhtml' | 'page-html' }) | null;
  media: MediaOutcome[];
  window: { width: number; height: number } | null;
  previousCaptureId: string | null;
  /** The chat and message id as the run found them (record.run). */
  place: { chatKey: string; messageId: number } | null;
  notes: Note[];
}

/**
 * A run's capture of one message: the same record as a right-click's (dokaz-capture/3), with the run and the version
 * it follows, and its files as the run's shared files.
 */
export async function messageRecord(
  input: MessageCaptureInput,
  files: RunFiles,
): Promise<{ record: WrittenRecord; data: Map<string, SharedFile>; sharedFiles: [RunFile, SharedFile][] }> {
  const { view, message, capturedAt } = input;
  const notes = [...input.notes, ...message.notes];
  const pieces: (Omit<Piece, 'blob'> & { file: RunFile })[] = [];
  pieces.push({
    kind: 'viewport-screenshot',
    name: 'viewport.png',
    file: input.viewport,
    extra: { width: input.viewport.width, height: input.viewport.height },
  });
  if (input.crop) {
    pieces.push({
      kind: 'post-screenshot',
      name: 'post.png',
      file: input.crop,
      extra: { width: input.crop.width, height: input.crop.height },
    });
  }
  if (input.snapshot) {
    const name = input.snapshot.kind === 'page-mhtml' ? 'page.mhtml' : 'page.html';
    pieces.push({ kind: input.snapshot.kind, name, file: input.snapshot });
  } else notes.push(note('noSnapshot'));
  const kept = mediaPieces(input.media);
  for (const piece of kept.pieces) pieces.push({ ...piece, file: await files.file(piece.blob) });

  const data = new Map<string, SharedFile>();
  const sharedFiles: [RunFile, SharedFile][] = [];
  const artifacts: ArtifactMeta[] = pieces.map(({ kind, name, file, extra }) => {
    const id = crypto.randomUUID();
    const shared = files.shared(file);
    data.set(id, shared);
    sharedFiles.push([file, shared]);
    const mime = file.blob.type || 'application/octet-stream';
    return { id, kind, name, mime, size: file.blob.size, sha256: file.sha256, ...extra };
  });
  const environment = await staticEnvironment();
  const record: WrittenRecord = {
    schema: CAPTURE_SCHEMA,
    id: crypto.randomUUID(),
    capturedAt: capturedAt.toISOString(),
    capturedAtLocal: localIsoString(capturedAt),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    actor: input.actor,
    trigger: { source: 'run', frameId: 0, mediaType: null, linkUrl: null, srcUrl: null, selectionText: null },
    page: view.page,
    post: message.post,
    environment: { ...environment, window: input.window, viewport: view.viewport, locale: view.locale },
    artifacts,
    skipped: kept.skipped,
    warnings: notes.map(noteInEnglish),
    notes,
    previousCaptureId: input.previousCaptureId,
    run: { id: input.runId, ...input.place },
  };
  return { record, data, sharedFiles };
}
