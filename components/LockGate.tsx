import type { ComponentChildren } from 'preact';
import type { LockState } from '../utils/hooks/use-lock-state';
import { UnlockScreen } from './UnlockScreen';

/** A Dokaz page: its content when unlocked, only the unlock screen when locked, nothing while it is not yet known. */
export function LockGate({
  state,
  onUnlock,
  compact,
  children,
}: {
  state: LockState;
  onUnlock: (secret: string, recoveryCode: boolean) => Promise<string | null>;
  compact?: boolean;
  children: ComponentChildren;
}) {
  if (state === 'loading') return null;
  if (state === 'locked') return <UnlockScreen onUnlock={onUnlock} compact={compact} />;
  return <>{children}</>;
}
