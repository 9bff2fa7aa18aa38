'use client';

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Code20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { powerShellScript } from '@/lib/graph/powershell';
import { batchBodies, GRAPH_BATCH_LIMIT, httpText, type PlannedRequest } from '@/lib/graph/request-plans';
import { graphRequestBaseUrl } from './actions';
import { CodeBlock } from './code-block';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  trigger: { whiteSpace: 'nowrap', flexShrink: 0 },
  surface: { maxWidth: 'min(860px, calc(100vw - 32px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export const PUBLIC_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

type View = 'http' | 'batch' | 'powershell';

type Plan = { ok: true; requests: PlannedRequest[] } | { ok: false; message: string };

function planOf(build: () => PlannedRequest[], emptyMessage: string): Plan {
  try {
    const requests = build();
    return requests.length === 0 ? { ok: false, message: emptyMessage } : { ok: true, requests };
  } catch {
    return { ok: false, message: 'Something in the selection is not valid yet, so there is no request to show.' };
  }
}

export type GraphRequestPreviewProps = {
  /** Built when the preview opens, by the same lib/graph/request-plans.ts functions the action uses. */
  requests: () => PlannedRequest[];
  /** The button that sends them ("Add", "Yes"), named in the explanation. */
  actionLabel: string;
  /** Shown instead of the requests when there are none yet (nothing selected). */
  emptyMessage: string;
  disabled?: boolean;
};

/** "View Graph request": the exact Microsoft Graph requests a change will send, and the same change in PowerShell. */
export function GraphRequestPreview({ requests, actionLabel, emptyMessage, disabled }: GraphRequestPreviewProps) {
  const styles = useStyles();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button className={styles.trigger} icon={<Code20Regular />} disabled={disabled}>
          View Graph request
        </Button>
      </DialogTrigger>
      {/* The surface's content mounts only while open: the plan is built from the selection at that moment. */}
      <DialogSurface className={styles.surface}>
        <PreviewBody build={() => planOf(requests, emptyMessage)} actionLabel={actionLabel} />
      </DialogSurface>
    </Dialog>
  );
}

function PreviewBody({ build, actionLabel }: { build: () => Plan; actionLabel: string }) {
  const styles = useStyles();
  const [plan] = useState(build);
  const [view, setView] = useState<View>('http');
  const [baseUrl, setBaseUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    graphRequestBaseUrl()
      .then((url) => live && setBaseUrl(url))
      .catch(() => live && setBaseUrl(PUBLIC_GRAPH_BASE_URL));
    return () => {
      live = false;
    };
  }, []);

  const count = plan.ok ? plan.requests.length : 0;
  const batches = plan.ok ? batchBodies(plan.requests) : [];
  return (
      <DialogBody>
        <DialogTitle>Graph request</DialogTitle>
        <DialogContent className={styles.content}>
          {!plan.ok ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{plan.message}</MessageBarBody>
            </MessageBar>
          ) : !baseUrl ? (
            <Spinner size="small" label="Preparing the requests…" />
          ) : (
            <>
              <Text>
                When you select <strong>{actionLabel}</strong>, the portal sends {count === 1 ? 'this request' : `these ${formatCount(count)} requests`} to
                Microsoft Graph as you, in {batches.length === 1 ? 'one JSON batch' : `${formatCount(batches.length)} JSON batches`} of at most{' '}
                {GRAPH_BATCH_LIMIT} requests: <span className={styles.code}>POST {baseUrl}/$batch</span>.
              </Text>
              {baseUrl !== PUBLIC_GRAPH_BASE_URL ? (
                <Text size={200} className={styles.muted}>
                  This portal is configured for {baseUrl}. Against Microsoft Entra the same requests go to {PUBLIC_GRAPH_BASE_URL}.
                </Text>
              ) : null}
              <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label="Request format">
                <Tab value="http">HTTP requests</Tab>
                <Tab value="batch">$batch body</Tab>
                <Tab value="powershell">PowerShell</Tab>
              </TabList>
              <div className={styles.panel} role="tabpanel" aria-label={view === 'http' ? 'HTTP requests' : view === 'batch' ? '$batch body' : 'PowerShell'}>
                {view === 'http' ? (
                  <CodeBlock label="HTTP requests" text={plan.requests.map((request) => httpText(request, baseUrl)).join('\n\n')} />
                ) : view === 'batch' ? (
                  <>
                    <Text size={200} className={styles.muted}>
                      Each item also carries its own client-request-id header, new every time, so Graph&apos;s logs can tell them apart.
                    </Text>
                    <CodeBlock
                      label="$batch body"
                      text={batches.map((batch) => `POST ${baseUrl}/$batch\nContent-Type: application/json\n\n${JSON.stringify(batch, null, 2)}`).join('\n\n')}
                    />
                  </>
                ) : (
                  <>
                    <Text size={200} className={styles.muted}>
                      The same change with the Microsoft Graph PowerShell SDK (module Microsoft.Graph.Identity.Governance).
                    </Text>
                    <CodeBlock label="PowerShell" text={powerShellScript(plan.requests)} />
                  </>
                )}
              </div>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="primary">Close</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
  );
}
