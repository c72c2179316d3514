import { processShared } from "@/lib/delivery/processShared";

/**
 * The server process's life beyond requests: whether it is shutting down, and the background work (timers) to stop
 * before the database closes. Shared per process because scripts/serve.ts stops what instrumentation.ts started.
 */
type Lifecycle = { draining: boolean; stops: Set<() => Promise<void>> };

const lifecycle = () => processShared<Lifecycle>("lifecycle", () => ({ draining: false, stops: new Set() }));

/** True once the server began shutting down: /api/health answers 503 so that a load balancer stops sending traffic. */
export function isDraining(): boolean {
  return lifecycle().draining;
}

/** Registers background work to stop on shutdown; returns a function that unregisters it (when stopped early). */
export function onShutdown(stop: () => Promise<void>): () => void {
  const { stops } = lifecycle();
  stops.add(stop);
  return () => void stops.delete(stop);
}

/** Marks the process as draining and stops every registered piece of background work, waiting for each to finish. */
export async function stopBackgroundWork(): Promise<void> {
  const state = lifecycle();
  state.draining = true;
  const stops = [...state.stops];
  state.stops.clear();
  await Promise.allSettled(stops.map((stop) => stop()));
}
