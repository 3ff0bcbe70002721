import type { ComponentChildren } from 'preact';
import type { Case } from '../utils/case-work/types';
import { Fact } from './Facts';
import { useI18n } from './i18n';
import { listAddress } from '@/utils/page/address';

export interface CaseRow {
  case: Case;
  /** How many captures are in the case. */
  captures: number;
}

interface CaseListProps {
  rows: readonly CaseRow[];
  /** The case new captures go into, if any. */
  activeId: string | null;
  /** While the active case is being changed. */
  busy: boolean;
  /** Why the last change of the active case failed, in words for the person. */
  error: string | null;
  onActivate: (id: string | null) => void;
  /** The case being edited: its card shows `editor` instead of its edit button. */
  editingId: string | null;
  onEdit: (id: string) => void;
  /** What the page adds to a card: the editing form, the export. */
  editor?: (row: CaseRow) => ComponentChildren;
  footer?: (row: CaseRow) => ComponentChildren;
}

/** The cases, the active one first among equals: marked, and said in words at the top. */
export function CaseList({
  rows,
  activeId,
  busy,
  error,
  onActivate,
  editingId,
  onEdit,
  editor,
  footer,
}: CaseListProps) {
  const { t, dateTime } = useI18n();
  const active = rows.find((row) => row.case.id === activeId)?.case ?? null;
  return (
    <>
      <p class="active-case" data-testid="active-case" role="status">
        {active ? t('cases.activeIs', { name: active.name }) : t('cases.activeNone')}
      </p>
      {error ? (
        <p class="error" role="alert">
          {t('cases.activeFailed', { reason: error })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p class="missing">{t('cases.empty')}</p>
      ) : (
        <ul class="case-list">
          {rows.map((row) => {
            const { case: item, captures } = row;
            const isActive = item.id === activeId;
            const headingId = `case-heading-${item.id}`;
            return (
              <li
                key={item.id}
                class={`case-card${isActive ? ' case-active' : ''}`}
                data-testid="case-card"
                data-case-id={item.id}
                aria-labelledby={headingId}
              >
                <div class="case-card-heading">
                  <h2 id={headingId}>{item.name}</h2>
                  <span class={`badge case-status case-${item.status}`}>{t(`cases.status.${item.status}`)}</span>
                  {isActive ? <span class="badge case-active-badge">{t('cases.activeBadge')}</span> : null}
                </div>
                <dl class="facts">
                  {item.personAlias ? <Fact label={t('cases.person')}>{item.personAlias}</Fact> : null}
                  <Fact label={t('cases.capturesLabel')}>
                    <span data-testid="case-captures">{t('cases.captures', { count: captures })}</span>
                  </Fact>
                  <Fact label={t('cases.created')}>
                    <time dateTime={item.createdAt} title={item.createdAt}>
                      {dateTime(item.createdAt)}
                    </time>
                  </Fact>
                  {item.description ? (
                    <Fact label={t('cases.description')}>
                      <span class="case-description">{item.description}</span>
                    </Fact>
                  ) : null}
                </dl>
                <div class="case-actions">
                  {isActive ? (
                    <button type="button" disabled={busy} onClick={() => onActivate(null)}>
                      {t('cases.stopActive')}
                    </button>
                  ) : (
                    <button type="button" disabled={busy} onClick={() => onActivate(item.id)}>
                      {t('cases.makeActive')}
                    </button>
                  )}
                  <a class="button" href={listAddress(`case=${encodeURIComponent(item.id)}`)}>
                    {t('cases.showCaptures')}
                  </a>
                  {editingId === item.id ? null : (
                    <button type="button" onClick={() => onEdit(item.id)}>
                      {t('cases.edit')}
                    </button>
                  )}
                </div>
                {editingId === item.id && editor ? editor(row) : null}
                {footer ? footer(row) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
