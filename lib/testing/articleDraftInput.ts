import type { ArticleDraftInput } from "@/lib/content/articleDraft";

/** What the article editor sends for a one-paragraph Hindi story with every optional field left empty. */
export function articleDraftInput(overrides: Partial<ArticleDraftInput> = {}): ArticleDraftInput {
  return {
    headline: "भारत ने सीरीज़ जीती",
    standfirst: "",
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] },
    sectionId: 1,
    tags: [],
    authorIds: [],
    agency: "",
    bylineText: "",
    datelinePlace: "",
    datelineDay: null,
    datelineMonth: null,
    datelineYear: null,
    heroMediaId: null,
    socialMediaId: null,
    locale: "hi",
    slug: "",
    metaTitle: "",
    metaDescription: "",
    translationOfId: null,
    ...overrides,
  };
}
