import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { mediaDir } from "@/db/paths";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { acceptUpload } from "./acceptUpload";

setUpTemporaryDatabase({ demoContent: false });

async function jpeg(width = 160, height = 90): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#246" } }).jpeg().toBuffer();
}

describe("uploading a photo to the media library", () => {
  it("stores the photo under the SHA-256 of its bytes, never under the name the browser sent", async () => {
    const bytes = await jpeg();
    const file = new File([new Uint8Array(bytes)], "../../संसद भवन.php.jpg", { type: "text/plain" });
    const outcome = await acceptUpload(file, { alt: "संसद भवन का बाहरी दृश्य", caption: "", credit: "" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const hash = createHash("sha256").update(bytes).digest("hex");
    expect(outcome.item).toMatchObject({ fileName: `${hash}.jpg`, mimeType: "image/jpeg", width: 160, height: 90, bytes: bytes.length });
    expect(fs.readdirSync(mediaDir())).toEqual([`${hash}.jpg`]);
    expect(fs.readFileSync(path.join(mediaDir(), `${hash}.jpg`)).equals(bytes)).toBe(true);
  });

  it("keeps the alt text, caption and credit in NFC, on one line", async () => {
    const decomposedNukta = "ज\u093Cरूरी";
    const outcome = await acceptUpload(new File([new Uint8Array(await jpeg(20, 20))], "a.jpg"), {
      alt: ` ${decomposedNukta}\nतस्वीर `,
      caption: "कैप्शन",
      credit: "फ़ोटो: एजेंसी",
    });
    expect(outcome.ok && outcome.item).toMatchObject({ alt: "ज़रूरी तस्वीर", caption: "कैप्शन", credit: "फ़ोटो: एजेंसी" });
  });

  it("stores a phone photo without its GPS position and camera details, still upright, under the hash of what is stored", async () => {
    const phone = await sharp({ create: { width: 200, height: 100, channels: 3, background: "#642" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: "PhoneMaker" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "28/1 36/1 50/1" } })
      .toBuffer();
    const outcome = await acceptUpload(new File([new Uint8Array(phone)], "IMG_0001.jpg"), { alt: "मैदान में खिलाड़ी", caption: "", credit: "" });
    expect(outcome.ok && outcome.item).toMatchObject({ width: 100, height: 200 });
    if (!outcome.ok) return;
    const stored = fs.readFileSync(path.join(mediaDir(), outcome.item.fileName));
    expect(stored.toString("latin1")).not.toContain("PhoneMaker");
    expect((await sharp(stored).metadata()).orientation).toBe(6);
    expect(outcome.item.fileName).toBe(`${createHash("sha256").update(stored).digest("hex")}.jpg`);
    expect(outcome.item.bytes).toBe(stored.length);
  });

  it("refuses a photo without alt text and stores nothing", async () => {
    const before = fs.readdirSync(mediaDir()).length;
    const outcome = await acceptUpload(new File([new Uint8Array(await jpeg(33, 33))], "a.jpg"), { alt: "   ", caption: "", credit: "" });
    expect(outcome).toEqual({ ok: false, reason: "altMissing" });
    expect(fs.readdirSync(mediaDir())).toHaveLength(before);
  });

  it("refuses alt text over 300 characters", async () => {
    const outcome = await acceptUpload(new File([new Uint8Array(await jpeg())], "a.jpg"), { alt: "क".repeat(301), caption: "", credit: "" });
    expect(outcome).toEqual({ ok: false, reason: "altTooLong" });
  });

  it("refuses a text file called .jpg and an empty file, each with its own reason", async () => {
    const text = new File(["नमस्ते"], "photo.jpg", { type: "image/jpeg" });
    expect(await acceptUpload(text, { alt: "x", caption: "", credit: "" })).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await acceptUpload(new File([], "empty.jpg"), { alt: "x", caption: "", credit: "" })).toEqual({ ok: false, reason: "noFile" });
  });
});
