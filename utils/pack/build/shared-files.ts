import type { StoredCaptureView } from '../../evidence/record';

type Packed = Pick<StoredCaptureView, 'id' | 'artifacts' | 'run'>;

/**
 * Where each artifact of a pack's captures lies in it: in its capture's folder (`captures/<id>/<name>`), or once for
 * all under `shared/<sha256><extension>` when several captures of a run through a chat list the same bytes (the
 * screen's screenshot and page snapshot that served every message on it), which the store also keeps once. A pack
 * of a run of 500 messages would otherwise hold each screen's files three times over. Only runs' captures share: a
 * pack without them is laid out as before, and stays in the format it was.
 */
export function packPaths(captures: readonly Packed[]): Map<string, Record<string, string>> {
  // By the shared path, not the bytes alone: the same photo may be "media-01.jpg" in one capture and ".bin" in
  // another (its type as each download said), and each path must be listed by two captures at least.
  const listings = new Map<string, number>();
  for (const view of captures) {
    if (!view.run) continue;
    for (const path of new Set(view.artifacts.map(sharedPath))) listings.set(path, (listings.get(path) ?? 0) + 1);
  }
  return new Map(
    captures.map((view) => [
      view.id,
      Object.fromEntries(
        view.artifacts.map((artifact) => [
          artifact.id,
          view.run && (listings.get(sharedPath(artifact)) ?? 0) > 1
            ? sharedPath(artifact)
            : `captures/${view.id}/${artifact.name}`,
        ]),
      ),
    ]),
  );
}

/** A shared file's path: its SHA-256 and the extension of its name (".png", ".mhtml"). */
export function sharedPath(artifact: { sha256: string; name: string }): string {
  return `shared/${artifact.sha256}${/\.[A-Za-z0-9]{1,10}$/.exec(artifact.name)?.[0] ?? ''}`;
}

export const SHARED_FOLDER = 'shared/';
