import type { ChatEntry, Seen } from '../utils/case-work/types';
import { useI18n } from './i18n';

interface SeenHistoryProps {
  /** The history, in the order kept (first seen first). */
  items: readonly Seen[];
  /** The value column's heading: "Title", "Name", "Username". */
  valueLabel: string;
  /** The table's name for screen readers. */
  label: string;
  /** Usernames show with "@". */
  prefix?: string;
}

/** A value seen over time (a group's titles, an account's usernames), each with when it was first and last seen. */
export function SeenHistory({ items, valueLabel, label, prefix = '' }: SeenHistoryProps) {
  const { t } = useI18n();
  if (items.length === 0) return <p class="missing">{t('catalogue.noneSeen')}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table class="seen-table" data-testid="seen-history">
        <thead>
          <tr>
            <th scope="col">{valueLabel}</th>
            <th scope="col">{t('catalogue.col.firstSeen')}</th>
            <th scope="col">{t('catalogue.col.lastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.value}>
              <th scope="row" class="seen-value">
                {prefix}
                {item.value}
              </th>
              <td>
                <When iso={item.firstSeen} />
              </td>
              <td>
                <When iso={item.lastSeen} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Member or subscriber counts as Telegram showed them, with when. */
export function MemberCounts({ counts, label }: { counts: ChatEntry['memberCounts']; label: string }) {
  const { t, number } = useI18n();
  if (counts.length === 0) return <p class="missing">{t('catalogue.noneSeen')}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table class="seen-table" data-testid="member-counts">
        <thead>
          <tr>
            <th scope="col">{t('catalogue.col.seenAt')}</th>
            <th scope="col">{t('catalogue.col.members')}</th>
            <th scope="col">{t('catalogue.col.shownAs')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((item, index) => (
            <tr key={`${item.at}-${index}`}>
              <th scope="row">
                <When iso={item.at} />
              </th>
              <td class="num">{item.count === null ? '—' : number(item.count)}</td>
              <td>{item.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A date in the reader's form, with the exact UTC time on hover. */
export function When({ iso }: { iso: string | null | undefined }) {
  const { dateTime } = useI18n();
  if (!iso) return <span class="missing">—</span>;
  return (
    <time dateTime={iso} title={iso}>
      {dateTime(iso)}
    </time>
  );
}
