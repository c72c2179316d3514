import { databaseHealth } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await databaseHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
