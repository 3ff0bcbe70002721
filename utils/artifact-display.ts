import type { ArtifactMeta } from './evidence/record';

/**
 * How the extension's pages may show an artifact. Captured bytes are hostile:
 * a page snapshot or an SVG opened in the extension's origin could run the
 * abuser's script there, so only raster images are ever shown; everything
 * else is offered as a download.
 */
const PREVIEWABLE_MIMES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

export function canPreview(artifact: Pick<ArtifactMeta, 'kind' | 'mime'>): boolean {
  if (artifact.kind === 'page-mhtml' || artifact.kind === 'page-html') return false;
  return PREVIEWABLE_MIMES.has(artifact.mime.toLowerCase());
}

/**
 * The blob to make an object URL of. Anything not previewable is retyped as
 * application/octet-stream, so that even opening its URL in a tab (middle
 * click on "Download") saves the file instead of rendering it.
 */
export function blobForObjectUrl(artifact: Pick<ArtifactMeta, 'kind' | 'mime'>, blob: Blob): Blob {
  const type = canPreview(artifact) ? artifact.mime.toLowerCase() : 'application/octet-stream';
  return blob.type === type ? blob : new Blob([blob], { type });
}
