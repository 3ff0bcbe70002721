import type { ComponentChildren } from 'preact';
import { currentName } from '../utils/case-work/catalogue';
import type { AccountEntry, ChatEntry, SearchDoc } from '../utils/case-work/types';
import { CatalogueEditForm, type CataloguePatch } from './CatalogueEditForm';
import { CatalogueNav, chatTypeLabel } from './CatalogueTable';
import { Fact, Missing, WebAddress } from './Facts';
import { useI18n } from './i18n';
import { MemberCounts, SeenHistory, When } from './SeenHistory';
import { entryAddress, listAddress } from '@/utils/page/address';

/** A group or account named by its key, as the other entry's page links to it. */
export interface EntryLink {
  key: string;
  name: string;
}

type SaveEntry = (patch: CataloguePatch) => Promise<string | null>;

interface GroupDetailProps {
  group: ChatEntry;
  /** The accounts whose captures were in this group. */
  accounts: readonly EntryLink[];
  onSave: SaveEntry;
}

/** One group or channel: everything the captures saw of it over time, and what the person noted. */
export function GroupDetail({ group, accounts, onSave }: GroupDetailProps) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const name = currentName(group.titles, group.usernames, group.key);
  const last = group.memberCounts.at(-1);
  return (
    <EntryPage kind="group" name={name} entryKey={group.key}>
      <section aria-labelledby="entry-details">
        <h2 id="entry-details">{t('catalogue.detailsHeading')}</h2>
        <dl class="facts">
          <Fact label={t('catalogue.col.type')}>{group.type ? chatTypeLabel(group.type, i18n) : <Missing />}</Fact>
          <Fact label={t('catalogue.col.members')}>
            {last ? last.count === null ? last.text : number(last.count) : <Missing />}
            {last ? (
              <span class="sub">
                <When iso={last.at} />
              </span>
            ) : null}
          </Fact>
          <Fact label={t('catalogue.col.status')}>{t(`catalogue.status.${group.status}`)}</Fact>
          <Fact label={t('catalogue.link')}>
            <WebAddress url={group.link} />
          </Fact>
          <Fact label={t('catalogue.peerId')}>
            {group.peerId === null ? <Missing text={t('fact.unknown')} /> : <code>{group.peerId}</code>}
          </Fact>
          <Fact label={t('catalogue.col.captures')}>
            <CapturesLink
              count={group.captureIds.length}
              href={listAddress(`group=${encodeURIComponent(group.key)}`)}
            />
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="entry-titles">
        <h2 id="entry-titles">{t('catalogue.titlesHeading')}</h2>
        <SeenHistory items={group.titles} valueLabel={t('catalogue.col.title')} label={t('catalogue.titlesHeading')} />
      </section>
      <Usernames items={group.usernames} />
      <section aria-labelledby="entry-members">
        <h2 id="entry-members">{t('catalogue.membersHeading')}</h2>
        <MemberCounts counts={group.memberCounts} label={t('catalogue.membersHeading')} />
      </section>
      <section aria-labelledby="entry-accounts">
        <h2 id="entry-accounts">{t('catalogue.accountsInGroup')}</h2>
        <EntryLinks kind="account" links={accounts} empty={t('catalogue.noAccountsInGroup')} />
      </section>
      <EditSection entry={group} onSave={onSave} />
    </EntryPage>
  );
}

interface AccountDetailProps {
  account: AccountEntry;
  /** The groups it was seen in, by their current names. */
  groups: readonly EntryLink[];
  /** Its captures, newest first (perhaps only the newest of them). */
  captures: readonly SearchDoc[];
  /** How many captures it has in all. */
  totalCaptures: number;
  onSave: SaveEntry;
}

/** One account: its names and usernames over time, the groups it was seen in, and its captures across all of them. */
export function AccountDetail({ account, groups, captures, totalCaptures, onSave }: AccountDetailProps) {
  const { t } = useI18n();
  const name = currentName(account.names, account.usernames, account.key);
  const capturesHref = listAddress(`account=${encodeURIComponent(account.key)}`);
  return (
    <EntryPage kind="account" name={name} entryKey={account.key}>
      <section aria-labelledby="entry-details">
        <h2 id="entry-details">{t('catalogue.detailsHeading')}</h2>
        <dl class="facts">
          <Fact label={t('catalogue.col.status')}>{t(`catalogue.status.${account.status}`)}</Fact>
          <Fact label={t('catalogue.peerId')}>
            {account.peerId === null ? <Missing text={t('fact.unknown')} /> : <code>{account.peerId}</code>}
          </Fact>
          <Fact label={t('catalogue.col.captures')}>
            <CapturesLink count={account.captureIds.length} href={capturesHref} />
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="entry-names">
        <h2 id="entry-names">{t('catalogue.namesHeading')}</h2>
        <SeenHistory items={account.names} valueLabel={t('catalogue.col.name')} label={t('catalogue.namesHeading')} />
      </section>
      <Usernames items={account.usernames} />
      <section aria-labelledby="entry-groups">
        <h2 id="entry-groups">{t('catalogue.groupsOfAccount')}</h2>
        <EntryLinks kind="group" links={groups} empty={t('catalogue.noGroupsOfAccount')} />
      </section>
      <section aria-labelledby="entry-captures">
        <h2 id="entry-captures">{t('catalogue.accountCaptures')}</h2>
        <AccountCaptures captures={captures} />
        {captures.length < totalCaptures ? (
          <p class="hint">
            {t('catalogue.accountCapturesMore', { shown: captures.length, total: totalCaptures })}{' '}
            <a href={capturesHref}>{t('catalogue.showCaptures')}</a>
          </p>
        ) : null}
      </section>
      <EditSection entry={account} onSave={onSave} />
    </EntryPage>
  );
}

/** An entry that is not (or no longer) in the catalogue. */
export function EntryNotFound({ kind }: { kind: 'group' | 'account' }) {
  const { t } = useI18n();
  return (
    <div class="page-state">
      <h1 tabIndex={-1}>{t(kind === 'group' ? 'catalogue.groupNotFound' : 'catalogue.accountNotFound')}</h1>
      <p>{t('catalogue.notFoundText')}</p>
      <p>
        <BackLink kind={kind} />
      </p>
    </div>
  );
}

function EntryPage({
  kind,
  name,
  entryKey,
  children,
}: {
  kind: 'group' | 'account';
  name: string;
  entryKey: string;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <article class="catalogue-entry" aria-labelledby="entry-heading" data-testid={`${kind}-detail`}>
      <CatalogueNav current={null} />
      <p class="back">
        <BackLink kind={kind} />
      </p>
      <h1 id="entry-heading" tabIndex={-1}>
        {name}
      </h1>
      <p class="lede">
        {t(kind === 'group' ? 'title.group' : 'title.account')} · {t('catalogue.key')}: <code>{entryKey}</code>
      </p>
      {children}
    </article>
  );
}

function BackLink({ kind }: { kind: 'group' | 'account' }) {
  const { t } = useI18n();
  return kind === 'group' ? (
    <a href="#/groups">{t('catalogue.backToGroups')}</a>
  ) : (
    <a href="#/accounts">{t('catalogue.backToAccounts')}</a>
  );
}

function CapturesLink({ count, href }: { count: number; href: string }) {
  const { t } = useI18n();
  return (
    <>
      {t('catalogue.captureCount', { count })}
      {count > 0 ? (
        <>
          {' · '}
          <a href={href} data-testid="show-captures">
            {t('catalogue.showCaptures')}
          </a>
        </>
      ) : null}
    </>
  );
}

function Usernames({ items }: { items: ChatEntry['usernames'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="entry-usernames">
      <h2 id="entry-usernames">{t('catalogue.usernamesHeading')}</h2>
      <SeenHistory
        items={items}
        valueLabel={t('catalogue.col.username')}
        label={t('catalogue.usernamesHeading')}
        prefix="@"
      />
    </section>
  );
}

function EntryLinks({ kind, links, empty }: { kind: 'group' | 'account'; links: readonly EntryLink[]; empty: string }) {
  if (links.length === 0) return <p class="missing">{empty}</p>;
  return (
    <ul class="entry-links" data-testid={`${kind}-links`}>
      {links.map((link) => (
        <li key={link.key}>
          <a href={entryAddress(kind, link.key)}>{link.name}</a>
        </li>
      ))}
    </ul>
  );
}

function AccountCaptures({ captures }: { captures: readonly SearchDoc[] }) {
  const { t } = useI18n();
  if (captures.length === 0) return <p class="missing">{t('catalogue.noneSeen')}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={t('catalogue.accountCaptures')} tabIndex={0}>
      <table class="account-captures" data-testid="account-captures">
        <thead>
          <tr>
            <th scope="col">{t('catalogue.col.capturedAt')}</th>
            <th scope="col">{t('catalogue.col.group')}</th>
            <th scope="col">{t('catalogue.col.text')}</th>
          </tr>
        </thead>
        <tbody>
          {captures.map((doc) => (
            <tr key={doc.captureId} data-testid="account-capture" data-capture-id={doc.captureId}>
              <th scope="row">
                <a href={`#/capture/${encodeURIComponent(doc.captureId)}`}>
                  <When iso={doc.capturedAt} />
                </a>
              </th>
              <td>{doc.show.chat ?? <Missing text={t('fact.unknown')} />}</td>
              <td>
                <div class="excerpt">{doc.show.excerpt || <Missing text={t('catalogue.noText')} />}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EditSection({ entry, onSave }: { entry: ChatEntry | AccountEntry; onSave: SaveEntry }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="entry-edit">
      <h2 id="entry-edit">{t('catalogue.editHeading')}</h2>
      <p class="hint">{t('catalogue.editIntro')}</p>
      <CatalogueEditForm id="catalogue-form" status={entry.status} note={entry.note} onSave={onSave} />
    </section>
  );
}
