import { useState } from 'preact/hooks';
import { CaseForm } from '@/components/CaseForm';
import { CaseList, type CaseRow } from '@/components/CaseList';
import { ExportPanel } from '@/components/ExportPanel';
import { useI18n } from '@/components/i18n';
import { LoadFailed, Loading } from '@/components/PageState';
import type { CaseInput } from '@/utils/case-work/types';
import { describeError } from '@/utils/errors';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';
import { useExport } from './use-export';

interface Work {
  busy: boolean;
  error: string | null;
}

const IDLE: Work = { busy: false, error: null };

/** The cases: which one new captures go into, each case's captures and export, and a form for a new one. */
export function CasesPage({ store }: { store: Store }) {
  const { t, say } = useI18n();
  // All three reads start before anything else is awaited, as liveQuery needs.
  const result = useLiveQuery(async () => {
    const [cases, activeId, docs] = await Promise.all([store.listCases(), store.getActiveCase(), store.searchDocs()]);
    const counts = new Map<string, number>();
    for (const doc of docs) if (doc.caseId) counts.set(doc.caseId, (counts.get(doc.caseId) ?? 0) + 1);
    const rows: CaseRow[] = cases.map((item) => ({ case: item, captures: counts.get(item.id) ?? 0 }));
    return { rows, activeId };
  }, [store]);
  const [activating, setActivating] = useState<Work>(IDLE);
  const [creating, setCreating] = useState<Work>(IDLE);
  const [created, setCreated] = useState<{ name: string; form: number }>({ name: '', form: 0 });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Work>(IDLE);

  /** Runs a request with its busy and error state; true when it succeeded. */
  async function attempt(set: (work: Work) => void, request: () => Promise<unknown>): Promise<boolean> {
    set({ busy: true, error: null });
    try {
      await request();
      set(IDLE);
      return true;
    } catch (error) {
      set({ busy: false, error: describeError(error, say) });
      return false;
    }
  }

  async function create(input: CaseInput & { name: string }): Promise<void> {
    setCreated((c) => ({ ...c, name: '' }));
    if (await attempt(setCreating, () => sendRequest({ type: 'createCase', args: { input } }))) {
      // A new key empties the form for the next case.
      setCreated((c) => ({ name: input.name, form: c.form + 1 }));
    }
  }

  async function update(id: string, patch: CaseInput): Promise<void> {
    if (await attempt(setEditing, () => sendRequest({ type: 'updateCase', args: { id, patch } }))) setEditingId(null);
  }

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed')
    return <LoadFailed what={t('state.what.cases')} message={describeError(result.error, say)} />;
  const { rows, activeId } = result.value;
  return (
    <section class="cases" aria-labelledby="cases-heading">
      <div class="page-heading">
        <h1 id="cases-heading" tabIndex={-1}>
          {t('title.cases')}
        </h1>
        <p class="capture-count">{t('cases.count', { count: rows.length })}</p>
      </div>
      <p class="intro">{t('cases.intro')}</p>
      <CaseList
        rows={rows}
        activeId={activeId}
        busy={activating.busy}
        error={activating.error}
        onActivate={(id) => void attempt(setActivating, () => sendRequest({ type: 'setActiveCase', args: { id } }))}
        editingId={editingId}
        onEdit={(id) => {
          setEditing(IDLE);
          setEditingId(id);
        }}
        editor={(row) => (
          <CaseForm
            initial={row.case}
            busy={editing.busy}
            error={editing.error}
            onSubmit={(patch) => void update(row.case.id, patch)}
            onCancel={() => setEditingId(null)}
          />
        )}
        footer={(row) =>
          row.captures > 0 ? (
            <CaseExport store={store} caseId={row.case.id} />
          ) : (
            <p class="hint">{t('cases.noCapturesToExport')}</p>
          )
        }
      />
      <section class="case-new" aria-labelledby="case-new-heading">
        <h2 id="case-new-heading">{t('cases.newHeading')}</h2>
        {created.name ? (
          <p class="notice" role="status" data-testid="case-created">
            {t('cases.createdNotice', { name: created.name })}
          </p>
        ) : null}
        <CaseForm
          key={created.form}
          busy={creating.busy}
          error={creating.error}
          onSubmit={(input) => void create(input)}
        />
      </section>
    </section>
  );
}

/** The case's signed evidence pack: every capture in it, with their custody events. */
function CaseExport({ store, caseId }: { store: Store; caseId: string }) {
  const { t } = useI18n();
  const exporter = useExport(store);
  return (
    <ExportPanel
      label={t('cases.export')}
      state={exporter.state}
      language={exporter.language}
      onLanguage={exporter.setLanguage}
      // The case's size is not known without reading every record: progress shows in percent.
      onExport={() => void exporter.run({ caseId }, 0)}
    />
  );
}
