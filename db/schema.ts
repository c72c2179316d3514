import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const articleStatuses = ["draft", "in_review", "scheduled", "published", "unpublished"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
export const contentLocales = ["hi", "en"] as const;

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const sections = sqliteTable("sections", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  description: text("description").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  position: integer("position").notNull().default(0),
  createdAt: createdAt(),
});

export const media = sqliteTable(
  "media",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // Files are stored content-addressed: the same bytes are kept once however many rows describe them.
    fileHash: text("file_hash").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    alt: text("alt").notNull(),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("media_file_hash_idx").on(t.fileHash)],
);

export const authors = sqliteTable("authors", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  bio: text("bio").notNull().default(""),
  bioEn: text("bio_en").notNull().default(""),
  photoMediaId: integer("photo_media_id").references(() => media.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const tags = sqliteTable(
  "tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    locale: text("locale", { enum: contentLocales }).notNull(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tags_locale_slug_idx").on(t.locale, t.slug), uniqueIndex("tags_locale_name_idx").on(t.locale, t.name)],
);

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    locale: text("locale", { enum: contentLocales }).notNull(),
    sectionId: integer("section_id")
      .notNull()
      .references(() => sections.id),
    slug: text("slug").notNull(),
    headline: text("headline").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    // A validated ArticleDocument (lib/content/document.ts) as JSON, never HTML.
    body: text("body", { mode: "json" }).notNull(),
    bodyText: text("body_text").notNull(),
    datelinePlace: text("dateline_place"),
    datelineDay: integer("dateline_day"),
    datelineMonth: integer("dateline_month"),
    datelineYear: integer("dateline_year"),
    agency: text("agency"),
    // The credit line as the copy gives it when no staff author is linked, e.g. "ब्यूरो रिपोर्ट".
    bylineText: text("byline_text"),
    heroMediaId: integer("hero_media_id").references(() => media.id, { onDelete: "set null" }),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    scheduledAt: integer("scheduled_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    version: integer("version").notNull().default(1),
    translationOfId: integer("translation_of_id").references((): AnySQLiteColumn => articles.id, { onDelete: "set null" }),
    metaTitle: text("meta_title"),
    metaDescription: text("meta_description"),
    socialMediaId: integer("social_media_id").references(() => media.id, { onDelete: "set null" }),
    // The account that created the story: authors publish their own, contributors edit their own drafts.
    createdByUserId: integer("created_by_user_id").references((): AnySQLiteColumn => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("articles_published_idx").on(t.status, t.locale, t.publishedAt),
    index("articles_section_published_idx").on(t.sectionId, t.status, t.locale, t.publishedAt),
    index("articles_translation_idx").on(t.translationOfId),
    index("articles_scheduled_idx").on(t.status, t.scheduledAt),
    uniqueIndex("articles_locale_slug_idx").on(t.locale, t.slug),
  ],
);

export const articleAuthors = sqliteTable(
  "article_authors",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index("article_authors_author_idx").on(t.authorId)],
);

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId)],
);

export const roles = ["contributor", "author", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Stored lower-cased and NFC-normalised, so one address is one account.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: roles }).notNull(),
  locale: text("locale", { enum: contentLocales }).notNull().default("hi"),
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  // The byline profile this account writes as, if any.
  authorId: integer("author_id").references(() => authors.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // SHA-256 of the cookie's random token: a stolen database holds no usable session.
    tokenHash: text("token_hash").notNull().unique(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed logins counted per client address across accounts, in a sliding window. */
export const loginThrottle = sqliteTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
});

export const revisionKinds = ["save", "publish", "restore", "import"] as const;

export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // The article version this revision became.
    version: integer("version").notNull(),
    kind: text("kind", { enum: revisionKinds }).notNull(),
    // Every editable field of the article at that version (lib/content/articleDraft.ts), as JSON.
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.version)],
);

export const articleAutosaves = sqliteTable(
  "article_autosaves",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    baseVersion: integer("base_version").notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/** Who has an article open in the editor; a lock whose heartbeat is old has lapsed. */
export const articleLocks = sqliteTable("article_locks", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  heartbeatAt: integer("heartbeat_at", { mode: "timestamp_ms" }).notNull(),
});

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // e.g. "login", "login.failed", "article.publish", "user.role" (lib/audit/actions.ts lists them).
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: integer("target_id"),
    details: text("details", { mode: "json" }),
    ip: text("ip").notNull().default(""),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_action_idx").on(t.action, t.at)],
);

/**
 * One row per wire-copy file that became an article, keyed by the SHA-256 of the file's bytes: importing the same
 * copy again is recognised instead of duplicated, also after a crash halfway through a batch.
 */
export const wireImports = sqliteTable(
  "wire_imports",
  {
    contentHash: text("content_hash").primaryKey(),
    fileName: text("file_name").notNull(),
    // Deleting the article forgets the import, so the copy can be brought in again.
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    importedByUserId: integer("imported_by_user_id").references(() => users.id, { onDelete: "set null" }),
    importedAt: integer("imported_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("wire_imports_article_idx").on(t.articleId)],
);
