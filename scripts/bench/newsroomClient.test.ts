import { describe, expect, it } from "vitest";
import { actionCallBody, actionValue } from "./newsroomClient";

describe("reading a server action's answer", () => {
  it("follows row 0 to the row that holds the returned value", () => {
    const answer = '0:{"a":"$@1","f":"","b":"build-id","q":"","i":false}\n1:{"ok":true,"data":{"version":3,"status":"published"}}\n';
    expect(actionValue(answer)).toEqual({ ok: true, data: { version: 3, status: "published" } });
  });

  it("refuses an answer that carries no value, such as an error page", () => {
    expect(() => actionValue("<!DOCTYPE html><html>…</html>")).toThrow(/Unexpected server action answer/);
  });
});

describe("encoding a server action's arguments", () => {
  it("sends plain arguments as a JSON list, escaping strings that start with $", () => {
    expect(actionCallBody([{ articleId: 3, note: "$5" }, undefined])).toEqual({ body: '[{"articleId":3,"note":"$$5"},"$undefined"]', contentType: "text/plain;charset=UTF-8" });
  });

  it("sends forms as multipart fields under their reference's prefix, with the list in field 0", () => {
    const form = new FormData();
    form.set("name", "रेखा");
    const { body, contentType } = actionCallBody([7, form]);
    expect(contentType).toBeNull();
    expect([...(body as FormData).entries()]).toEqual([
      ["_1_name", "रेखा"],
      ["0", '[7,"$K1"]'],
    ]);
  });
});
