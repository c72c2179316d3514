import { describe, expect, it } from "vitest";
import { documentFromWire } from "./fromWire";

describe("a wire copy as an article document", () => {
  it("keeps paragraphs and subheadings in order", () => {
    const doc = documentFromWire([
      { type: "paragraph", text: "पहला अनुच्छेद।" },
      { type: "subheading", text: "आगे की योजना" },
    ]);
    expect(doc.blocks).toEqual([
      { type: "paragraph", content: [{ text: "पहला अनुच्छेद।" }] },
      { type: "subheading", text: "आगे की योजना" },
    ]);
  });

  it("sets a paragraph that is wholly a quotation as a quote", () => {
    const doc = documentFromWire([{ type: "paragraph", text: "“पुतिन ने निमंत्रण को स्वीकार कर लिया।”" }]);
    expect(doc.blocks[0]).toEqual({ type: "quote", text: "“पुतिन ने निमंत्रण को स्वीकार कर लिया।”" });
  });

  it("leaves a paragraph that only contains a quotation as a paragraph", () => {
    const doc = documentFromWire([{ type: "paragraph", text: "केसीएनए ने कहा, “यह महत्वपूर्ण अवसर है।”" }]);
    expect(doc.blocks[0]?.type).toBe("paragraph");
  });
});
