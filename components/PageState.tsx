/** What a page shows while its data loads, or when it could not be read. */
export function Loading({ text = 'Loading…' }: { text?: string }) {
  return (
    <p class="page-state" role="status">
      {text}
    </p>
  );
}

export function LoadFailed({ what, message }: { what: string; message: string }) {
  return (
    <div class="page-state page-state-error" role="alert">
      <p>
        <strong>{what} could not be read.</strong>
      </p>
      <p>{message}</p>
      <p>Reloading this page may help. Nothing was changed.</p>
    </div>
  );
}
