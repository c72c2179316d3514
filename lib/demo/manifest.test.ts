import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWireCopy } from "@/lib/wire/parseWireCopy";
import { demoDir, readDemoManifest } from "./manifest";

const manifest = readDemoManifest();

describe("the demo newsroom a newcomer sees", () => {
  it("fills every section front with at least four Hindi stories", () => {
    for (const section of manifest.sections) {
      const stories = manifest.articles.filter((a) => a.locale === "hi" && a.section === section.slug);
      expect(stories.length, section.name).toBeGreaterThanOrEqual(4);
    }
  });

  it("has every Hindi story parse as a wire copy with a dateline and a credit line", () => {
    for (const article of manifest.articles.filter((a) => a.locale === "hi")) {
      const copy = parseWireCopy(fs.readFileSync(path.join(demoDir, "articles", article.file), "utf8"));
      expect(copy.dateline, article.file).not.toBeNull();
      expect(copy.byline, article.file).not.toBeNull();
      expect(copy.blocks.length, article.file).toBeGreaterThanOrEqual(3);
    }
  });

  it("links translations to an original of the other language in the same section", () => {
    const byFile = new Map(manifest.articles.map((a) => [a.file, a]));
    const translations = manifest.articles.filter((a) => a.translationOf);
    expect(translations.length).toBeGreaterThan(0);
    for (const translation of translations) {
      const original = byFile.get(translation.translationOf!);
      expect(original?.locale, translation.file).not.toBe(translation.locale);
      expect(original?.section, translation.file).toBe(translation.section);
    }
  });

  it("names only authors, sections and images that exist", () => {
    const authors = new Set(manifest.authors.map((a) => a.slug));
    const sections = new Set(manifest.sections.map((s) => s.slug));
    const images = new Set(manifest.images.map((i) => i.file));
    for (const article of manifest.articles) {
      expect(sections.has(article.section), article.file).toBe(true);
      article.authors.forEach((slug) => expect(authors.has(slug), `${article.file}: ${slug}`).toBe(true));
      if (article.hero) expect(images.has(article.hero), article.file).toBe(true);
    }
    manifest.images.forEach((image) => expect(fs.existsSync(path.join(demoDir, "images", image.file))).toBe(true));
  });

  it("ships the real seed copy as the first story, in विदेश", () => {
    const [first] = manifest.articles;
    expect(first).toMatchObject({ file: "hi/00-putin-kim-nimantran.txt", section: "videsh", locale: "hi" });
  });
});
