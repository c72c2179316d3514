import { databaseHealth } from "@/db/queries/health";
import { isDraining } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

/**
 * For load balancers and the test runner: 200 with the database's state when it answers, 503 when it cannot be read
 * or when the server is shutting down (so that a balancer stops sending it traffic while in-flight requests finish).
 */
export async function GET() {
  if (isDraining()) return Response.json({ ok: false, status: "shutting down" }, { status: 503, headers });
  const database = await databaseHealth();
  // Readable but not all well (read-only file, migrations not applied): still serving readers, so still 200.
  const status = !database.ok ? "unavailable" : database.writable && database.schema.pending === 0 ? "ok" : "degraded";
  return Response.json(
    { ok: database.ok, status, uptimeSeconds: Math.round(process.uptime()), database },
    { status: database.ok ? 200 : 503, headers },
  );
}

/** The same status and headers without the body, for balancers that check with HEAD. */
export async function HEAD() {
  const response = await GET();
  return new Response(null, { status: response.status, headers: response.headers });
}
