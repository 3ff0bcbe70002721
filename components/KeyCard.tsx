import { Fragment } from 'preact';
import type { SigningKeyInfo } from '../utils/crypto/signing';
import { groupFingerprint } from '../utils/pack/verify/signer';
import type { PackManifest } from '../utils/pack/types';
import { Rich, useI18n } from './i18n';
import { QrCode } from './QrCode';

/** The algorithm as a pack's manifest names it (docs/PACK-FORMAT.md). */
const ALGORITHM: PackManifest['exporter']['keyAlgorithm'] = 'ECDSA P-256 SHA-256';

interface KeyCardProps {
  info: SigningKeyInfo;
  /** The name printed on the card; empty leaves a line to write it by hand. Never stored: it may name a victim. */
  holder: string;
  onHolder: (holder: string) => void;
  onPrint: () => void;
}

/**
 * The key card (issue 14): what a monitor prints, or reads out, and hands to
 * the police apart from any pack, so that a pack re-signed with another key
 * can be told from hers. On paper only the card itself: the field, the button
 * and the notes are for the screen (key-card.css).
 */
export function KeyCard({ info, holder, onHolder, onPrint }: KeyCardProps) {
  const { t, dateTime } = useI18n();
  const groups = groupFingerprint(info.fingerprint);
  const made =
    info.createdAt === null
      ? t('keyCard.madeUnknown')
      : info.createdAtSource === 'first-export'
        ? t('keyCard.madeByFirstExport', { date: dateTime(info.createdAt) })
        : dateTime(info.createdAt);
  return (
    <section class="key-card" aria-labelledby="key-card-heading">
      <h1 id="key-card-heading" tabIndex={-1}>
        {t('keyCard.heading')}
      </h1>
      <div class="key-card-controls">
        <p>{t('keyCard.intro')}</p>
        <label>
          {t('keyCard.holderLabel')}
          <input
            type="text"
            value={holder}
            autoComplete="off"
            data-testid="key-card-holder"
            onInput={(event) => onHolder((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <p>
          <button type="button" class="primary-button" onClick={onPrint}>
            {t('keyCard.print')}
          </button>
        </p>
        <p class="sub">{t('keyCard.newKeyNote')}</p>
      </div>
      <div class="key-card-sheet" data-testid="key-card">
        <div class="key-card-key">
          <div>
            <h2>{t('keyCard.fingerprint')}</h2>
            <p class="key-card-fingerprint" data-testid="key-card-fingerprint" data-fingerprint={info.fingerprint}>
              {groups.map((group, i) => (
                <Fragment key={i}>
                  {i > 0 ? ' ' : null}
                  <span class="group">{group}</span>
                </Fragment>
              ))}
            </p>
            <dl class="facts">
              <div class="fact">
                <dt>{t('keyCard.made')}</dt>
                <dd data-testid="key-card-made">
                  {made}
                  {info.createdAt !== null ? <code class="sub">{info.createdAt}</code> : null}
                </dd>
              </div>
              <div class="fact">
                <dt>{t('keyCard.algorithm')}</dt>
                <dd>{ALGORITHM}</dd>
              </div>
            </dl>
          </div>
          <QrCode class="key-card-qr" text={info.fingerprint} label={t('keyCard.qr')} />
        </div>
        {info.previous.length > 0 ? (
          <div class="key-card-previous" data-testid="key-card-previous">
            <h2>{t('keyCard.previousHeading')}</h2>
            <p class="sub">{t('keyCard.previousIntro')}</p>
            <ul>
              {info.previous.map((key) => (
                <li key={key.fingerprint} data-fingerprint={key.fingerprint}>
                  <code>{groupFingerprint(key.fingerprint).join(' ')}</code>{' '}
                  <span class="sub">{t('keyCard.replacedOn', { date: dateTime(key.replacedAt) })}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <h2>{t('keyCard.forPolice')}</h2>
        <p class="key-card-police">
          <Rich
            k="keyCard.policeText"
            parts={{
              holder: holder.trim() ? <strong class="holder">{holder.trim()}</strong> : <span class="blank-line" />,
            }}
          />
        </p>
        <dl class="key-card-handover">
          <div>
            <dt>{t('keyCard.givenOn')}</dt>
            <dd class="blank-line" />
          </div>
          <div>
            <dt>{t('keyCard.givenTo')}</dt>
            <dd class="blank-line" />
          </div>
        </dl>
      </div>
    </section>
  );
}
