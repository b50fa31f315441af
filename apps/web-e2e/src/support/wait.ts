/**
 * Runs the assertion until it passes; once the time is up, fails with its last failure. For what
 * the page settles a moment after the thing the test waited for: data the app sets or reads again
 * after the notice it shows (TanStack Query tells its readers a tick later), the focus an effect
 * moves, the title set once the page has drawn, content drawn in a router transition.
 */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
