/**
 * The server's LOG_FILLS lines (scripts/serve.ts): `fill <status> <x-nextjs-cache> <ms>ms <full|lite> <path>`, one
 * when an upstream answer from Next arrives. The line comes at the end of the fetch, so its start is `ms` earlier.
 */
export type Fill = { status: number; nextCache: string; ms: number; variant: string; path: string; start: number; end: number };

export function parseFillLine(line: string, arrivedAt: number): Fill | null {
  const match = /^fill (\d+) (\S+) (\d+)ms (full|lite) (.+)$/.exec(line);
  if (!match) return null;
  const ms = Number(match[3]);
  return { status: Number(match[1]), nextCache: match[2]!, ms, variant: match[4]!, path: match[5]!, start: arrivedAt - ms, end: arrivedAt };
}

/** The most fills in flight at one moment; one that ends as another starts does not overlap it. */
export function maxInFlight(fills: Fill[]): number {
  const events = fills.flatMap((fill) => [{ at: fill.start, step: 1 }, { at: fill.end, step: -1 }]).sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const event of events) {
    open += event.step;
    most = Math.max(most, open);
  }
  return most;
}
