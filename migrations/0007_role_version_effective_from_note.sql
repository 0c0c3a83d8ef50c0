ALTER TABLE `role_versions` ADD `effective_from` text;--> statement-breakpoint
ALTER TABLE `role_versions` ADD `note` text;