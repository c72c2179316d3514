import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  articleBreadcrumbs,
  breadcrumbList,
  collectionPage,
  cutHeadline,
  newsArticle,
  type NewsArticleSource,
  newsMediaOrganization,
  profilePage,
  publisherLogo,
  webSite,
} from "./jsonLd";
import { serializeJsonLd } from "./serializeJsonLd";

const origin = "https://khabar.example";

beforeEach(() => {
  process.env.SITE_URL = `${origin}/`;
});
afterEach(() => {
  delete process.env.SITE_URL;
});

const putinStory: NewsArticleSource = {
  id: 1,
  version: 3,
  locale: "hi",
  slug: "putin-ne-kim-ka-nimantran-svikara",
  headline: "पुतिन ने किम जोंग उन का निमंत्रण स्वीकार किया",
  publishedAt: new Date("2023-09-14T05:00:00Z"),
  updatedAt: new Date("2023-09-14T07:15:00Z"),
  section: { slug: "videsh", name: "विदेश", nameEn: "World" },
  hero: null,
  tags: [{ name: "रूस" }, { name: "उत्तर कोरिया" }],
  authors: [],
  agency: null,
  dateline: { place: "प्योंगयांग", day: 14, month: 9, year: null },
};

describe("cutting a headline for Google", () => {
  it("keeps a headline of 110 characters or fewer as it is", () => {
    const headline = "क".repeat(110);
    expect(cutHeadline(headline)).toBe(headline);
  });

  it("cuts a longer headline after a whole word and ends it with an ellipsis", () => {
    const words = Array.from({ length: 30 }, (_, index) => `शब्द${index}`).join(" ");
    const cut = cutHeadline(words);
    expect(Array.from(cut).length).toBeLessThanOrEqual(110);
    expect(cut.endsWith("…")).toBe(true);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
    expect(words.charAt(cut.length - 1)).toBe(" ");
  });

  it("does not leave a comma or a danda before the ellipsis", () => {
    const headline = `${"बाढ़ ".repeat(20)}राहत, ${"शिविर ".repeat(10)}`;
    const cut = cutHeadline(headline);
    expect(cut).not.toMatch(/[,।\s]…$/u);
  });

  it("cuts a single word longer than the limit at 109 characters", () => {
    expect(cutHeadline("अ".repeat(200))).toBe(`${"अ".repeat(109)}…`);
  });
});

describe("the newspaper as an organisation", () => {
  it("is a NewsMediaOrganization with its name, home page and a logo within 600×60", () => {
    const organization = newsMediaOrganization("hi");
    expect(organization).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsMediaOrganization",
      name: "ख़बर दर्पण",
      url: `${origin}/`,
      logo: { "@type": "ImageObject", url: `${origin}/publisher-logo.png` },
    });
    expect(publisherLogo.width).toBeLessThanOrEqual(600);
    expect(publisherLogo.height).toBeLessThanOrEqual(60);
  });

  it("goes by its English name on the English edition", () => {
    expect(newsMediaOrganization("en")).toMatchObject({ name: "Khabar Darpan", url: `${origin}/en` });
  });
});

describe("the web site with its search box", () => {
  it("points the Hindi search action at /search with the query placeholder", () => {
    expect(webSite("hi")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "WebSite",
      url: `${origin}/`,
      inLanguage: "hi",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${origin}/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });

  it("points the English search action at /en/search", () => {
    expect(webSite("en")).toMatchObject({
      url: `${origin}/en`,
      potentialAction: { target: { urlTemplate: `${origin}/en/search?q={search_term_string}` } },
    });
  });
});

describe("breadcrumbs", () => {
  it("number their steps from 1 and give each an absolute URL", () => {
    expect(breadcrumbList([{ name: "ख़बर दर्पण", path: "/" }, { name: "खेल", path: "/khel" }])).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "ख़बर दर्पण", item: `${origin}/` },
        { "@type": "ListItem", position: 2, name: "खेल", item: `${origin}/khel` },
      ],
    });
  });

  it("lead from the home page through the section to the story", () => {
    const items = articleBreadcrumbs(putinStory).itemListElement as { name: string; item: string }[];
    expect(items.map((item) => item.name)).toEqual(["ख़बर दर्पण", "विदेश", putinStory.headline]);
    expect(items.map((item) => item.item)).toEqual([`${origin}/`, `${origin}/videsh`, `${origin}/videsh/putin-ne-kim-ka-nimantran-svikara-1`]);
  });
});

describe("section, tag and author pages", () => {
  it("describe a section front as a CollectionPage within the web site", () => {
    expect(collectionPage({ locale: "hi", name: "खेल", description: "खेल की ख़बरें", path: "/khel" })).toMatchObject({
      "@context": "https://schema.org",
      "@type": "CollectionPage",
      name: "खेल",
      description: "खेल की ख़बरें",
      url: `${origin}/khel`,
      inLanguage: "hi",
      isPartOf: { "@type": "WebSite", url: `${origin}/` },
    });
  });

  it("describe an author page as a ProfilePage of the Person with biography and portrait", () => {
    expect(
      profilePage({ locale: "en", name: "Shalini Verma", bio: "Covers the courts.", path: "/en/author/shalini-verma", photoPath: "/media/abc.jpg" }),
    ).toMatchObject({
      "@type": "ProfilePage",
      url: `${origin}/en/author/shalini-verma`,
      mainEntity: {
        "@type": "Person",
        name: "Shalini Verma",
        description: "Covers the courts.",
        url: `${origin}/en/author/shalini-verma`,
        image: `${origin}/media/abc.jpg`,
      },
    });
  });

  it("leave out the portrait of an author who has none", () => {
    const profile = profilePage({ locale: "hi", name: "शालिनी वर्मा", bio: "", path: "/author/shalini-verma", photoPath: null });
    expect(profile.mainEntity).toEqual({ "@type": "Person", name: "शालिनी वर्मा", url: `${origin}/author/shalini-verma` });
  });
});

describe("a news story", () => {
  it("carries Google's NewsArticle properties with IST dates and absolute URLs", () => {
    const article = newsArticle(putinStory, "रूसी राष्ट्रपति ने निमंत्रण स्वीकार किया।");
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: putinStory.headline,
      description: "रूसी राष्ट्रपति ने निमंत्रण स्वीकार किया।",
      datePublished: "2023-09-14T10:30:00+05:30",
      dateModified: "2023-09-14T12:45:00+05:30",
      inLanguage: "hi",
      articleSection: "विदेश",
      keywords: ["रूस", "उत्तर कोरिया"],
      url: `${origin}/videsh/putin-ne-kim-ka-nimantran-svikara-1`,
      mainEntityOfPage: `${origin}/videsh/putin-ne-kim-ka-nimantran-svikara-1`,
      isAccessibleForFree: true,
      publisher: { "@type": "NewsMediaOrganization", name: "ख़बर दर्पण", logo: { "@type": "ImageObject" } },
    });
    expect(article.publisher).not.toHaveProperty("@context");
  });

  it("prints the dateline as the story does and names its place as where it was created", () => {
    expect(newsArticle(putinStory, "")).toMatchObject({
      dateline: "प्योंगयांग, 14 सितंबर",
      locationCreated: { "@type": "Place", name: "प्योंगयांग" },
    });
    expect(newsArticle({ ...putinStory, agency: "भाषा" }, "")).toMatchObject({ dateline: "प्योंगयांग, 14 सितंबर (भाषा)" });
  });

  it("has no dateline or place when the story has no dateline", () => {
    const article = newsArticle({ ...putinStory, dateline: null }, "");
    expect(article).not.toHaveProperty("dateline");
    expect(article).not.toHaveProperty("locationCreated");
  });

  it("shows three 1200 px crops of the hero photo in 16:9, 4:3 and 1:1", () => {
    const article = newsArticle({ ...putinStory, hero: { id: 5, alt: "क्रेमलिन" } }, "");
    expect(article.image).toEqual([
      `${origin}/social/media-5-16x9.jpg`,
      `${origin}/social/media-5-4x3.jpg`,
      `${origin}/social/media-5-1x1.jpg`,
    ]);
  });

  it("shows its generated headline card when it has no hero photo", () => {
    expect(newsArticle(putinStory, "").image).toEqual([`${origin}/social/1-v3.png`]);
  });

  it("names staff reporters as people with their author pages", () => {
    const article = newsArticle(
      { ...putinStory, authors: [{ slug: "shalini-verma", name: "शालिनी वर्मा", nameEn: "Shalini Verma" }], agency: "भाषा" },
      "",
    );
    expect(article.author).toEqual([{ "@type": "Person", name: "शालिनी वर्मा", url: `${origin}/author/shalini-verma` }]);
  });

  it("credits agency copy to the agency as an organisation", () => {
    expect(newsArticle({ ...putinStory, agency: "भाषा" }, "").author).toEqual([{ "@type": "Organization", name: "भाषा" }]);
  });

  it("credits bureau copy without a staff reporter to the newspaper itself", () => {
    expect(newsArticle(putinStory, "").author).toEqual([expect.objectContaining({ "@type": "NewsMediaOrganization", name: "ख़बर दर्पण" })]);
  });

  it("cuts an over-long headline to 110 characters", () => {
    const headline = `${"लंबी ख़बर ".repeat(20)}अंत`;
    expect(Array.from(newsArticle({ ...putinStory, headline }, "").headline as string).length).toBeLessThanOrEqual(110);
  });

  it("leaves out keywords and description it does not have", () => {
    const article = newsArticle({ ...putinStory, tags: [] }, "");
    expect(article).not.toHaveProperty("keywords");
    expect(article).not.toHaveProperty("description");
  });

  it("gives English stories English names and /en URLs", () => {
    const article = newsArticle({ ...putinStory, locale: "en", headline: "Putin accepts Kim's invitation" }, "");
    expect(article).toMatchObject({
      inLanguage: "en",
      articleSection: "World",
      url: `${origin}/en/videsh/putin-ne-kim-ka-nimantran-svikara-1`,
      dateline: "प्योंगयांग, 14 September",
    });
  });
});

describe("serialising for an inline script", () => {
  const hostile = "</script><script>alert(1)</script>";

  it("lets no headline close the script element, and parses back to the same headline", () => {
    const json = serializeJsonLd(newsArticle({ ...putinStory, headline: hostile }, hostile));
    expect(json.toLowerCase()).not.toContain("</script");
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    const parsed = JSON.parse(json) as { headline: string; description: string };
    expect(parsed.headline).toBe(hostile);
    expect(parsed.description).toBe(hostile);
  });

  it("escapes HTML comment openers, ampersands and the JavaScript line separators", () => {
    const text = "<!-- a & b \u2028 c \u2029 d -->";
    const json = serializeJsonLd({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(json).toContain("\\u2028");
    expect(JSON.parse(json)).toEqual({ text });
  });
});
