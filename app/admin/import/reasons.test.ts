import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { prepareWireFile } from "@/lib/import/prepareWireFile";
import messages from "@/messages/hi.json";
import { failureReason } from "./reasons";

const translate = createTranslator({ locale: "hi", messages, namespace: "admin.import.reasons" });
// The action hands over next-intl's untyped server translator; this one is typed by hi.json's keys.
const t = (key: string, values?: Record<string, string | number>) => translate(key as keyof typeof messages.admin.import.reasons, values);
const encoder = new TextEncoder();

/** What the newsroom says about a file the importer itself refused. */
function reasonFor(bytes: Uint8Array): string {
  const prepared = prepareWireFile({ name: "copy.txt", bytes }, new Date("2025-06-01T06:00:00Z"));
  if (prepared.ok) throw new Error("the importer took this file");
  return failureReason(prepared.problem, t);
}

describe("why a wire copy was refused, as the newsroom says it", () => {
  it("an empty file, and one of nothing but blank lines", () => {
    expect(reasonFor(new Uint8Array())).toBe("फ़ाइल ख़ाली है।");
    expect(reasonFor(encoder.encode("\n  \r\n\u200B\n"))).toBe("फ़ाइल में सिर्फ़ ख़ाली पंक्तियाँ हैं, कोई ख़बर नहीं।");
  });

  it("a picture or other binary file, with the byte where it gave itself away", () => {
    expect(reasonFor(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBe("यह पाठ फ़ाइल नहीं, बाइनरी फ़ाइल है (बाइट 4 पर)।");
    expect(reasonFor(encoder.encode("शीर्षक\u0001"))).toBe("यह पाठ फ़ाइल नहीं, बाइनरी फ़ाइल है (बाइट 18 पर)।");
  });

  it("text saved as UTF-16 or in an old 8-bit encoding", () => {
    expect(reasonFor(new Uint8Array([0xff, 0xfe, 0x38, 0x09]))).toBe("फ़ाइल UTF-16 में सहेजी गई है। इसे UTF-8 में सहेजकर फिर भेजें।");
    expect(reasonFor(new Uint8Array([0x41, 0x42, 0xff, 0x43]))).toBe("यह UTF-8 पाठ नहीं है (बाइट 2 पर गड़बड़)। कॉपी को UTF-8 में सहेजकर फिर भेजें।");
  });

  it("a headline with no story under it, and a first line far too long to be a headline", () => {
    expect(reasonFor(encoder.encode("केवल शीर्षक\n"))).toBe("शीर्षक के बाद ख़बर का कोई पाठ नहीं है।");
    expect(reasonFor(encoder.encode(`${"शब्द ".repeat(80)}\nपाठ।\n`))).toMatch(/^पहली पंक्ति शीर्षक के लिए बहुत लंबी है \(\d+ अक्षर, अधिकतम 250\)।$/);
  });

  it("a file over 1 MB", () => {
    expect(reasonFor(new Uint8Array(1024 * 1024 + 1).fill(0x41))).toBe("फ़ाइल 1 MB से बड़ी है।");
  });

  it("a write the database refused, without its technical words", () => {
    expect(failureReason({ code: "notSaved", detail: "SQLITE_BUSY: database is locked" }, t)).toBe("ख़बर सहेजी नहीं जा सकी। थोड़ी देर बाद यह फ़ाइल फिर भेजें।");
  });
});
