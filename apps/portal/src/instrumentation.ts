/**
 * Runs once when the server starts (never during `next build`): checks the environment and opens
 * the store, so a bad setting or an unusable SQLite path stops the start with a message instead
 * of a server that says "Ready" and then fails every request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { openAtStart } = await import("./server/open-at-start");
  await openAtStart();
  const { offerSandboxToServer } = await import("./server/sandbox");
  offerSandboxToServer();
}
