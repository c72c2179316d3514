import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpuSeconds, descendantsOf, listeningProcess, residentBytes } from "./serverProcess";

describe("finding and measuring the serving process", () => {
  const server = http.createServer();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("finds the process that holds the listening socket", () => {
    expect(descendantsOf(process.pid)[0]).toBe(process.pid);
    expect(listeningProcess(process.pid, port)).toBe(process.pid);
  });

  it("says so when nothing under the process listens on the port", () => {
    expect(() => listeningProcess(process.pid, 1)).toThrow(/No process under/);
  });

  it("reads resident memory and CPU time from /proc", () => {
    expect(residentBytes(process.pid)).toBeGreaterThan(1024 * 1024);
    expect(cpuSeconds(process.pid)).toBeGreaterThan(0);
  });
});
