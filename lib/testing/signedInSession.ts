import type { StaffUser } from "@/db/queries/users";
import { assertCan } from "@/lib/auth/permissions";
import type * as session from "@/lib/auth/session";

/**
 * Server-action tests run as whoever `signInAs` names, with the real permissions behind requirePermission:
 *   vi.mock("@/lib/auth/session", async (importOriginal) =>
 *     (await import("@/lib/testing/signedInSession")).signedInSession(await importOriginal()));
 */
let signedIn: StaffUser | null = null;

export function signInAs(user: StaffUser | null): void {
  signedIn = user;
}

export function signedInSession(original: typeof session): typeof session {
  return {
    ...original,
    clientAddress: async () => "203.0.113.9",
    getCurrentUser: async () => signedIn,
    requirePermission: async (...[action, article]: Parameters<typeof original.requirePermission>) => {
      if (!signedIn) throw new original.UnauthenticatedError("not signed in");
      assertCan(signedIn, action, article);
      return signedIn;
    },
  };
}
