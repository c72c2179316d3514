import { PHASE_PRODUCTION_BUILD } from "next/constants";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./lib/demo/prepareDatabase");
    await prepareDatabase();
    // Scheduled stories go live from this process's timer; a build only renders pages and must not publish anything.
    if (process.env.SCHEDULER !== "0" && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) {
      const { startScheduler } = await import("./lib/newsroom/scheduler");
      startScheduler();
    }
  }
}
