// Runs once when the server starts. Next compiles this file for the Edge runtime too, so everything Node-only
// lives in instrumentation-node.ts, loaded only on the Node.js runtime.

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./instrumentation-node");
    await startServer();
  }
}
