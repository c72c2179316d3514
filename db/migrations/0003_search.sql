-- Hindi full-text search (docs/decisions/0007-hindi-search.md). search_fold, search_latin and search_vocabulary
-- are JavaScript functions registered on every connection (db/searchFunctions.ts).
CREATE VIRTUAL TABLE `search_index` USING fts5(
	headline, body, headline_latin, body_latin,
	content='', contentless_delete=1,
	tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
--> statement-breakpoint
-- The filter of every search (published, locale, section, date) read from this small index instead of the wide
-- article rows: ten times less work per matching story.
CREATE INDEX `articles_search_filter_idx` ON `articles` (`id`, `status`, `locale`, `section_id`, `published_at`);
--> statement-breakpoint
CREATE TABLE `search_terms` (
	`id` integer PRIMARY KEY,
	`term` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_terms_trigram` USING fts5(term, content='search_terms', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
-- Misspellings are corrected among Latin skeletons only; folded Devanagari words are in search_terms for prefixes.
CREATE TRIGGER `search_terms_insert` AFTER INSERT ON `search_terms`
WHEN length(new.term) >= 3 AND new.term NOT GLOB '*[^a-z0-9]*' BEGIN
	INSERT INTO search_terms_trigram(rowid, term) VALUES (new.id, new.term);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO search_index(rowid, headline, body, headline_latin, body_latin) VALUES (
		new.id,
		search_fold(new.headline), search_fold(new.standfirst, new.body_text),
		search_latin(new.headline), search_latin(new.standfirst, new.body_text)
	);
	INSERT OR IGNORE INTO search_terms(term)
		SELECT value FROM json_each(search_vocabulary(new.headline, new.standfirst, new.body_text));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE OF headline, standfirst, body_text ON `articles`
WHEN old.headline IS NOT new.headline OR old.standfirst IS NOT new.standfirst OR old.body_text IS NOT new.body_text BEGIN
	DELETE FROM search_index WHERE rowid = old.id;
	INSERT INTO search_index(rowid, headline, body, headline_latin, body_latin) VALUES (
		new.id,
		search_fold(new.headline), search_fold(new.standfirst, new.body_text),
		search_latin(new.headline), search_latin(new.standfirst, new.body_text)
	);
	INSERT OR IGNORE INTO search_terms(term)
		SELECT value FROM json_each(search_vocabulary(new.headline, new.standfirst, new.body_text));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM search_index WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, headline, body, headline_latin, body_latin)
	SELECT id, search_fold(headline), search_fold(standfirst, body_text), search_latin(headline), search_latin(standfirst, body_text)
	FROM articles;
--> statement-breakpoint
INSERT OR IGNORE INTO search_terms(term)
	SELECT words.value FROM articles, json_each(search_vocabulary(articles.headline, articles.standfirst, articles.body_text)) AS words;
