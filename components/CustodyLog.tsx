import type { ChainVerdict, CustodyEvent } from '../utils/custody';
import { formatDateTime, plural, shortHash } from './format';

interface CustodyLogProps {
  verdict: ChainVerdict;
  events: readonly CustodyEvent[];
  /** Ids of the captures still in the store: only those get a link. */
  existingCaptureIds: ReadonlySet<string>;
}

export function CustodyLog({ verdict, events, existingCaptureIds }: CustodyLogProps) {
  return (
    <section class="custody" aria-labelledby="custody-heading">
      <div class="page-heading">
        <h1 id="custody-heading" tabIndex={-1}>
          Custody log
        </h1>
      </div>
      <p class="intro">
        Every capture and every deletion is written here, and each entry is bound to the one before it by its hash. If
        an entry were changed or removed, the chain would break at that point.
      </p>
      <ChainStatus verdict={verdict} />
      {events.length === 0 ? (
        <p class="missing">No events yet: the first capture will be the first entry.</p>
      ) : (
        <div class="table-scroll" role="region" aria-label="Custody events" tabIndex={0}>
          <table class="custody-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Event</th>
                <th scope="col">Time</th>
                <th scope="col">Capture</th>
                <th scope="col">Payload SHA-256</th>
                <th scope="col">Hash</th>
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
  if (verdict.intact) {
    return (
      <p class="chain-status chain-intact" data-testid="chain-status" role="status">
        Chain intact ({plural(verdict.length, 'event', 'events')})
      </p>
    );
  }
  // verifyChain's reason already starts with "event #n: "; say the number once.
  const reason = verdict.reason.replace(/^event #\d+: /, '');
  return (
    <p class="chain-status chain-broken" data-testid="chain-status" role="alert">
      Chain broken at #{verdict.brokenAt}: {reason}
    </p>
  );
}

function EventRow({ event, captureExists }: { event: CustodyEvent; captureExists: boolean }) {
  const reason = typeof event.details?.['reason'] === 'string' ? event.details['reason'] : null;
  return (
    <tr data-testid="custody-row" data-type={event.type}>
      <td class="num">{event.seq}</td>
      <td>
        <span class={`event-type event-${event.type}`}>{event.type}</span>
        {reason !== null ? <span class="sub">Reason: {reason}</span> : null}
      </td>
      <td>
        <time dateTime={event.at} title={event.at}>
          {formatDateTime(event.at)}
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
          <span title={`${event.captureId} (no longer stored)`}>
            <code>{shortId(event.captureId)}</code> <span class="sub-inline">deleted</span>
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
