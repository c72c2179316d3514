import autocannon from "autocannon";

export type LoadOptions = {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Paths on the URL's server that each connection asks for in turn, instead of the URL alone. */
  paths?: string[];
};

export type LoadFigures = {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  maxLatency: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Requests that had no answer within autocannon's 10 s. */
  timeouts: number;
  non2xx: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  start: Date;
  finish: Date;
};

/** Many keep-alive connections on one URL for a while (autocannon, in this process). */
export async function load(url: string, options: LoadOptions): Promise<LoadFigures> {
  const requests = options.paths?.map((path) => ({ method: "GET" as const, path }));
  const result = await autocannon({ url, connections: options.connections, headers: options.headers, duration: options.seconds, requests });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0]));
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    maxLatency: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    start: result.start,
    finish: result.finish,
  };
}
