import { describe, expect, it } from "vitest";
import { actionValue } from "./newsroomClient";

describe("reading a server action's answer", () => {
  it("follows row 0 to the row that holds the returned value", () => {
    const answer = '0:{"a":"$@1","f":"","b":"build-id","q":"","i":false}\n1:{"ok":true,"data":{"version":3,"status":"published"}}\n';
    expect(actionValue(answer)).toEqual({ ok: true, data: { version: 3, status: "published" } });
  });

  it("refuses an answer that carries no value, such as an error page", () => {
    expect(() => actionValue("<!DOCTYPE html><html>…</html>")).toThrow(/Unexpected server action answer/);
  });
});
