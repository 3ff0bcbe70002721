import { useState } from 'preact/hooks';
import type { RunOptions } from '../utils/case-work/runs';
import type { RunResult } from '../utils/case-work/runs';
import { useI18n } from './i18n';

/** What the side panel knows of the chat's tab: the message right-clicked there, if any. */
export interface RunSetup {
  clickedMessageId: number | null;
}

interface RunPanelProps {
  setup: RunSetup;
  /** The run going on or just ended; null before one starts. */
  run: RunResult | null;
  busy: boolean;
  error: string | null;
  onStart(options: RunOptions): void;
  onPause(): void;
  onResume(): void;
  onStop(): void;
  /** Back to the form, for another run. */
  onAgain(): void;
  /** The dashboard's list of the run's messages. */
  dashboardLink: string | null;
}

/**
 * Monitor mode's side panel (entrypoints/sidepanel/): what a run through the chat should do, then how it goes. It
 * renders what it is given; the page asks the background.
 */
export function RunPanel(props: RunPanelProps) {
  const { t } = useI18n();
  return (
    <div class="run-panel">
      <h1>{t('run.title')}</h1>
      {props.run ? <RunProgress {...props} run={props.run} /> : <RunForm {...props} />}
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function RunForm({ setup, busy, onStart }: RunPanelProps) {
  const { t, number } = useI18n();
  const [direction, setDirection] = useState<'older' | 'newer'>('older');
  const [fromClicked, setFromClicked] = useState(setup.clickedMessageId !== null);
  const [stop, setStop] = useState<'end' | 'after' | 'at'>('end');
  const [limit, setLimit] = useState('100');
  const [until, setUntil] = useState('');

  function start(event: Event) {
    event.preventDefault();
    const day = until ? new Date(`${until}T00:00:00`) : null;
    onStart({
      direction,
      fromMessageId: fromClicked ? setup.clickedMessageId : null,
      limit: stop === 'after' ? Math.max(1, Number.parseInt(limit, 10) || 1) : null,
      until: stop === 'at' && day && !Number.isNaN(day.getTime()) ? day.toISOString() : null,
    });
  }

  const radio = <T extends string>(name: string, value: T, current: T, set: (v: T) => void, label: string) => (
    <label class="run-choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => set(value)} /> {label}
    </label>
  );

  return (
    <form onSubmit={start}>
      <p class="muted">{t('run.intro')}</p>
      <fieldset>
        <legend>{t('run.direction')}</legend>
        {radio('direction', 'older', direction, setDirection, t('run.older'))}
        {radio('direction', 'newer', direction, setDirection, t('run.newer'))}
      </fieldset>
      <fieldset>
        <legend>{t('run.from')}</legend>
        {setup.clickedMessageId !== null
          ? radio(
              'from',
              'clicked',
              fromClicked ? 'clicked' : 'edge',
              (v) => setFromClicked(v === 'clicked'),
              t('run.fromClicked', { id: number(setup.clickedMessageId) }),
            )
          : null}
        {radio(
          'from',
          'edge',
          fromClicked ? 'clicked' : 'edge',
          (v) => setFromClicked(v === 'clicked'),
          direction === 'older' ? t('run.fromNewest') : t('run.fromScreen'),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('run.stopWhen')}</legend>
        {radio('stop', 'end', stop, setStop, t('run.stopAtEnd'))}
        <span class="run-choice-line">
          {radio('stop', 'after', stop, setStop, t('run.stopAfter'))}
          <input
            type="number"
            min="1"
            aria-label={t('run.stopAfter')}
            value={limit}
            disabled={stop !== 'after'}
            onInput={(e) => setLimit(e.currentTarget.value)}
          />
        </span>
        <span class="run-choice-line">
          {radio('stop', 'at', stop, setStop, t('run.stopAt'))}
          <input
            type="date"
            aria-label={t('run.stopAt')}
            value={until}
            disabled={stop !== 'at'}
            onInput={(e) => setUntil(e.currentTarget.value)}
          />
        </span>
      </fieldset>
      <button type="submit" class="primary" disabled={busy}>
        {t('run.start')}
      </button>
    </form>
  );
}

function RunProgress({
  run,
  busy,
  onPause,
  onResume,
  onStop,
  onAgain,
  dashboardLink,
}: RunPanelProps & { run: RunResult }) {
  const { t, number } = useI18n();
  const going = run.state === 'running' || run.state === 'paused';
  const state =
    run.state === 'paused' && run.pausedBecause === 'hidden'
      ? t('run.state.hidden')
      : run.state === 'interrupted'
        ? t('run.state.interrupted', { id: run.stoppedAt === null ? '—' : number(run.stoppedAt) })
        : t(`run.state.${run.state}`);
  const counts: [string, number][] = [
    [t('run.documented'), run.captureIds.length],
    [t('run.unchanged'), run.unchanged],
    [t('run.newVersions'), run.newVersions],
    [t('run.notFound'), run.notFound.length],
    [t('run.failed'), run.failed.length],
  ];
  return (
    <div aria-live="polite">
      {run.chatTitle ? <p class="run-chat">{run.chatTitle}</p> : null}
      <p class="run-state" data-testid="run-state" data-state={run.state}>
        {state}
      </p>
      <dl class="run-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {going ? (
        <p class="muted">
          {t('run.rate', { rate: number(run.rate) })}
          {run.secondsLeft !== null ? ` · ${t('run.timeLeft', { seconds: number(run.secondsLeft) })}` : ''}
        </p>
      ) : null}
      <p class="run-actions">
        {going && run.state === 'running' ? (
          <button type="button" disabled={busy} onClick={onPause}>
            {t('run.pause')}
          </button>
        ) : null}
        {going && run.state === 'paused' && run.pausedBecause !== 'hidden' ? (
          <button type="button" disabled={busy} onClick={onResume}>
            {t('run.resume')}
          </button>
        ) : null}
        {going ? (
          <button type="button" disabled={busy} onClick={onStop}>
            {t('run.stop')}
          </button>
        ) : (
          <button type="button" onClick={onAgain}>
            {t('run.again')}
          </button>
        )}
      </p>
      {!going && dashboardLink ? (
        <p>
          <a href={dashboardLink} target="_blank" rel="noopener">
            {t('run.open')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
