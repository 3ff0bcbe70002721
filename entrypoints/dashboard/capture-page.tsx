import { useState } from 'preact/hooks';
import { CaptureDetail } from '@/components/CaptureDetail';
import { ExportPanel } from '@/components/ExportPanel';
import { LoadFailed, Loading } from '@/components/PageState';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useObjectUrls } from '@/utils/hooks/use-object-urls';
import { blobForObjectUrl } from '@/utils/artifact-display';
import { describeError } from '@/utils/errors';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';
import { useExport } from './use-export';

interface CapturePageProps {
  store: Store;
  id: string;
  /** Called once the background has deleted the capture. */
  onDeleted: () => void;
}

export function CapturePage({ store, id, onDeleted }: CapturePageProps) {
  const result = useLiveQuery(() => store.getCapture(id), [store, id]);
  const [exportState, runExport] = useExport(store);
  const [deleting, setDeleting] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const capture = result.status === 'ready' ? result.value : null;
  const artifacts = capture?.artifacts ?? [];
  const artifactUrls = useObjectUrls(
    artifacts.map((artifact) => artifact.id),
    async (artifactId) => {
      const meta = artifacts.find((artifact) => artifact.id === artifactId);
      const blob = await store.getArtifactData(artifactId);
      return meta && blob ? blobForObjectUrl(meta, blob) : null;
    },
  );

  async function remove(reason: string): Promise<void> {
    setDeleting({ busy: true, error: null });
    try {
      await sendRequest({ type: 'deleteCapture', args: { id, reason } });
      onDeleted();
    } catch (error) {
      setDeleting({ busy: false, error: describeError(error) });
    }
  }

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed') return <LoadFailed what="This capture" message={describeError(result.error)} />;
  if (!capture) {
    // The store tells this page about the deletion before the background's reply does.
    if (deleting.busy) return <Loading text="Deleting…" />;
    return (
      <div class="page-state">
        <h1 tabIndex={-1}>Capture not found</h1>
        <p>There is no capture with this id on this computer. It may have been deleted: the custody log says when.</p>
        <p>
          <a href="#/">← All captures</a> · <a href="#/custody">Custody log</a>
        </p>
      </div>
    );
  }
  const size = capture.artifacts.reduce((sum, artifact) => sum + artifact.size, 0);
  return (
    <>
      <CaptureDetail
        capture={capture}
        artifactUrls={artifactUrls}
        deleting={deleting}
        onDelete={(reason) => void remove(reason)}
      />
      <ExportPanel
        label="Export this capture as a signed evidence pack"
        state={exportState}
        onExport={() => void runExport({ captureIds: [capture.id] }, size)}
      />
    </>
  );
}
