import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { canPreview } from '../utils/artifact-display';
import type { ArtifactKind, ArtifactMeta } from '../utils/evidence/record';
import type { UiKey } from '../utils/i18n/catalog';
import { Hash } from './Facts';
import { useI18n } from './i18n';
import { SensitiveImage } from './SensitiveImage';

const KIND_KEYS = {
  'viewport-screenshot': 'artifact.kind.viewport-screenshot',
  'post-screenshot': 'artifact.kind.post-screenshot',
  'page-mhtml': 'artifact.kind.page-mhtml',
  'page-html': 'artifact.kind.page-html',
  media: 'artifact.kind.media',
} as const satisfies Record<ArtifactKind, UiKey>;

interface ArtifactTableProps {
  artifacts: readonly ArtifactMeta[];
  /** Object URLs by artifact id, made safe to open (see utils/artifact-display.ts); missing while loading. */
  urls: ReadonlyMap<string, string>;
  /** Whether image previews start blurred, each with its own Show button (the blur setting). */
  blurred: boolean;
}

export function ArtifactTable({ artifacts, urls, blurred }: ArtifactTableProps) {
  const [previewing, setPreviewing] = useState<string | null>(null);
  const { t, bytes, exactBytes } = useI18n();
  const kindLabel = (kind: ArtifactKind) => (kind in KIND_KEYS ? t(KIND_KEYS[kind]) : kind);
  if (artifacts.length === 0) return <p class="missing">{t('artifact.none')}</p>;
  return (
    <>
      <div class="table-scroll" role="region" aria-label={t('artifact.tableLabel')} tabIndex={0}>
        <table class="artifact-table">
          <thead>
            <tr>
              <th scope="col">{t('artifact.name')}</th>
              <th scope="col">{t('artifact.kind')}</th>
              <th scope="col">{t('artifact.type')}</th>
              <th scope="col">{t('artifact.size')}</th>
              <th scope="col">{t('artifact.sha256')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('artifact.actions')}</span>
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
                          {t('artifact.pixels', { width: artifact.width, height: artifact.height })}
                        </span>
                      ) : null}
                      {artifact.sourceUrl ? (
                        <span class="sub url">{t('artifact.from', { url: artifact.sourceUrl })}</span>
                      ) : null}
                    </th>
                    <td>{kindLabel(artifact.kind)}</td>
                    <td>
                      <code>{artifact.mime}</code>
                    </td>
                    <td class="size">
                      {bytes(artifact.size)}
                      <span class="sub">{exactBytes(artifact.size)}</span>
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
                          {open ? t('artifact.hide') : t('artifact.view')}
                        </button>
                      ) : null}
                      {url ? (
                        <a class="button small" href={url} download={artifact.name}>
                          {t('artifact.download')}
                        </a>
                      ) : (
                        <span class="missing">{t('state.loading')}</span>
                      )}
                    </td>
                  </tr>
                  {open ? (
                    <tr class="preview-row" id={previewId}>
                      <td colSpan={6}>
                        <figure>
                          <SensitiveImage
                            src={url}
                            alt={t('artifact.previewAlt', { kind: kindLabel(artifact.kind), name: artifact.name })}
                            blurred={blurred}
                          />
                          <figcaption>
                            {artifact.name} ·{' '}
                            <a href={url} target="_blank" rel="noopener">
                              {t('artifact.openFull')}
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
      <p class="hint">{t('artifact.hint')}</p>
    </>
  );
}
