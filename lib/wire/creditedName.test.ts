import { describe, expect, it } from "vitest";
import { creditedName } from "./creditedName";

describe("the name a byline credits", () => {
  it.each([
    ["सियासी मीयर की रिपोर्ट", "सियासी मीयर"],
    ["संवाददाता: अमित सहगल", "अमित सहगल"],
    ["संवाददाता : अमित सहगल", "अमित सहगल"],
    ["— रिपोर्ट: नीरज अवस्थी", "नीरज अवस्थी"],
    ["रिपोर्टर: नीरज अवस्थी", "नीरज अवस्थी"],
  ])("is read from “%s” as “%s”", (byline, name) => {
    expect(creditedName(byline)).toBe(name);
  });

  it.each(["ब्यूरो रिपोर्ट", "पटना ब्यूरो रिपोर्ट", "एजेंसी", "इनपुट: एजेंसी"])("is none for “%s”, which names nobody", (byline) => {
    expect(creditedName(byline)).toBeNull();
  });
});
