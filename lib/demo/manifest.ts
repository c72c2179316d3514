import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const demoDir = path.resolve(process.cwd(), "db/demo");

const bilingual = { name: z.string().min(1), nameEn: z.string().min(1) };

const demoArticle = z
  .object({
    file: z.string().regex(/^(hi|en)\/[\w-]+\.txt$/),
    locale: z.enum(["hi", "en"]),
    section: z.string(),
    tags: z.array(z.string().min(1)),
    authors: z.array(z.string()),
    standfirst: z.string().optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    hoursAgo: z.number().positive().optional(),
    updatedHoursAgo: z.number().nonnegative().optional(),
    hero: z.string().optional(),
    translationOf: z.string().optional(),
    dateline: z
      .object({ place: z.string(), day: z.number().int(), month: z.number().int(), agency: z.string().nullable().optional() })
      .optional(),
  })
  .refine((article) => (article.publishedAt === undefined) !== (article.hoursAgo === undefined), "give publishedAt or hoursAgo");

export const demoManifestSchema = z.object({
  sections: z.array(z.object({ slug: z.string(), ...bilingual, description: z.string(), descriptionEn: z.string() })),
  authors: z.array(z.object({ slug: z.string(), ...bilingual, bio: z.string(), bioEn: z.string() })),
  images: z.array(
    z.object({
      file: z.string().regex(/^[\w-]+\.svg$/),
      alt: z.string(),
      altEn: z.string(),
      caption: z.string(),
      captionEn: z.string(),
      credit: z.string(),
      creditEn: z.string(),
    }),
  ),
  articles: z.array(demoArticle),
});

export type DemoManifest = z.infer<typeof demoManifestSchema>;
export type DemoArticle = DemoManifest["articles"][number];

export function readDemoManifest(): DemoManifest {
  return demoManifestSchema.parse(JSON.parse(fs.readFileSync(path.join(demoDir, "manifest.json"), "utf8")));
}
