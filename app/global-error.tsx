'use client';

// Last resort when the root layout itself fails: plain HTML, since no provider (and so no Fluent styling) exists.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: '"Segoe UI", system-ui, sans-serif', padding: 32 }}>
        <h1>Roles Portal couldn&apos;t load</h1>
        <p>Something went wrong on the server.</p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </body>
    </html>
  );
}
