import { insertAuditEvent } from "@/db/queries/audit";
import { publishDueArticles } from "@/db/queries/workflow";
import { revalidateArticle } from "@/lib/cache/revalidateArticle";
import { onShutdown } from "@/lib/server/lifecycle";

/** One pass: publishes what has fallen due, leaves an audit event for each story and refreshes its pages. */
export async function publishDueStories(now: Date): Promise<number[]> {
  const published = await publishDueArticles(now);
  for (const articleId of published) {
    // Not recordAudit: that reads the client address from the request, and a timer has none.
    await insertAuditEvent({ action: "article.publish", userId: null, targetType: "article", targetId: articleId, details: { by: "scheduler" } });
    await revalidateArticle(articleId);
  }
  return published;
}

/**
 * Publishes scheduled stories on time from inside the server process, whether or not anyone visits the site.
 * The first pass runs at once, catching up on whatever fell due while the server was down. Returns a stop function
 * that resolves once a pass in progress has finished; the server's shutdown calls it too (lib/server/lifecycle.ts),
 * so that no pass touches the database after it closes.
 */
export function startScheduler({ intervalMs = 5000 }: { intervalMs?: number } = {}): () => Promise<void> {
  let pass: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    // A slow pass (a busy database) must not be overtaken by the next one.
    if (pass || stopped) return;
    pass = publishDueStories(new Date())
      .then(() => undefined)
      // The next pass retries; a failing pass must not stop the timer.
      .catch((error: unknown) => console.error("scheduled publishing failed", error))
      .finally(() => {
        pass = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  // The timer alone must not keep a process alive (tests, scripts, a server shutting down).
  timer.unref();
  const stop = async () => {
    stopped = true;
    clearInterval(timer);
    unregister();
    await pass;
  };
  const unregister = onShutdown(stop);
  return stop;
}
