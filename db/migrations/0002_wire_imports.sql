CREATE TABLE `wire_imports` (
	`content_hash` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`article_id` integer NOT NULL,
	`imported_by_user_id` integer,
	`imported_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `wire_imports_article_idx` ON `wire_imports` (`article_id`);