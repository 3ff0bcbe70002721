import type { ChainVerdict, CustodyEvent, CustodyEventType } from '../utils/custody';
import { shortHash } from './format';
import { useI18n } from './i18n';
import type { UiKey } from '../utils/i18n/catalog';

/** Every type the store writes has its words: the compiler holds this to utils/custody.ts's list. */
const EVENT_TYPE_KEYS: Record<CustodyEventType, UiKey> = {
  captured: 'custody.type.captured',
  annotated: 'custody.type.annotated',
  exported: 'custody.type.exported',
  deleted: 'custody.type.deleted',
  'key-rotated': 'custody.type.key-rotated',
  'run-started': 'custody.type.run-started',
  'run-ended': 'custody.type.run-ended',
  'not-found': 'custody.type.not-found',
};

/** The fields an `annotated` event names in `details.fields`. */
const FIELD_KEYS: Partial<Record<string, UiKey>> = {
  caseId: 'annotation.field.caseId',
  tags: 'annotation.field.tags',
  categories: 'annotation.field.categories',
  note: 'annotation.field.note',
};

interface CustodyLogProps {
  verdict: ChainVerdict;
  events: readonly CustodyEvent[];
  /** Ids of the captures still in the store: only those get a link. */
  existingCaptureIds: ReadonlySet<string>;
}

export function CustodyLog({ verdict, events, existingCaptureIds }: CustodyLogProps) {
  const { t } = useI18n();
  return (
    <section class="custody" aria-labelledby="custody-heading">
      <div class="page-heading">
        <h1 id="custody-heading" tabIndex={-1}>
          {t('title.custody')}
        </h1>
      </div>
      <p class="intro">{t('custody.intro')}</p>
      <ChainStatus verdict={verdict} />
      {events.length === 0 ? (
        <p class="missing">{t('custody.empty')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t('custody.tableLabel')} tabIndex={0}>
          <table class="custody-table">
            <thead>
              <tr>
                <th scope="col">{t('custody.seq')}</th>
                <th scope="col">{t('custody.event')}</th>
                <th scope="col">{t('custody.time')}</th>
                <th scope="col">{t('custody.capture')}</th>
                <th scope="col">{t('custody.payloadSha256')}</th>
                <th scope="col">{t('custody.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <EventRow key={event.seq} event={event} captureExists={existingCaptureIds.has(event.captureId ?? '')} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ChainStatus({ verdict }: { verdict: ChainVerdict }) {
  const { t, say } = useI18n();
  if (verdict.intact) {
    return (
      <p class="chain-status chain-intact" data-testid="chain-status" role="status">
        {t('custody.intact', { count: verdict.length })}
      </p>
    );
  }
  const reason = say(verdict.problem);
  return (
    <p class="chain-status chain-broken" data-testid="chain-status" role="alert">
      {t('custody.broken', { seq: verdict.brokenAt, reason })}
    </p>
  );
}

function EventRow({ event, captureExists }: { event: CustodyEvent; captureExists: boolean }) {
  const reason = typeof event.details?.['reason'] === 'string' ? event.details['reason'] : null;
  const fields = event.type === 'annotated' ? event.details?.['fields'] : undefined;
  const { t, dateTime } = useI18n();
  const typeKey = EVENT_TYPE_KEYS[event.type];
  const fieldName = (field: unknown) => {
    const key = FIELD_KEYS[String(field)];
    return key ? t(key) : String(field);
  };
  return (
    <tr data-testid="custody-row" data-type={event.type}>
      <td class="num">{event.seq}</td>
      <td>
        <span class={`event-type event-${event.type}`}>{typeKey ? t(typeKey) : event.type}</span>
        {reason !== null ? <span class="sub">{t('custody.reason', { reason })}</span> : null}
        {Array.isArray(fields) && fields.length > 0 ? (
          <span class="sub" data-testid="annotated-fields">
            {t('annotation.changed', { fields: fields.map(fieldName).join(', ') })}
          </span>
        ) : null}
      </td>
      <td>
        <time dateTime={event.at} title={event.at}>
          {dateTime(event.at)}
        </time>
      </td>
      <td>
        {event.captureId === null ? (
          <span class="missing">—</span>
        ) : captureExists ? (
          <a href={`#/capture/${encodeURIComponent(event.captureId)}`} title={event.captureId}>
            <code>{shortId(event.captureId)}</code>
          </a>
        ) : (
          <span title={t('custody.noLongerStored', { id: event.captureId })}>
            <code>{shortId(event.captureId)}</code> <span class="sub-inline">{t('custody.deletedCapture')}</span>
          </span>
        )}
      </td>
      <td>
        <code title={event.payloadSha256}>{shortHash(event.payloadSha256)}</code>
      </td>
      <td>
        <code title={event.hash}>{shortHash(event.hash)}</code>
      </td>
    </tr>
  );
}

function shortId(id: string): string {
  return id.length > 9 ? `${id.slice(0, 8)}…` : id;
}
