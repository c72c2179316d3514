import type { Role } from "@/db/schema";

/** The newsroom accounts the browser tests sign in with; e2e/createStaff.ts creates them before the server starts. */
export const staff: Record<Role | "secondEditor" | "lockedOnDesktop" | "lockedOnPhone", { email: string; password: string; name: string; role: Role }> = {
  contributor: { email: "contributor@e2e.test", password: "contributor-pass-1", name: "रेखा योगदान", role: "contributor" },
  author: { email: "author@e2e.test", password: "author-pass-12", name: "अजय लेखक", role: "author" },
  editor: { email: "editor@e2e.test", password: "editor-pass-123", name: "सविता संपादक", role: "editor" },
  secondEditor: { email: "editor2@e2e.test", password: "editor-pass-456", name: "मोहन संपादक", role: "editor" },
  admin: { email: "admin@e2e.test", password: "admin-pass-1234", name: "प्रशासक", role: "admin" },
  // Accounts the lockout test locks on purpose, one per browser project.
  lockedOnDesktop: { email: "lock-desktop@e2e.test", password: "lock-pass-1234", name: "ताला डेस्कटॉप", role: "author" },
  lockedOnPhone: { email: "lock-phone@e2e.test", password: "lock-pass-5678", name: "ताला फ़ोन", role: "author" },
};
