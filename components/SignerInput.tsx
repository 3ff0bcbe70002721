import { useI18n } from './i18n';

interface SignerInputProps {
  /** The expected fingerprint, as typed or pasted. */
  fingerprint: string;
  /** A list of trusted keys, as pasted or loaded from a file. */
  list: string;
  onFingerprint: (value: string) => void;
  onList: (value: string) => void;
  /** A list file chosen; the page reads it into `list`. */
  onListFile: (file: File) => void;
  /** Why what was given cannot be used, in the page's language; null when it can (or nothing was given). */
  error: string | null;
}

/**
 * Whose pack is it (issue 14): the fingerprint the reader obtained apart from
 * the pack, or a list of trusted keys, against which the verify page confirms
 * the signer. Changing either re-judges the pack already read.
 */
export function SignerInput({ fingerprint, list, onFingerprint, onList, onListFile, error }: SignerInputProps) {
  const { t } = useI18n();
  return (
    <section class="signer-input" aria-labelledby="signer-heading">
      <h2 id="signer-heading">{t('verify.signerHeading')}</h2>
      <p>{t('verify.signerIntro')}</p>
      <label>
        {t('verify.expectedLabel')}
        <input
          type="text"
          value={fingerprint}
          spellcheck={false}
          autoComplete="off"
          data-testid="expected-fingerprint"
          onInput={(event) => onFingerprint((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('verify.trustedLabel')}
        <textarea
          rows={3}
          value={list}
          spellcheck={false}
          data-testid="trusted-keys"
          onInput={(event) => onList((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label class="button small">
        <input
          type="file"
          accept=".txt,text/plain"
          class="visually-hidden"
          data-testid="trusted-keys-file"
          onChange={(event) => {
            const file = (event.currentTarget as HTMLInputElement).files?.[0];
            if (file) onListFile(file);
          }}
        />
        {t('verify.trustedFile')}
      </label>
      {error ? (
        <p role="alert" class="signer-error">
          {t('verify.keysInvalid', { reason: error })}
        </p>
      ) : null}
    </section>
  );
}
