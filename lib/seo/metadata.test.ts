import { createTranslator } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import type { PublishedArticle } from "@/db/queries/articles";
import {
  articleDescription,
  articleMetadata,
  clipDescription,
  firstSentence,
  languageAlternates,
  pageMetadata,
} from "./metadata";

// The server translator needs a request; these builders only ever ask for one locale's namespace.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "hi" | "en"; namespace: "meta" }) =>
    createTranslator({ locale, messages: locale === "en" ? en : hi, namespace }),
}));

const origin = "https://khabar.example";

beforeEach(() => {
  vi.stubEnv("SITE_URL", origin);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

function story(overrides: Partial<PublishedArticle> = {}): PublishedArticle {
  return {
    id: 42,
    version: 7,
    locale: "hi",
    slug: "barish-se-thami-mumbai",
    headline: "मुंबई में मूसलाधार बारिश से थमीं लोकल ट्रेनें",
    standfirst: "निचले इलाक़ों में पानी भरा, स्कूल बंद।",
    publishedAt: new Date("2025-07-10T04:30:00Z"),
    updatedAt: new Date("2025-07-10T06:45:00Z"),
    section: { id: 1, slug: "desh", name: "देश", nameEn: "India" },
    hero: null,
    body: { blocks: [] },
    bodyText: "मुंबई में सोमवार सुबह से लगातार बारिश हो रही है। लोकल ट्रेनें रुकी रहीं।",
    dateline: null,
    agency: null,
    bylineText: null,
    authors: [{ id: 3, slug: "kavya-iyer", name: "काव्या अय्यर", nameEn: "Kavya Iyer" }],
    tags: [
      { id: 5, slug: "mumbai", name: "मुंबई" },
      { id: 6, slug: "barish", name: "बारिश" },
    ],
    translation: null,
    metaTitle: null,
    metaDescription: null,
    ...overrides,
  };
}

describe("the first sentence of a story", () => {
  it("ends at the danda", () => {
    expect(firstSentence("मुंबई में सोमवार सुबह से लगातार बारिश हो रही है। लोकल ट्रेनें रुकी रहीं।")).toBe(
      "मुंबई में सोमवार सुबह से लगातार बारिश हो रही है।",
    );
  });

  it("reads past an abbreviation that would make a sentence too short to describe anything", () => {
    expect(firstSentence("Dr. Meera Rao said the clinic will open on Monday. It has ten beds.")).toBe(
      "Dr. Meera Rao said the clinic will open on Monday.",
    );
  });

  it("does not stop at a decimal point", () => {
    expect(firstSentence("असम में बाढ़ से 2.4 लाख लोग प्रभावित हुए हैं और कई ज़िलों में राहत शिविर खुले हैं। आगे और")).toBe(
      "असम में बाढ़ से 2.4 लाख लोग प्रभावित हुए हैं और कई ज़िलों में राहत शिविर खुले हैं।",
    );
  });

  it("is the whole first paragraph when it has no full stop", () => {
    expect(firstSentence("बिना विराम की पंक्ति\nदूसरा अनुच्छेद।")).toBe("बिना विराम की पंक्ति");
  });
});

describe("a description", () => {
  it("keeps a short one as it is, on one line", () => {
    expect(clipDescription("राहत शिविर\nखुले")).toBe("राहत शिविर खुले");
  });

  it("cuts a long one after a whole word, within 160 characters", () => {
    const long = "बाढ़ ".repeat(60).trim();
    const clipped = clipDescription(long);
    expect(Array.from(clipped).length).toBeLessThanOrEqual(160);
    expect(clipped.endsWith("बाढ़…")).toBe(true);
  });

  it("of an article is the editor's when set, else the standfirst, else the body's first sentence", () => {
    expect(articleDescription(story({ metaDescription: "संपादक का विवरण" }))).toBe("संपादक का विवरण");
    expect(articleDescription(story())).toBe("निचले इलाक़ों में पानी भरा, स्कूल बंद।");
    expect(articleDescription(story({ standfirst: "" }))).toBe("मुंबई में सोमवार सुबह से लगातार बारिश हो रही है।");
  });
});

describe("hreflang alternates", () => {
  it("name both languages and send x-default to the Hindi page", () => {
    expect(languageAlternates({ hi: "/desh", en: "/en/desh" })).toEqual({
      hi: `${origin}/desh`,
      en: `${origin}/en/desh`,
      "x-default": `${origin}/desh`,
    });
  });

  it("are left out when the page exists in one language only", () => {
    expect(languageAlternates({ hi: "/tag/mumbai" })).toBeUndefined();
    expect(languageAlternates(null)).toBeUndefined();
  });
});

describe("a list page's head", () => {
  it("has an absolute canonical on SITE_URL as the running server reads it", async () => {
    const first = await pageMetadata({ locale: "hi", name: "देश", description: "देश की ख़बरें", path: "/desh" });
    vi.stubEnv("SITE_URL", "https://news.example/");
    const moved = await pageMetadata({ locale: "hi", name: "देश", description: "देश की ख़बरें", path: "/desh" });
    expect(first.alternates?.canonical).toBe(`${origin}/desh`);
    expect(moved.alternates?.canonical).toBe("https://news.example/desh");
    expect(moved.openGraph.url).toBe("https://news.example/desh");
  });

  it("names page 2 in the title and description, and points the canonical at page 2", async () => {
    const metadata = await pageMetadata({ locale: "hi", name: "देश", description: "देश की ख़बरें", path: "/desh?page=2", page: 2 });
    expect(metadata.title).toBe("देश — पृष्ठ 2 | ख़बर दर्पण");
    expect(metadata.description).toBe("देश की ख़बरें — पृष्ठ 2");
    expect(metadata.alternates?.canonical).toBe(`${origin}/desh?page=2`);
  });

  it("points feed readers at the site's RSS feed, and a section front also at its own", async () => {
    const home = await pageMetadata({ locale: "en", name: "Home", description: "News", path: "/en" });
    const section = await pageMetadata({ locale: "hi", name: "खेल", description: "खेल की ख़बरें", path: "/khel", sectionFeed: { slug: "khel", name: "खेल" } });
    expect(home.alternates?.types).toEqual({ "application/rss+xml": [{ url: `${origin}/en/rss.xml`, title: "Khabar Darpan" }] });
    expect(section.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: `${origin}/rss.xml`, title: "ख़बर दर्पण" },
      { url: `${origin}/khel/rss.xml`, title: "खेल | ख़बर दर्पण" },
    ]);
  });

  it("lets search engines index it with large image previews", async () => {
    const metadata = await pageMetadata({ locale: "en", name: "India", description: "News", path: "/en/desh" });
    expect(metadata.robots).toMatchObject({ index: true, follow: true, "max-image-preview": "large", "max-snippet": -1 });
  });

  it("of search results is followed but not indexed", async () => {
    const metadata = await pageMetadata({ locale: "hi", name: "खोज", description: "खोजें", path: "/search?q=x", indexable: false });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it("is a website card in the reader's language, with the site's image, its size and alt text", async () => {
    const metadata = await pageMetadata({
      locale: "en",
      name: "India",
      description: "News from India",
      path: "/en/desh",
      translations: { hi: "/desh", en: "/en/desh" },
    });
    expect(metadata.openGraph).toMatchObject({
      type: "website",
      locale: "en_IN",
      alternateLocale: "hi_IN",
      title: "India",
      description: "News from India",
      siteName: "Khabar Darpan",
      images: [{ url: expect.stringMatching(/^https:\/\/khabar\.example\/social\/site-en-/), width: 1200, height: 630, alt: "Khabar Darpan" }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: "India", images: [{ alt: "Khabar Darpan" }] });
  });

  it("of a tag has no other language", async () => {
    const metadata = await pageMetadata({ locale: "hi", name: "टैग: मुंबई", description: "मुंबई", path: "/tag/mumbai" });
    expect(metadata.alternates?.languages).toBeUndefined();
    expect(metadata.openGraph).toMatchObject({ alternateLocale: undefined });
  });
});

describe("an article's head", () => {
  it("uses the editor's SEO title for <title> and the headline for the share card", async () => {
    const metadata = await articleMetadata(story({ metaTitle: "मुंबई बारिश: लोकल ठप" }));
    expect(metadata.title).toBe("मुंबई बारिश: लोकल ठप | ख़बर दर्पण");
    expect(metadata.openGraph?.title).toBe("मुंबई में मूसलाधार बारिश से थमीं लोकल ट्रेनें");
    expect(metadata.twitter?.title).toBe("मुंबई में मूसलाधार बारिश से थमीं लोकल ट्रेनें");
  });

  it("falls back to the headline when the editor left the SEO title empty", async () => {
    expect((await articleMetadata(story())).title).toBe("मुंबई में मूसलाधार बारिश से थमीं लोकल ट्रेनें | ख़बर दर्पण");
  });

  it("is an article card with times in IST, its section, one tag per tag and the reporters' pages", async () => {
    const { openGraph } = await articleMetadata(story());
    expect(openGraph).toMatchObject({
      type: "article",
      url: `${origin}/desh/barish-se-thami-mumbai-42`,
      publishedTime: "2025-07-10T10:00:00+05:30",
      modifiedTime: "2025-07-10T12:15:00+05:30",
      section: "देश",
      tags: ["मुंबई", "बारिश"],
      authors: [`${origin}/author/kavya-iyer`],
    });
  });

  it("shares the generated card of this version of the story", async () => {
    const { openGraph, twitter } = await articleMetadata(story());
    expect(openGraph?.images).toEqual([
      { url: `${origin}/social/42-v7.png`, width: 1200, height: 630, alt: "मुंबई में मूसलाधार बारिश से थमीं लोकल ट्रेनें" },
    ]);
    expect(twitter?.images).toEqual([{ url: `${origin}/social/42-v7.png`, alt: "मुंबई में मूसलाधार बारिश से थमीं लोकल ट्रेनें" }]);
  });

  it("links its translation with hreflang and og:locale:alternate", async () => {
    const translated = story({ translation: { id: 43, locale: "en", slug: "mumbai-rain", sectionSlug: "desh" } });
    const metadata = await articleMetadata(translated);
    expect(metadata.alternates?.languages).toEqual({
      hi: `${origin}/desh/barish-se-thami-mumbai-42`,
      en: `${origin}/en/desh/mumbai-rain-43`,
      "x-default": `${origin}/desh/barish-se-thami-mumbai-42`,
    });
    expect(metadata.openGraph).toMatchObject({ locale: "hi_IN", alternateLocale: "en_IN" });
  });

  it("has no hreflang when there is no translation", async () => {
    const metadata = await articleMetadata(story());
    expect(metadata.alternates?.languages).toBeUndefined();
    expect(metadata.alternates?.canonical).toBe(`${origin}/desh/barish-se-thami-mumbai-42`);
  });
});
