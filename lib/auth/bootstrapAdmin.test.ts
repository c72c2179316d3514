import { describe, expect, it } from "vitest";
import { countUsers, getUserById } from "@/db/queries/users";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { bootstrapAdmin } from "./bootstrapAdmin";
import { verifyPassword } from "./password";

setUpTemporaryDatabase({ demoContent: false });

describe("the first admin of a new install", () => {
  it("says clearly why it cannot create an admin from a password of 9 characters", async () => {
    await expect(bootstrapAdmin({ ADMIN_EMAIL: "pehla@example.com", ADMIN_PASSWORD: "nau-akshr" })).rejects.toThrow(
      "ADMIN_PASSWORD: The password must be at least 10 characters long.",
    );
    expect(await countUsers()).toBe(0);
  });

  it("is created from ADMIN_EMAIL and ADMIN_PASSWORD when nobody has an account yet", async () => {
    const id = await bootstrapAdmin({ ADMIN_EMAIL: "Pehla@Example.com", ADMIN_PASSWORD: "pehla-password", ADMIN_NAME: "मुख्य संपादक" });
    const admin = await getUserById(id!);
    expect(admin).toMatchObject({ email: "pehla@example.com", name: "मुख्य संपादक", role: "admin" });
    expect(await verifyPassword(admin!.passwordHash, "pehla-password")).toBe(true);
  });

  it("is not created again, nor its password changed, once an account exists", async () => {
    expect(await bootstrapAdmin({ ADMIN_EMAIL: "doosra@example.com", ADMIN_PASSWORD: "doosra-password" })).toBeNull();
    expect(await countUsers()).toBe(1);
  });
});
