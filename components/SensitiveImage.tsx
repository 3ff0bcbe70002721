import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

interface SensitiveImageProps {
  src: string;
  alt: string;
  /** Blurred until the person clicks "Show" (the setting's default). */
  blurred: boolean;
  class?: string;
  loading?: 'lazy' | 'eager';
}

/**
 * A captured image that may be intimate: blurred until asked for, by a real
 * button (keyboard and screen reader reachable); "Hide" blurs it again.
 */
export function SensitiveImage({ src, alt, blurred, class: className, loading }: SensitiveImageProps) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const hidden = blurred && !shown;
  return (
    <span class={`sensitive ${hidden ? 'sensitive-hidden' : ''} ${className ?? ''}`}>
      <img src={src} alt={alt} loading={loading} decoding="async" />
      {blurred ? (
        <button
          type="button"
          class="sensitive-toggle small"
          aria-pressed={shown}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            setShown(!shown);
          }}
        >
          {hidden ? t('media.show') : t('media.hide')}
        </button>
      ) : null}
    </span>
  );
}
