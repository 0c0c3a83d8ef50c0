DROP INDEX `visits_store_checkin_idx`;--> statement-breakpoint
DROP INDEX `visits_rep_checkin_idx`;--> statement-breakpoint
CREATE INDEX `visits_store_checkin_id_idx` ON `visits` (`store_id`,`check_in_at`,`id`);--> statement-breakpoint
CREATE INDEX `visits_rep_checkin_id_idx` ON `visits` (`rep_id`,`check_in_at`,`id`);--> statement-breakpoint
CREATE INDEX `visits_checkin_id_idx` ON `visits` (`check_in_at`,`id`);