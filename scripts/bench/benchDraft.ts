import type { ArticleDraftInput } from "@/lib/content/articleDraft";

/** A full Hindi story as the editor's save sends it: twelve paragraphs, a subheading, a quote, a list, tags and a hero image. */
export function benchArticleDraft(n: number, sectionId: number): ArticleDraftInput {
  const paragraphs = Array.from({ length: 12 }, (_, i) => ({
    type: "paragraph" as const,
    content: [{ text: `यह अनुच्छेद ${i + 1} है, जिसमें ` }, { text: "ज़रूरी", bold: true }, { text: " जानकारी दी गई है। ".repeat(6) }],
  }));
  return {
    headline: `मानसून ने केरल में दस्तक दी — परीक्षण ${n}`,
    standfirst: "मौसम विभाग के अनुसार इस बार सामान्य से अधिक वर्षा होगी।",
    body: {
      version: 1,
      blocks: [...paragraphs, { type: "subheading", text: "किसानों के लिए राहत" }, { type: "quote", text: "बुआई समय पर होगी।" }, { type: "list", ordered: false, items: [[{ text: "धान" }], [{ text: "मक्का" }]] }],
    },
    sectionId, tags: ["मानसून", "केरल", `टैग ${n}`], authorIds: [1, 2], agency: "भाषा", bylineText: "", datelinePlace: "तिरुवनंतपुरम", datelineDay: 2, datelineMonth: 6, datelineYear: null,
    heroMediaId: 1, socialMediaId: null, locale: "hi" as const, slug: "", metaTitle: "", metaDescription: "", translationOfId: null,
  };
}
