import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderArticleCard, renderSiteCard, setHeadline } from "./socialCard";

async function inkOf(text: string) {
  const { data, info } = await sharp((await setHeadline(text)).png)
    .extractChannel(3)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { alpha: data, width: info.width, height: info.height };
}

/** Mean difference of coverage between a small ink image and the same-sized window of a larger one. */
function difference(small: Awaited<ReturnType<typeof inkOf>>, large: Awaited<ReturnType<typeof inkOf>>, left: number, top: number): number {
  let total = 0;
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) total += Math.abs(small.alpha[y * small.width + x]! - large.alpha[(y + top) * large.width + x + left]!);
  }
  return total / (small.width * small.height);
}

describe("setting a headline in Devanagari", () => {
  it("draws the vowel sign ि before the consonant it follows in the text, so क sits at the right of कि", async () => {
    const ka = await inkOf("क");
    const ki = await inkOf("कि");
    expect(ki.width).toBeGreaterThan(ka.width);
    // Both sit on the same baseline: compare क with the bottom-right and the bottom-left of कि.
    const atRight = difference(ka, ki, ki.width - ka.width, ki.height - ka.height);
    const atLeft = difference(ka, ki, 0, ki.height - ka.height);
    expect(atRight).toBeLessThan(2);
    expect(atLeft).toBeGreaterThan(20 * Math.max(atRight, 1));
  });

  it("joins क्ष, त्र, ज्ञ and श्र into conjuncts narrower than their two letters side by side", async () => {
    for (const [conjunct, letters] of [
      ["क्ष", "कष"],
      ["त्र", "तर"],
      ["ज्ञ", "जञ"],
      ["श्र", "शर"],
      ["र्क", "रक"],
    ]) {
      expect((await setHeadline(conjunct!)).width, conjunct).toBeLessThan((await setHeadline(letters!)).width * 0.8);
    }
  });

  it("cuts a headline too long for four lines with an ellipsis, whatever its length", async () => {
    const long = "क्षेत्रीय श्रमिकों ने ज़िला प्रशासन से की त्रिस्तरीय जाँच की माँग, कहा—ज्ञापन पर सुनवाई नहीं हुई तो धरना देंगे";
    const cut = await setHeadline(`${long} ${long}`);
    const longer = await setHeadline(`${long} ${long} ${long} ${long}`);
    const oneLine = await setHeadline("क");
    expect(cut.height).toBe(longer.height);
    expect(cut.height).toBeLessThan(oneLine.height * 4 + 3 * 90);
  });

  it("shows markup characters in a headline as text", async () => {
    await expect(setHeadline("<b>AI & डेटा</b> पर ‘सहमति’")).resolves.toMatchObject({ width: expect.any(Number) });
  });
});

describe("the share cards", () => {
  it("renders an article's card as a 1200×630 PNG", async () => {
    const card = await renderArticleCard({ headline: "पुतिन ने किम जोंग उन का निमंत्रण का स्वीकारा…", sectionName: "विदेश", locale: "hi" });
    expect(await sharp(card).metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
  });

  it("renders the site's card in both languages as a 1200×630 PNG", async () => {
    for (const locale of ["hi", "en"] as const) {
      expect(await sharp(await renderSiteCard(locale)).metadata()).toMatchObject({ format: "png", width: 1200, height: 630 });
    }
  });
});
