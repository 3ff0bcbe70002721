import type { ComponentChildren } from 'preact';
import { isWebUrl } from './format';
import { useI18n } from './i18n';

/** One labelled fact of a `<dl class="facts">`. */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Missing({ text }: { text?: string }) {
  const { t } = useI18n();
  return <span class="missing">{text ?? t('fact.none')}</span>;
}

/** An address from a captured page: a link only if it is http(s), never anything a click could run. */
export function WebAddress({ url }: { url: string | null | undefined }) {
  if (!url) return <Missing />;
  if (!isWebUrl(url)) return <span class="url">{url}</span>;
  return (
    <a class="url" href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

/** A full hash, monospace, selectable in one piece. */
export function Hash({ value }: { value: string }) {
  return <code class="hash">{value}</code>;
}
