/**
 * Edit locks tell a second editor that someone has the article open. The editor page heartbeats while it is open
 * (with every autosave, and on its own when there is nothing to autosave); a lock nobody heartbeats lapses.
 */
export const lockHeartbeatMs = 30_000;
export const lockLapseMs = 90_000;

/** Heartbeats older than this belong to an editor who has gone. */
export function lockLapsedBefore(now: Date): Date {
  return new Date(now.getTime() - lockLapseMs);
}
