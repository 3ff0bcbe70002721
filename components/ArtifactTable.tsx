import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { canPreview } from '../utils/artifact-display';
import type { ArtifactKind, ArtifactMeta } from '../utils/capture/record';
import { Hash } from './Facts';
import { formatBytes, formatExactBytes } from './format';

export const ARTIFACT_KIND_LABELS: Record<ArtifactKind, string> = {
  'viewport-screenshot': 'Screenshot of the visible page',
  'post-screenshot': 'Screenshot of the post',
  'page-mhtml': 'Page snapshot (MHTML)',
  'page-html': 'Page snapshot (HTML)',
  media: 'Media from the post',
};

interface ArtifactTableProps {
  artifacts: readonly ArtifactMeta[];
  /** Object URLs by artifact id, made safe to open (see utils/artifact-display.ts); missing while loading. */
  urls: ReadonlyMap<string, string>;
}

export function ArtifactTable({ artifacts, urls }: ArtifactTableProps) {
  const [previewing, setPreviewing] = useState<string | null>(null);
  if (artifacts.length === 0) return <p class="missing">This capture has no files.</p>;
  return (
    <>
      <div class="table-scroll" role="region" aria-label="Files of this capture" tabIndex={0}>
        <table class="artifact-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Type</th>
              <th scope="col">Size</th>
              <th scope="col">SHA-256</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {artifacts.map((artifact) => {
              const url = urls.get(artifact.id);
              const open = previewing === artifact.id && url !== undefined;
              const previewId = `preview-${artifact.id}`;
              return (
                <Fragment key={artifact.id}>
                  <tr data-testid="artifact-row" data-kind={artifact.kind}>
                    <th scope="row">
                      <span class="artifact-name">{artifact.name}</span>
                      {artifact.width && artifact.height ? (
                        <span class="sub">
                          {artifact.width} × {artifact.height} px
                        </span>
                      ) : null}
                      {artifact.sourceUrl ? <span class="sub url">from {artifact.sourceUrl}</span> : null}
                    </th>
                    <td>{ARTIFACT_KIND_LABELS[artifact.kind] ?? artifact.kind}</td>
                    <td>
                      <code>{artifact.mime}</code>
                    </td>
                    <td class="size">
                      {formatBytes(artifact.size)}
                      <span class="sub">{formatExactBytes(artifact.size)}</span>
                    </td>
                    <td>
                      <Hash value={artifact.sha256} />
                    </td>
                    <td class="actions">
                      {canPreview(artifact) ? (
                        <button
                          type="button"
                          class="small"
                          aria-expanded={open}
                          aria-controls={previewId}
                          disabled={!url}
                          onClick={() => setPreviewing(open ? null : artifact.id)}
                        >
                          {open ? 'Hide' : 'View'}
                        </button>
                      ) : null}
                      {url ? (
                        <a class="button small" href={url} download={artifact.name}>
                          Download
                        </a>
                      ) : (
                        <span class="missing">Loading…</span>
                      )}
                    </td>
                  </tr>
                  {open ? (
                    <tr class="preview-row" id={previewId}>
                      <td colSpan={6}>
                        <figure>
                          <img
                            src={url}
                            alt={`${ARTIFACT_KIND_LABELS[artifact.kind] ?? artifact.kind}: ${artifact.name}`}
                          />
                          <figcaption>
                            {artifact.name} ·{' '}
                            <a href={url} target="_blank" rel="noopener">
                              Open full size in a new tab
                            </a>
                          </figcaption>
                        </figure>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="hint">
        Page snapshots can only be downloaded: they hold the page as the website sent it, so they are never opened here.
        Each file’s SHA-256 lets anyone check later that it was not changed.
      </p>
    </>
  );
}
