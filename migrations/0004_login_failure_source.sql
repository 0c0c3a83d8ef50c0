ALTER TABLE `login_failures` ADD `source` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `login_failures_username_source_at_idx` ON `login_failures` (`username`,`source`,`at`);--> statement-breakpoint
CREATE INDEX `login_failures_at_idx` ON `login_failures` (`at`);