import { Fragment } from 'react';
import { wrapSegments } from '@/lib/format/wrap-points';

/** A name, sign-in name or permission that may break after "_", "." or "/" and before "@", never mid-word. */
export function WrapText({ text }: { text: string }) {
  return wrapSegments(text).map((piece, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}
