import type { RUN_DIRECTIONS, RUN_END_STATES } from '../evidence/manifest';

/**
 * A run through a chat (monitor mode, utils/monitor/) as Dokaz keeps it: what was asked, how far it went, and what
 * it found. Its captures are ordinary captures that name the run (`record.run`); its start and end are custody events.
 */
export type RunDirection = (typeof RUN_DIRECTIONS)[number];
export type RunEndState = (typeof RUN_END_STATES)[number];
export type RunState = 'running' | 'paused' | RunEndState;

export interface RunOptions {
  direction: RunDirection;
  /** Stop after this many messages passed (documented or unchanged). */
  limit?: number | null;
  /** Stop at this date (UTC ISO): older than it going older, newer going newer. */
  until?: string | null;
  /** Start from this message (the right-clicked one); the newest (or the view) when absent. */
  fromMessageId?: number | null;
}

export interface RunRecord {
  id: string;
  pageUrl: string;
  /** The chat, by its catalogue key and title, once the run has read a message of it. */
  chatKey: string | null;
  chatTitle: string | null;
  chatPeerId: number | null;
  options: Required<RunOptions>;
  state: RunState;
  /** Why a run is paused: asked to, or its tab is not the one on screen. */
  pausedBecause: 'asked' | 'hidden' | null;
  startedAt: string;
  endedAt: string | null;
  /** The captures it made: new messages and new versions. */
  captureIds: string[];
  unchanged: number;
  newVersions: number;
  notFound: { chatPeerId: number | null; messageId: number }[];
  failed: { messageId: number; reason: string }[];
  /** Messages passed (documented, unchanged or failed). */
  passed: number;
  /** The last message it passed. */
  stoppedAt: number | null;
  /** Counters that change all the time (views, reactions), as the run saw them: never a new version. */
  observations: { messageId: number; at: string; counters: unknown }[];
  /** Messages per second so far, and the seconds left where the run knows how many remain. */
  rate: number;
  secondsLeft: number | null;
  /**
   * What a run made while Dokaz was locked saw of the chat, for the unlock to work out what it could not then: which
   * of its captures were unchanged or new versions, and which messages documented before it no longer found. Null
   * once worked out, and for a run made unlocked; absent from runs kept before it.
   */
  sight?: RunSight | null;
}

/** The message ids a run saw, and which two the page showed side by side (`"<older>:<newer>"`). */
export interface RunSight {
  /** Whether the page showed the chat's whole history (a claim that a message is gone needs it). */
  wholeHistory: boolean;
  present: number[];
  adjacent: string[];
}

/** What `documentChat` resolves to, and `getRun` gives as the run goes (the stable shape, and more). */
export type RunResult = { runId: string } & Pick<
  RunRecord,
  | 'state'
  | 'captureIds'
  | 'unchanged'
  | 'newVersions'
  | 'notFound'
  | 'failed'
  | 'passed'
  | 'rate'
  | 'secondsLeft'
  | 'pausedBecause'
  | 'chatTitle'
  | 'stoppedAt'
>;

/** A run as it starts: nothing done yet. */
export function newRun(id: string, pageUrl: string, options: Required<RunOptions>, startedAt: string): RunRecord {
  return {
    id,
    pageUrl,
    chatKey: null,
    chatTitle: null,
    chatPeerId: null,
    options,
    state: 'running',
    pausedBecause: null,
    startedAt,
    endedAt: null,
    captureIds: [],
    unchanged: 0,
    newVersions: 0,
    notFound: [],
    failed: [],
    passed: 0,
    stoppedAt: null,
    observations: [],
    rate: 0,
    secondsLeft: null,
    sight: null,
  };
}
