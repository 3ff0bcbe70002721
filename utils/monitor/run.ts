import { browser } from 'wxt/browser';
import type { MessageEntry, MessageFacts } from '../case-work/message-versions';
import { factsOf } from '../case-work/message-versions';
import type { RunOptions, RunRecord, RunResult } from '../case-work/runs';
import { fetchPostMedia } from '../capture/media';
import { assertCapturable, explainBrowserError } from '../capture/page-access';
import { DokazError, IntegrityError, TabGoneError } from '../errors';
import type { ChatView, ChatViewMessage } from '../evidence/page-answer';
import { text } from '../i18n/translate';
import { chatWalkerFor } from '../sites';
import type { Store } from '../store';
import { createRunFiles, messageRecord, type RunFiles } from './message-record';
import { createFindings } from './findings';
import { createRunState, StopRun, type RunControl } from './run-state';
import {
  clickedMessage,
  cropOf,
  onScreen,
  passedEdge,
  scroll,
  seek,
  takeShot,
  toNewest,
  view,
  waitForMore,
  type RunPlace,
  type Shot,
} from './screen';

/** How a run is started: the test API's and the side panel's tab. */
export interface RunTab {
  id?: number;
  windowId?: number;
  url?: string;
}

export type { RunResult };

/** How many screens a message may wait to come whole into view before it counts as failed. */
const MAX_WAITS = 6;
/** Screens in a row that bring a run nothing new before it ends as interrupted (a page that holds it in place). */
const MAX_IDLE = 40;

/**
 * Monitor mode: a run through a whole chat (docs/ARCHITECTURE.md, "Runs"). Dokaz scrolls the client's own scroller
 * one screen at a time; each screen is one screenshot, and each message on it not documented before, or changed
 * since, becomes a capture of its own with its crop from that screenshot, its media, and the run. A message that is
 * unchanged is counted; one that is gone from between its neighbours is a `not-found` observation.
 */
export function createMonitor(store: Store, now: () => Date = () => new Date()) {
  const runs = createRunState(store);

  /** Which run goes on in which tab: one at a time in a tab, and the side panel finds it again when reopened. */
  const byTab = new Map<number, string>();
  /** Every going run's end, for stopAll. */
  const going = new Set<Promise<RunResult>>();
  const findings = createFindings(store, now);

  /**
   * Starts the run through the chat the tab shows (a tab, its id, or the address it shows): resolves, once it has
   * begun, to its id and what resolves when it ends. The side panel shows its progress (getRun) as it goes.
   */
  async function startRun(
    tab: RunTab | number | string,
    options: RunOptions,
  ): Promise<{ runId: string; ended: Promise<RunResult> }> {
    const found = await tabOf(tab);
    if (found?.id === undefined || found.windowId === undefined) throw new DokazError(text('error.noTab'));
    const tabId = found.id;
    if (byTab.has(tabId)) throw new DokazError(text('error.runGoing'));
    // Held from here: a second start in the same tab, however close, is refused.
    byTab.set(tabId, '');
    let control: RunControl;
    let current: RunTab;
    try {
      current = await browser.tabs.get(tabId);
      assertCapturable(current.url);
      const first = await view(tabId, [], false);
      if (!first) throw new DokazError(text('error.noChat'));
      control = await runs.start(first.page.url, normalised(options), now());
    } catch (error) {
      byTab.delete(tabId);
      throw error;
    }
    byTab.set(tabId, control.run.id);
    const url = current.url ?? control.run.pageUrl;
    const ended = (async () => {
      try {
        await walk(control, { tabId, url, wholeHistory: isWholeHistory(url) });
        control.finish('done');
      } catch (error) {
        if (error instanceof StopRun) control.finish(error.state);
        else if (error instanceof TabGoneError || !(await tabExists(tabId))) control.finish('interrupted');
        else {
          control.finish('interrupted');
          await runs.end(control, now());
          throw error instanceof IntegrityError ? error : explainBrowserError(error, url);
        }
      } finally {
        byTab.delete(tabId);
      }
      await runs.end(control, now());
      return runs.result(control.run);
    })();
    going.add(ended);
    void ended.catch(() => undefined).finally(() => going.delete(ended));
    return { runId: control.run.id, ended };
  }

  /** The run through the chat the tab shows; resolves when it ends (the test API's, as the issue names it). */
  async function documentChat(tab: RunTab | number | string, options: RunOptions): Promise<RunResult> {
    return (await startRun(tab, options)).ended;
  }

  async function walk(control: RunControl, tab: RunPlace) {
    const { run } = control;
    const files = createRunFiles();
    const handled = new Set<number>();
    /** Every message id the page showed during the run, and which two it showed next to each other. */
    const present = new Set<number>();
    const adjacent = new Set<string>();
    let known: Map<number, MessageEntry> | null = null;
    const unlocked = !(await store.isLocked());
    if (unlocked) await store.indexMessages();

    const look = async (): Promise<ChatView> => {
      await control.checkpoint();
      const seen = await view(tab.tabId, [...handled], false);
      if (!seen) throw new StopRun('interrupted');
      if (seen.page.url !== tab.url) throw new StopRun('interrupted'); // another chat, or another page
      // An id the page shows twice names no message: neither is read, and neither stands beside another.
      const counts = new Map<number, number>();
      for (const m of seen.messages)
        if (m.messageId !== null) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
      seen.messages = seen.messages.map((m) =>
        m.messageId !== null && counts.get(m.messageId)! > 1 ? { ...m, messageId: null, post: null } : m,
      );
      const ids = seen.messages.map((m) => m.messageId);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id === null || id === undefined) continue;
        present.add(id);
        const next = ids[i + 1];
        if (next !== null && next !== undefined) adjacent.add(`${id}:${next}`);
      }
      return seen;
    };

    try {
      await pass(control, tab, { look, handled, files, known: () => known, setKnown: (k) => (known = k), unlocked });
    } finally {
      control.run.stoppedAt = control.lastPassed;
      // However the run ended, what it saw is evidence: the messages it no longer found are recorded now, or, made
      // while locked (it could read nothing documented before), worked out at the unlock from what it saw.
      if (known && run.chatKey && tab.wholeHistory) await findings.recordNotFound(run, known, present, adjacent);
      if (!unlocked) run.sight = { wholeHistory: tab.wholeHistory, present: [...present], adjacent: [...adjacent] };
    }
  }

  /** The run's pass through the chat, screen by screen, until an end, its limit or date, or a stop. */
  async function pass(
    control: RunControl,
    tab: RunPlace,
    ctx: {
      look: () => Promise<ChatView>;
      handled: Set<number>;
      files: RunFiles;
      known: () => Map<number, MessageEntry> | null;
      setKnown: (known: Map<number, MessageEntry>) => void;
      unlocked: boolean;
    },
  ) {
    const { run } = control;
    const { look, handled, files } = ctx;
    const older = run.options.direction === 'older';
    const from = run.options.fromMessageId;
    if (from !== null) await seek(tab.tabId, from, look);
    else if (older) await toNewest(tab.tabId, look);

    /** How many screens each message to document has waited to come whole into view. */
    const waiting = new Map<number, number>();
    /** Screens in a row that brought the run nothing new: a page that never lets it progress ends it. */
    let idle = 0;
    let progress = -1;
    for (;;) {
      let seen = await look();
      const now = handled.size + seen.messages.length;
      idle = now === progress ? idle + 1 : 0;
      progress = Math.max(progress, now);
      if (idle > MAX_IDLE) throw new StopRun('interrupted');
      // Every message the page holds is read: one unchanged since it was documented needs no screenshot, so it is
      // counted wherever it is; one to document waits until it is whole on screen.
      const fresh = seen.messages.filter(
        (m): m is ChatViewMessage & { messageId: number } => m.messageId !== null && !handled.has(m.messageId),
      );
      const inRange = fresh.filter((m) => from === null || (older ? m.messageId <= from : m.messageId >= from));
      for (const m of fresh) if (!inRange.includes(m)) handled.add(m.messageId);
      if (inRange.length) {
        const chatKey = await chatOf(run, inRange);
        if (ctx.unlocked && chatKey && !ctx.known()) ctx.setKnown(await store.chatMessages(chatKey));
        const known = ctx.known();
        for (const m of inRange.filter((m) => m.post === null && m.whole)) {
          control.failed(m.messageId, new DokazError(text('error.messageUnread')).message);
          handled.add(m.messageId);
        }
        // In the run's order; it stops at the first message to document that is not whole on screen yet.
        const ordered = inRange
          .filter((m) => m.post !== null)
          .sort((a, b) => (older ? b.messageId - a.messageId : a.messageId - b.messageId));
        const todo: Classified[] = [];
        let pastUntil = false;
        for (const message of ordered) {
          if (control.limitReached()) break;
          const classified = await classify(control, message, known);
          if (classified === 'past-until') {
            pastUntil = true;
            break;
          }
          if (classified === 'failed') handled.add(message.messageId);
          else if (classified === 'unchanged') handled.add(message.messageId);
          else if (message.whole) todo.push(classified);
          else {
            // A message the page never lets come whole on screen (hidden, or moving away) is a failure, not a loop.
            const waits = (waiting.get(message.messageId) ?? 0) + 1;
            waiting.set(message.messageId, waits);
            if (waits < MAX_WAITS) break;
            control.failed(message.messageId, new DokazError(text('error.messageUnread')).message);
            handled.add(message.messageId);
          }
        }
        if (todo.length) {
          // The tab must be the one on screen: a screenshot shows whatever tab is. Hidden, the run waits; and what
          // the page shows after the wait is read again.
          const screen = await onScreen(control, tab, seen, look);
          if (screen.waited) continue;
          seen = screen.seen;
          const shot = await takeShot(tab, screen.windowId, seen, files);
          if (!shot) continue; // the page moved, or the tab went: look again
          try {
            for (const item of todo) {
              await documentMessage(control, tab.tabId, screen.windowId, seen, item, shot, files, known);
              handled.add(item.message.messageId);
            }
          } finally {
            shot.bitmap.close();
          }
        }
        if (pastUntil) throw new StopRun('done');
        await runs.save(control);
        if (control.limitReached()) throw new StopRun('done');
      }
      // The last of the messages the run has passed, from where it began: it ends at the far edge of the screen,
      // so that the first one still to pass comes whole into view (a screen or many further, when those between
      // were unchanged).
      const edge = passedEdge(seen, handled, older);
      const moved = await scroll(tab.tabId, {
        to: older ? 'older' : 'newer',
        anchor: Number.isFinite(edge) ? edge : null,
      });
      if (moved) continue;
      // At the end of what the page holds: a client loads more after a moment, or this is the chat's end.
      if (await waitForMore(tab.tabId, older, edge, look)) continue;
      return;
    }
  }

  /** The documented messages the run passed the place of and no longer found, each a `not-found` event. */
  /**
   * What a message is to the run: past the date it stops at, unchanged since it was documented (counted now), or to
   * be documented (new, or a new version of the capture it follows). Its counters are the run's observations.
   */
  async function classify(
    control: RunControl,
    message: ChatViewMessage & { messageId: number },
    known: Map<number, MessageEntry> | null,
  ): Promise<Classified | 'unchanged' | 'failed' | 'past-until'> {
    const { run } = control;
    const post = message.post!;
    // A message no site's extractor reads (a service message) is known by where the run found it.
    const place = run.chatKey ? { chatKey: run.chatKey, messageId: message.messageId } : null;
    const facts = await factsOf(post, place);
    // What the list calls it and what its post says must agree, in this run's chat: else it is no message of it.
    if (facts && (facts.messageId !== message.messageId || facts.chatKey !== run.chatKey)) {
      control.failed(message.messageId, new DokazError(text('error.messageUnread')).message);
      return 'failed';
    }
    const until = run.options.until;
    if (until && facts?.date) {
      const past = run.options.direction === 'older' ? facts.date < until : facts.date > until;
      if (past) return 'past-until';
    }
    const entry = facts ? known?.get(facts.messageId) : undefined;
    const previous = entry?.versions.at(-1);
    if (previous && facts && previous.fingerprint === facts.fingerprint) {
      run.observations.push({ messageId: message.messageId, at: now().toISOString(), counters: facts.counters });
      control.unchanged(message.messageId);
      return 'unchanged';
    }
    return { message, facts, entry, place };
  }

  /** The run's capture of one message; a failure is recorded and the run goes on. */
  async function documentMessage(
    control: RunControl,
    tabId: number,
    windowId: number,
    seen: ChatView,
    { message, facts, entry, place }: Classified,
    shot: Shot,
    files: RunFiles,
    known: Map<number, MessageEntry> | null,
  ): Promise<void> {
    const { run } = control;
    const post = message.post!;
    const previous = entry?.versions.at(-1);
    const capturedAt = now();
    if (facts)
      run.observations.push({ messageId: message.messageId, at: capturedAt.toISOString(), counters: facts.counters });
    try {
      const [crop, media, browserWindow, actor] = await Promise.all([
        cropOf(shot, message.rect, seen.viewport.width, files),
        fetchPostMedia(tabId, 0, seen.page.url, post.media),
        browser.windows.get(windowId).catch(() => null),
        store.installId(),
      ]);
      const made = await messageRecord(
        {
          runId: run.id,
          capturedAt,
          actor,
          view: seen,
          message: { ...message, post },
          viewport: shot.viewport,
          crop,
          snapshot: await shot.snapshot,
          media,
          window:
            browserWindow?.width && browserWindow.height
              ? { width: browserWindow.width, height: browserWindow.height }
              : null,
          previousCaptureId: previous?.captureId ?? null,
          place,
          notes: [],
        },
        files,
      );
      const stored = await store.saveCapture(made.record, made.data);
      for (const [file, shared] of made.sharedFiles) files.written(file, shared);
      if (facts && known) {
        const versions = [
          ...(entry?.versions ?? []),
          { captureId: stored.id, capturedAt: stored.capturedAt, fingerprint: facts.fingerprint, runId: run.id },
        ];
        known.set(facts.messageId, {
          key: facts.key,
          chatKey: facts.chatKey,
          messageId: facts.messageId,
          versions,
          notFound: entry?.notFound ?? [],
        });
      }
      control.documented(message.messageId, stored.id, previous !== undefined);
    } catch (error) {
      if (error instanceof IntegrityError) throw error;
      if (error instanceof TabGoneError || !(await tabExists(tabId))) throw new TabGoneError(text('error.frameGone'));
      control.failed(message.messageId, error instanceof Error ? error.message : String(error));
    }
  }

  return {
    documentChat,
    /** The side panel's start: the run's id at once; the run goes on in the background. */
    beginRun: async (tab: RunTab | number | string, options: RunOptions) => {
      const { runId, ended } = await startRun(tab, options);
      ended.catch(() => undefined); // its end is in the run's record and the custody log; getRun reads it
      return runId;
    },
    /** The run going on in a tab, if any. */
    runInTab: async (tabId: number) => byTab.get(tabId) || null,
    /** The message the last right-click in the tab was on (the menu's "Document this chat…"), or null. */
    clickedMessage,
    getRun: runs.get,
    pauseRun: runs.pause,
    resumeRun: runs.resume,
    stopRun: runs.stop,
    /**
     * Stops every going run and resolves once each has ended, its record and custody event written: before a wipe
     * (a run must not write into the store that follows it) and at a quick exit (nothing goes on documenting, or
     * comes back on screen, after the person has left).
     */
    stopAll: async () => {
      runs.stopAll();
      await Promise.allSettled([...going]);
    },
    /** At the background's start: a run the browser's closing cut short is ended as interrupted, with what it did. */
    endInterrupted: () => runs.endInterrupted(now()),
    /** At an unlock: what the runs made while locked found, worked out now that Dokaz can read what it documented. */
    settleLocked: findings.settleLocked,
  };
}

/** A message the run documents: what it is, and the entry of its earlier versions. */
interface Classified {
  message: ChatViewMessage & { messageId: number };
  facts: MessageFacts | null;
  entry: MessageEntry | undefined;
  place: { chatKey: string; messageId: number } | null;
}

/** Whether the page at `url` shows a chat's whole history (a run there may claim a message is gone). */
function isWholeHistory(url: string): boolean {
  try {
    const address = new URL(url);
    return chatWalkerFor(address)?.wholeHistory(address) ?? false;
  } catch {
    return false;
  }
}

async function tabOf(tab: RunTab | number | string): Promise<RunTab | undefined> {
  if (typeof tab === 'number') return browser.tabs.get(tab);
  if (typeof tab !== 'string') return tab;
  const tabs = await browser.tabs.query({});
  return tabs.find((t) => t.url === tab) ?? tabs.find((t) => t.url?.split('#')[0] === tab.split('#')[0]);
}

function normalised(options: RunOptions): Required<RunOptions> {
  const direction = options.direction === 'newer' ? 'newer' : 'older';
  const limit = typeof options.limit === 'number' && options.limit > 0 ? Math.floor(options.limit) : null;
  const until =
    typeof options.until === 'string' && !Number.isNaN(Date.parse(options.until))
      ? new Date(options.until).toISOString()
      : null;
  const from =
    typeof options.fromMessageId === 'number' && Number.isSafeInteger(options.fromMessageId)
      ? options.fromMessageId
      : null;
  return { direction, limit, until, fromMessageId: from };
}

/** The chat the run is in, from the first message it reads; its key is the catalogue's. */
async function chatOf(run: RunRecord, messages: ChatViewMessage[]): Promise<string | null> {
  if (run.chatKey) return run.chatKey;
  for (const message of messages) {
    const structured = message.post?.structured;
    const facts = message.post ? await factsOf(message.post) : null;
    if (!facts || structured?.platform !== 'telegram' || structured.kind !== 'message') continue;
    run.chatKey = facts.chatKey;
    run.chatTitle = structured.chat.title;
    run.chatPeerId = structured.chat.peerId;
    return facts.chatKey;
  }
  return null;
}

/** Whether the run's tab is still there: a run whose tab (or window) was closed is interrupted, never failed. */
function tabExists(tabId: number): Promise<boolean> {
  return browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );
}
