import { browser } from 'wxt/browser';
import type { MessageEntry, MessageFacts } from '../case-work/message-versions';
import { factsOf } from '../case-work/message-versions';
import type { RunOptions, RunRecord, RunResult } from '../case-work/runs';
import { captureViewport, measureAndCrop } from '../capture/screenshot';
import { callInPage } from '../capture/in-page-call';
import { fetchPostMedia } from '../capture/media';
import { hasPageCapture, saveMhtml } from '../capture/snapshot';
import { assertCapturable, explainBrowserError } from '../capture/page-access';
import { DokazError, IntegrityError, TabGoneError } from '../errors';
import type { ChatView, ChatViewMessage } from '../evidence/page-answer';
import { validateChatView } from '../evidence/page-answer';
import type { ChatScroll } from '../extract/protocol';
import { text } from '../i18n/translate';
import type { Store } from '../store';
import { createRunFiles, messageRecord, type RunFile } from './message-record';
import { createRunState, StopRun, type RunControl } from './run-state';
import { notFoundIn } from './not-found';

/** How a run is started: the test API's and the side panel's tab. */
export interface RunTab {
  id?: number;
  windowId?: number;
  url?: string;
}

export type { RunResult };

/** How long a run waits at an end of the loaded history for the page to bring more, before it calls it the end. */
const END_WAIT_MS = 2_500;
const POLL_MS = 250;
/** How many screens a message may wait to come whole into view before it counts as failed. */
const MAX_WAITS = 6;
/** How many screens a run scrolls to find the message it starts from. */
const MAX_SEEK = 400;

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
    const windowId = found.windowId;
    if (byTab.has(tabId)) throw new DokazError(text('error.runGoing'));
    const current = await browser.tabs.get(tabId);
    assertCapturable(current.url);
    const first = await view(tabId, [], false);
    if (!first) throw new DokazError(text('error.noChat'));
    const control = await runs.start(first.page.url, normalised(options), now());
    byTab.set(tabId, control.run.id);
    const ended = (async () => {
      try {
        await walk(control, { tabId, windowId, url: current.url ?? first.page.url });
        control.finish('done');
      } catch (error) {
        if (error instanceof StopRun) control.finish(error.state);
        else if (error instanceof TabGoneError || !(await tabExists(tabId))) control.finish('interrupted');
        else {
          control.finish('interrupted');
          await runs.end(control, now());
          throw error instanceof IntegrityError ? error : explainBrowserError(error, current.url);
        }
      } finally {
        byTab.delete(tabId);
      }
      await runs.end(control, now());
      return runs.result(control.run);
    })();
    return { runId: control.run.id, ended };
  }

  /** The run through the chat the tab shows; resolves when it ends (the test API's, as the issue names it). */
  async function documentChat(tab: RunTab | number | string, options: RunOptions): Promise<RunResult> {
    return (await startRun(tab, options)).ended;
  }

  async function walk(control: RunControl, tab: { tabId: number; windowId: number; url: string }) {
    const { run } = control;
    const files = createRunFiles();
    const handled = new Set<number>();
    /** Every message id the page showed during the run, and which two it showed next to each other. */
    const present = new Set<number>();
    const adjacent = new Set<string>();
    let known: Map<number, MessageEntry> | null = null;
    const unlocked = !(await store.isLocked());
    if (unlocked) await store.indexMessages();
    const older = run.options.direction === 'older';
    const from = run.options.fromMessageId;

    const look = async (): Promise<ChatView> => {
      await control.checkpoint();
      const seen = await view(tab.tabId, [...handled], !hasPageCapture);
      if (!seen) throw new StopRun('interrupted');
      if (seen.page.url !== tab.url) throw new StopRun('interrupted'); // another chat, or another page
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

    if (from !== null) await seek(tab.tabId, from, look);
    else if (older) await toNewest(tab.tabId, look);

    /** How many screens each message to document has waited to come whole into view. */
    const waiting = new Map<number, number>();
    let still = 0;
    for (;;) {
      let seen = await look();
      // Every message the page holds is read: one unchanged since it was documented needs no screenshot, so it is
      // counted wherever it is; one to document waits until it is whole on screen.
      const fresh = seen.messages.filter(
        (m): m is ChatViewMessage & { messageId: number } => m.messageId !== null && !handled.has(m.messageId),
      );
      const inRange = fresh.filter((m) => from === null || (older ? m.messageId <= from : m.messageId >= from));
      for (const m of fresh) if (!inRange.includes(m)) handled.add(m.messageId);
      if (inRange.length) {
        still = 0;
        const chatKey = await chatOf(run, inRange);
        if (unlocked && chatKey && !known) known = await store.chatMessages(chatKey);
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
          if (classified === 'unchanged') handled.add(message.messageId);
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
          // The tab must be the one on screen: a screenshot shows whatever tab is. Hidden, the run waits.
          seen = await onScreen(control, tab, seen, look);
          const shot = await steadyScreenshot(tab, seen, files);
          for (const item of todo) {
            const now = seen.messages.find((m) => m.messageId === item.message.messageId);
            if (!now?.whole) continue; // moved off the screen meanwhile: the next screen has it
            await documentMessage(
              control,
              tab,
              seen,
              { ...item, message: { ...item.message, rect: now.rect } },
              shot,
              files,
              known,
            );
            handled.add(item.message.messageId);
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
      still += 1;
      if (still >= 1) break;
    }
    control.run.stoppedAt = control.lastPassed;
    if (known && run.chatKey) {
      for (const entry of notFoundIn(known, present, adjacent)) {
        const details = {
          runId: run.id,
          chatKey: run.chatKey,
          chatPeerId: run.chatPeerId,
          messageId: entry.entry.messageId,
          before: entry.before,
          after: entry.after,
        };
        await store.recordNotFound(entry.entry, details, now().toISOString());
        run.notFound.push({ chatPeerId: run.chatPeerId, messageId: entry.entry.messageId });
      }
    }
  }

  /**
   * What a message is to the run: past the date it stops at, unchanged since it was documented (counted now), or to
   * be documented (new, or a new version of the capture it follows). Its counters are the run's observations.
   */
  async function classify(
    control: RunControl,
    message: ChatViewMessage & { messageId: number },
    known: Map<number, MessageEntry> | null,
  ): Promise<Classified | 'unchanged' | 'past-until'> {
    const { run } = control;
    const post = message.post!;
    // A message no site's extractor reads (a service message) is known by where the run found it.
    const place = run.chatKey ? { chatKey: run.chatKey, messageId: message.messageId } : null;
    const facts = await factsOf(post, place);
    const until = run.options.until;
    if (until && facts?.date) {
      const past = run.options.direction === 'older' ? facts.date < until : facts.date > until;
      if (past) return 'past-until';
    }
    if (facts)
      run.observations.push({ messageId: message.messageId, at: now().toISOString(), counters: facts.counters });
    const entry = facts ? known?.get(facts.messageId) : undefined;
    const previous = entry?.versions.at(-1);
    if (previous && facts && previous.fingerprint === facts.fingerprint) {
      control.unchanged(message.messageId);
      return 'unchanged';
    }
    return { message, facts, entry, place };
  }

  /** The run's capture of one message; a failure is recorded and the run goes on. */
  async function documentMessage(
    control: RunControl,
    tab: { tabId: number; windowId: number },
    seen: ChatView,
    { message, facts, entry, place }: Classified,
    shot: Shot,
    files: ReturnType<typeof createRunFiles>,
    known: Map<number, MessageEntry> | null,
  ): Promise<void> {
    const { run } = control;
    const post = message.post!;
    const previous = entry?.versions.at(-1);
    const capturedAt = now();
    try {
      const [crop, media, browserWindow, actor] = await Promise.all([
        cropOf(shot, message.rect, seen.viewport.width, files),
        fetchPostMedia(tab.tabId, 0, seen.page.url, post.media),
        browser.windows.get(tab.windowId).catch(() => null),
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
      if (error instanceof TabGoneError || !(await tabExists(tab.tabId)))
        throw new TabGoneError(text('error.frameGone'));
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
    runInTab: async (tabId: number) => byTab.get(tabId) ?? null,
    /** The message the last right-click in the tab was on (the menu's "Document this chat…"), or null. */
    clickedMessage: async (tabId: number) => {
      const id = await callInPage(tabId, 0, 'clickedMessage', []).catch(() => null);
      return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
    },
    getRun: runs.get,
    pauseRun: runs.pause,
    resumeRun: runs.resume,
    stopRun: runs.stop,
    /** At the background's start: a run the browser's closing cut short is ended as interrupted, with what it did. */
    endInterrupted: () => runs.endInterrupted(now()),
  };
}

/** A message the run documents: what it is, and the entry of its earlier versions. */
interface Classified {
  message: ChatViewMessage & { messageId: number };
  facts: MessageFacts | null;
  entry: MessageEntry | undefined;
  place: { chatKey: string; messageId: number } | null;
}

interface Shot {
  png: Blob;
  viewport: RunFile & { width: number; height: number };
  snapshot: Promise<(RunFile & { kind: 'page-mhtml' | 'page-html' }) | null>;
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

/**
 * The message the run has passed up to: going older, the oldest of the newest messages the page holds that the run
 * has all handled (going newer, the newest of the oldest); -Infinity/Infinity when it has handled none of them.
 */
function passedEdge(seen: ChatView, handled: ReadonlySet<number>, older: boolean): number {
  const shown = allIds(seen);
  const fromEnd = older ? [...shown].sort((a, b) => b - a) : [...shown].sort((a, b) => a - b);
  let edge = older ? -Infinity : Infinity;
  for (const id of fromEnd) {
    if (!handled.has(id)) break;
    edge = id;
  }
  return edge;
}

/** The ids of the messages on screen (or only those whole on it). */
function ids(seen: ChatView, whole = false): number[] {
  return seen.messages.flatMap((m) => (m.messageId === null || !m.rect || (whole && !m.whole) ? [] : [m.messageId]));
}

async function view(tabId: number, skip: number[], dom: boolean): Promise<ChatView | null> {
  const answer = await callInPage(tabId, 0, 'chatView', [{ now: new Date().toISOString(), skip, dom }]);
  return validateChatView(answer);
}

async function scroll(tabId: number, to: ChatScroll): Promise<boolean> {
  const answer = (await callInPage(tabId, 0, 'scrollChat', [to])) as { moved?: unknown } | null;
  return answer?.moved === true;
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

/** Scrolls towards the message the run starts from until the page shows it. */
async function seek(tabId: number, from: number, look: () => Promise<ChatView>): Promise<void> {
  for (let i = 0; i < MAX_SEEK; i++) {
    const seen = await look();
    const shown = ids(seen);
    if (shown.includes(from) || shown.length === 0) return;
    const older = Math.min(...shown) > from;
    const anchor = older ? Math.min(...shown) : Math.max(...shown);
    if (!(await scroll(tabId, { to: older ? 'older' : 'newer', anchor }))) {
      if (!(await waitForMore(tabId, older, anchor, look))) return;
    }
  }
}

/**
 * Scrolls to the chat's newest message: to the end of what the page holds, again while the page brings newer ones (a
 * virtualised client that shows an older part of the history loads the newer slices as its end comes into view).
 */
async function toNewest(tabId: number, look: () => Promise<ChatView>): Promise<void> {
  let newest = -Infinity;
  for (let i = 0; i < MAX_SEEK; i++) {
    const before = await look();
    // Already at the end of the history, as a chat opens: that is its newest message.
    if (i === 0 && before.scroll.top >= before.scroll.max - 1) return;
    await scroll(tabId, { to: 'newest' });
    const shown = allIds(await look());
    const last = shown.length ? Math.max(...shown) : -Infinity;
    if (last > newest) {
      newest = last;
      continue;
    }
    const until = Date.now() + END_WAIT_MS;
    let more = false;
    while (!more && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const seen = await look();
      more = allIds(seen).some((id) => id > newest) || seen.scroll.top < seen.scroll.max - 1;
    }
    if (!more) return;
  }
}

/** Waits a little for the page to load more history past `edge`; true when it did (and the view can move on). */
async function waitForMore(
  tabId: number,
  older: boolean,
  edge: number,
  look: () => Promise<ChatView>,
): Promise<boolean> {
  const until = Date.now() + END_WAIT_MS;
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const seen = await look();
    const beyond = ids(seen).some((id) => (older ? id < edge : id > edge));
    const { top, max } = seen.scroll;
    const canMove = older ? top > 1 : top < max - 1;
    if (beyond || canMove) {
      if (await scroll(tabId, { to: older ? 'older' : 'newer', anchor: Number.isFinite(edge) ? edge : null }))
        return true;
      if (beyond) return true;
    }
  }
  return false;
}

/** The view again once the chat's tab is the one on screen; meanwhile the run is paused (never failed). */
async function onScreen(
  control: RunControl,
  tab: { tabId: number; windowId: number },
  seen: ChatView,
  look: () => Promise<ChatView>,
): Promise<ChatView> {
  let current = seen;
  for (;;) {
    const [info, win] = await Promise.all([
      browser.tabs.get(tab.tabId),
      browser.windows.get(tab.windowId).catch(() => null),
    ]);
    if (info.active && current.visible && win?.state !== 'minimized') {
      control.shown();
      return current;
    }
    control.hidden();
    await new Promise((resolve) => setTimeout(resolve, 500));
    current = await look();
  }
}

/**
 * The screenshot of the view, taken again when the page moved meanwhile (a client scrolls to a message that has just
 * come): each crop must show its message where the view saw it.
 */
async function steadyScreenshot(
  tab: { tabId: number; windowId: number },
  seen: ChatView,
  files: ReturnType<typeof createRunFiles>,
): Promise<Shot> {
  const rectIn = (v: ChatView, id: number | null) =>
    JSON.stringify(v.messages.find((m) => m.messageId === id)?.rect ?? null);
  let shot = await screenshotOf(tab, seen, files);
  for (let attempt = 0; attempt < 3; attempt++) {
    const after = await view(tab.tabId, allIds(seen), false);
    if (!after || seen.messages.every((m) => rectIn(after, m.messageId) === JSON.stringify(m.rect))) return shot;
    seen.messages = seen.messages.map((m) => ({
      ...m,
      rect: after.messages.find((a) => a.messageId === m.messageId)?.rect ?? null,
    }));
    shot = await screenshotOf(tab, seen, files);
  }
  return shot;
}

function allIds(seen: ChatView): number[] {
  return seen.messages.flatMap((m) => (m.messageId === null ? [] : [m.messageId]));
}

async function screenshotOf(
  tab: { tabId: number; windowId: number },
  seen: ChatView,
  files: ReturnType<typeof createRunFiles>,
): Promise<Shot> {
  const png = await captureViewport(tab.windowId);
  const snapshot = (async () => {
    if (hasPageCapture) {
      const mhtml = await saveMhtml(tab.tabId).catch(() => null);
      return mhtml ? { ...(await files.file(mhtml)), kind: 'page-mhtml' as const } : null;
    }
    if (seen.dom === null) return null;
    const html = new Blob([seen.dom], { type: 'text/html' });
    return { ...(await files.file(html)), kind: 'page-html' as const };
  })();
  const measured = await measureAndCrop(png, null, seen.viewport.width);
  return {
    png,
    viewport: { ...(await files.file(png)), width: measured.width, height: measured.height },
    snapshot,
  };
}

async function cropOf(
  shot: Shot,
  rect: ChatViewMessage['rect'],
  viewportWidth: number,
  files: ReturnType<typeof createRunFiles>,
): Promise<(RunFile & { width: number; height: number }) | null> {
  const { crop } = await measureAndCrop(shot.png, rect, viewportWidth);
  return crop ? { ...(await files.file(crop.blob)), width: crop.width, height: crop.height } : null;
}

/** Whether the run's tab is still there: a run whose tab (or window) was closed is interrupted, never failed. */
function tabExists(tabId: number): Promise<boolean> {
  return browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );
}
