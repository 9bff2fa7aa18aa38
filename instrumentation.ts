// Runs once when the server starts, so that a bad configuration stops start-up with a message naming the
// variable instead of failing on the first request. The Node-only part sits in its own file (Next's pattern).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./lib/startup-check');
  }
}
