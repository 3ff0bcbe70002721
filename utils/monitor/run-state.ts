import { newRun, type RunEndState, type RunOptions, type RunRecord } from '../case-work/runs';
import type { Store } from '../store';
import { LockedError } from '../store/vault-codec';
import type { RunResult } from '../case-work/runs';

/** Ends a run's walk: done (the end, the limit, the date), stopped (asked) or interrupted (the page went). */
export class StopRun extends Error {
  constructor(readonly state: RunEndState) {
    super(state);
  }
}

/**
 * A run as it goes: its record, kept in the store as it changes (an interrupted run keeps what it did), and what the
 * side panel can do to it (pause, resume, stop), checked between screens.
 */
export interface RunControl {
  run: RunRecord;
  lastPassed: number | null;
  /** Waits while paused; throws StopRun when asked to stop. */
  checkpoint(): Promise<void>;
  documented(messageId: number, captureId: string, newVersion: boolean): void;
  unchanged(messageId: number): void;
  failed(messageId: number, reason: string): void;
  hidden(): void;
  shown(): void;
  limitReached(): boolean;
  finish(state: RunEndState): void;
}

/** How often a going run's record is written again, at most. */
const SAVE_EVERY_MS = 2_000;

interface Live {
  control: RunControl;
  asked: 'pause' | 'stop' | null;
  wake: () => void;
}

export function createRunState(store: Store) {
  const live = new Map<string, Live>();
  const started = new Map<string, number>();
  const saved = new Map<string, number>();

  function result(run: RunRecord): RunResult {
    return {
      runId: run.id,
      state: run.state,
      captureIds: [...run.captureIds],
      unchanged: run.unchanged,
      newVersions: run.newVersions,
      notFound: [...run.notFound],
      failed: [...run.failed],
      passed: run.passed,
      rate: run.rate,
      secondsLeft: run.secondsLeft,
      pausedBecause: run.pausedBecause,
      chatTitle: run.chatTitle,
      stoppedAt: run.stoppedAt,
    };
  }

  function passedOne(entry: Live, messageId: number) {
    const { run } = entry.control;
    run.passed += 1;
    entry.control.lastPassed = messageId;
    const seconds = (Date.now() - (started.get(run.id) ?? Date.now())) / 1000;
    run.rate = seconds > 0 ? Math.round((run.passed / seconds) * 100) / 100 : 0;
    const left = run.options.limit === null ? null : run.options.limit - run.passed;
    run.secondsLeft = left === null || run.rate === 0 ? null : Math.max(0, Math.round(left / run.rate));
  }

  return {
    async start(pageUrl: string, options: Required<RunOptions>, at: Date): Promise<RunControl> {
      const run = newRun(crypto.randomUUID(), pageUrl, options, at.toISOString());
      const entry: Live = { asked: null, wake: () => undefined, control: undefined as unknown as RunControl };
      const control: RunControl = {
        run,
        lastPassed: null,
        async checkpoint() {
          while (entry.asked === 'pause') {
            run.state = 'paused';
            run.pausedBecause = 'asked';
            await new Promise<void>((resolve) => (entry.wake = resolve));
          }
          if (entry.asked === 'stop') throw new StopRun('stopped');
          if (run.pausedBecause === 'asked') [run.state, run.pausedBecause] = ['running', null];
        },
        documented(messageId, captureId, newVersion) {
          run.captureIds.push(captureId);
          if (newVersion) run.newVersions += 1;
          passedOne(entry, messageId);
        },
        unchanged(messageId) {
          run.unchanged += 1;
          passedOne(entry, messageId);
        },
        failed(messageId, reason) {
          run.failed.push({ messageId, reason });
          passedOne(entry, messageId);
        },
        hidden() {
          [run.state, run.pausedBecause] = ['paused', 'hidden'];
        },
        shown() {
          if (run.pausedBecause === 'hidden') [run.state, run.pausedBecause] = ['running', null];
        },
        limitReached: () => run.options.limit !== null && run.passed >= run.options.limit,
        finish(state) {
          run.state = state;
          run.pausedBecause = null;
          run.stoppedAt = control.lastPassed;
        },
      };
      entry.control = control;
      live.set(run.id, entry);
      started.set(run.id, Date.now());
      const details = {
        runId: run.id,
        pageUrl,
        direction: options.direction,
        limit: options.limit,
        until: options.until,
        fromMessageId: options.fromMessageId,
      };
      await store.startRun(run, details);
      return control;
    },

    /** The run's progress, kept every few seconds (its record grows with its observations). */
    async save(control: RunControl): Promise<void> {
      const last = saved.get(control.run.id) ?? 0;
      if (Date.now() - last < SAVE_EVERY_MS) return;
      saved.set(control.run.id, Date.now());
      await store.updateRun(control.run);
    },

    async end(control: RunControl, at: Date): Promise<void> {
      const { run } = control;
      run.endedAt = at.toISOString();
      live.delete(run.id);
      await store.endRun(run, endDetails(run));
    },

    result,

    async get(runId: string): Promise<RunResult | null> {
      const running = live.get(runId);
      if (running) return result(running.control.run);
      const stored = await store.getRun(runId);
      return stored ? result(stored) : null;
    },

    async pause(runId: string): Promise<void> {
      const entry = live.get(runId);
      if (entry && entry.asked === null) entry.asked = 'pause';
    },

    async resume(runId: string): Promise<void> {
      const entry = live.get(runId);
      if (entry?.asked === 'pause') {
        entry.asked = null;
        entry.wake();
      }
    },

    async stop(runId: string): Promise<void> {
      const entry = live.get(runId);
      if (!entry) return;
      entry.asked = 'stop';
      entry.wake();
    },

    /** Asks every going run to stop, as its Stop button would. */
    stopAll(): void {
      for (const entry of live.values()) {
        entry.asked = 'stop';
        entry.wake();
      }
    },

    /** Runs the store holds as going that no walk carries on (the browser closed): ended as interrupted. */
    async endInterrupted(at: Date): Promise<void> {
      for (const run of (await unlessLocked(() => store.unfinishedRuns())) ?? []) {
        if (live.has(run.id)) continue;
        const ended = { ...run, state: 'interrupted' as const, pausedBecause: null, endedAt: at.toISOString() };
        await store.endRun(ended, endDetails(ended));
      }
    },
  };
}

function endDetails(run: RunRecord) {
  return {
    runId: run.id,
    state: run.state === 'running' || run.state === 'paused' ? 'interrupted' : run.state,
    chatKey: run.chatKey,
    documented: run.captureIds.length,
    unchanged: run.unchanged,
    newVersions: run.newVersions,
    notFound: run.notFound.length,
    failed: run.failed.length,
    stoppedAt: run.stoppedAt,
  };
}

/** What `read` gives, or null while Dokaz is locked: the runs' rows are sealed then, and the unlock does the work. */
export async function unlessLocked<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof LockedError) return null;
    throw error;
  }
}
