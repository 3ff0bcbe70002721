import { useMemo, useState } from 'preact/hooks';
import { accountRow, groupNames, groupRow } from '@/components/catalogue-rows';
import { AccountDetail, EntryNotFound, GroupDetail, type EntryLink } from '@/components/CatalogueEntry';
import type { CataloguePatch } from '@/components/CatalogueEditForm';
import { CatalogueList, type CsvState } from '@/components/CatalogueTable';
import { useI18n } from '@/components/i18n';
import { LoadFailed, Loading } from '@/components/PageState';
import { currentName } from '@/utils/case-work/catalogue';
import { accountsCsv, groupsCsv } from '@/utils/case-work/csv';
import { searchCaptures } from '@/utils/case-work/search';
import type { Catalogue } from '@/utils/case-work/types';
import { describeError } from '@/utils/errors';
import { useLiveQuery, type LiveResult } from '@/utils/hooks/use-live-query';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';
import { saveFile } from './save-file';

/**
 * The catalogue of groups and accounts: two lists and a page for each entry,
 * read live from the store (a new capture shows at once); the person's status
 * and note go through the background, which alone writes.
 */

/** An account page lists this many of its captures; the captures list has them all. */
const ACCOUNT_CAPTURES_SHOWN = 100;

export function GroupsPage({ store }: { store: Store }) {
  const i18n = useI18n();
  const result = useLiveQuery(() => store.catalogue(), [store]);
  const csv = useCsvDownload();
  const rows = useMemo(() => (result.status === 'ready' ? result.value.groups.map(groupRow) : []), [result]);
  if (result.status !== 'ready') return <NotReady result={result} />;
  const { groups } = result.value;
  return (
    <CatalogueList
      kind="group"
      rows={rows}
      csv={csv.state}
      onDownloadCsv={() => void csv.run(() => groupsCsv(groups, i18n), 'groups')}
    />
  );
}

export function AccountsPage({ store }: { store: Store }) {
  const i18n = useI18n();
  const result = useLiveQuery(() => store.catalogue(), [store]);
  const csv = useCsvDownload();
  const rows = useMemo(() => {
    if (result.status !== 'ready') return [];
    const names = groupNames(result.value.groups);
    return result.value.accounts.map((account) => accountRow(account, names));
  }, [result]);
  if (result.status !== 'ready') return <NotReady result={result} />;
  const { groups, accounts } = result.value;
  return (
    <CatalogueList
      kind="account"
      rows={rows}
      csv={csv.state}
      onDownloadCsv={() => void csv.run(() => accountsCsv(accounts, groups, i18n), 'accounts')}
    />
  );
}

export function GroupPage({ store, entryKey }: { store: Store; entryKey: string }) {
  const { intl } = useI18n();
  const result = useLiveQuery(() => store.catalogue(), [store]);
  const save = useSaveEntry('group', entryKey);
  if (result.status !== 'ready') return <NotReady result={result} />;
  const group = result.value.groups.find((g) => g.key === entryKey);
  if (!group) return <EntryNotFound kind="group" />;
  return <GroupDetail group={group} accounts={accountsIn(result.value, entryKey, intl)} onSave={save} />;
}

export function AccountPage({ store, entryKey }: { store: Store; entryKey: string }) {
  // Both reads start before either awaits, as liveQuery needs.
  const result = useLiveQuery(async () => {
    const [catalogue, docs] = await Promise.all([store.catalogue(), store.searchDocs()]);
    return { catalogue, docs };
  }, [store]);
  const save = useSaveEntry('account', entryKey);
  const captures = useMemo(() => {
    if (result.status !== 'ready') return [];
    const byId = new Map(result.value.docs.map((doc) => [doc.captureId, doc]));
    return searchCaptures(result.value.docs, '', { accountKey: entryKey }).map((id) => byId.get(id)!);
  }, [result, entryKey]);
  if (result.status !== 'ready') return <NotReady result={result} />;
  const { catalogue } = result.value;
  const account = catalogue.accounts.find((a) => a.key === entryKey);
  if (!account) return <EntryNotFound kind="account" />;
  const names = groupNames(catalogue.groups);
  const groups: EntryLink[] = account.chatKeys.map((key) => ({ key, name: names.get(key) ?? key }));
  return (
    <AccountDetail
      account={account}
      groups={groups}
      captures={captures.slice(0, ACCOUNT_CAPTURES_SHOWN)}
      totalCaptures={captures.length}
      onSave={save}
    />
  );
}

/** The accounts seen in a group, by name. */
function accountsIn({ accounts }: Catalogue, groupKey: string, intl: string): EntryLink[] {
  return accounts
    .filter((account) => account.chatKeys.includes(groupKey))
    .map((account) => ({ key: account.key, name: currentName(account.names, account.usernames, account.key) }))
    .sort((a, b) => a.name.localeCompare(b.name, intl));
}

function NotReady({ result }: { result: Exclude<LiveResult<unknown>, { status: 'ready' }> }) {
  const { t, say } = useI18n();
  if (result.status === 'loading') return <Loading />;
  return <LoadFailed what={t('state.what.catalogue')} message={describeError(result.error, say)} />;
}

/** Status and note, written by the background; resolves to the error in the reader's words, or null. */
function useSaveEntry(kind: 'group' | 'account', key: string) {
  const { say } = useI18n();
  return async (patch: CataloguePatch): Promise<string | null> => {
    try {
      await sendRequest({ type: 'updateCatalogueEntry', args: { kind, key, patch } });
      return null;
    } catch (error) {
      return describeError(error, say);
    }
  };
}

/** A CSV made here from what the page shows, saved through the downloads API. */
function useCsvDownload() {
  const { say } = useI18n();
  const [state, setState] = useState<CsvState>({ busy: false, saved: null, error: null });
  async function run(make: () => string, label: string): Promise<void> {
    setState({ busy: true, saved: null, error: null });
    try {
      const fileName = await saveFile(new Blob([make()], { type: 'text/csv;charset=utf-8' }), label, 'csv');
      setState({ busy: false, saved: fileName, error: null });
    } catch (error) {
      setState({ busy: false, saved: null, error: describeError(error, say) });
    }
  }
  return { state, run };
}
