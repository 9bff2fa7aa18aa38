'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ListInputNote } from '@/lib/views/list-params';

const useStyles = makeStyles({
  root: { marginBlockEnd: tokens.spacingVerticalS },
});

/** What a list did with input from its link it could not use (an ignored search, an expired page link). */
export function ListInputNotice({ notes }: { notes: readonly (ListInputNote | null)[] }) {
  const styles = useStyles();
  const shown = notes.filter((note): note is ListInputNote => note !== null);
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((note) => (
        <MessageBar key={note.message} intent="warning" layout="multiline" className={styles.root} role="status">
          <MessageBarBody>
            <MessageBarTitle>{note.title}</MessageBarTitle>
            {note.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
