CREATE TABLE `calendar_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`holidays` text NOT NULL,
	`workdays` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `role_versions` (
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`data` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`code`, `version`),
	FOREIGN KEY (`code`) REFERENCES `roles`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `roles` (
	`code` text PRIMARY KEY NOT NULL,
	`current_version` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `api_clients` (
	`client_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`secret_hash` text NOT NULL,
	`scopes` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_username_at_idx` ON `login_failures` (`username`,`at`);--> statement-breakpoint
CREATE TABLE `refresh_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`family_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`revoked_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `refresh_tokens_token_hash_unique` ON `refresh_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `refresh_tokens_family_idx` ON `refresh_tokens` (`family_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role_code` text NOT NULL,
	`manager_id` text,
	`region` text,
	`start_date` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`role_code`) REFERENCES `roles`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_manager_idx` ON `users` (`manager_id`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role_code`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`barcode` text,
	`name` text NOT NULL,
	`spec` text,
	`unit` text NOT NULL,
	`category` text,
	`brand` text,
	`retail_price_minor` integer NOT NULL,
	`supply_price_minor` integer NOT NULL,
	`shelf_life_days` integer NOT NULL,
	`pack_size` integer DEFAULT 1 NOT NULL,
	`is_key` integer DEFAULT false NOT NULL,
	`is_new` integer DEFAULT false NOT NULL,
	`clearance_from` text,
	`clearance_to` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `stores` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`address` text,
	`lat` real,
	`lng` real,
	`tier` text NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`owner_id` text NOT NULL,
	`region` text,
	`contacts` text NOT NULL,
	`profile` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stores_code_unique` ON `stores` (`code`);--> statement-breakpoint
CREATE INDEX `stores_owner_idx` ON `stores` (`owner_id`);--> statement-breakpoint
CREATE INDEX `stores_status_idx` ON `stores` (`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_type` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`,`id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`caller` text NOT NULL,
	`key` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`body_hash` text NOT NULL,
	`status_code` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`caller`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `photos` (
	`id` text PRIMARY KEY NOT NULL,
	`visit_id` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`content_type` text NOT NULL,
	`path` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `photos_sha_idx` ON `photos` (`sha256`);--> statement-breakpoint
CREATE INDEX `photos_visit_idx` ON `photos` (`visit_id`);--> statement-breakpoint
CREATE TABLE `visit_lines` (
	`visit_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` text NOT NULL,
	`store_id` text NOT NULL,
	`rep_id` text NOT NULL,
	`visit_date` text NOT NULL,
	`check_in_at` text NOT NULL,
	`shelf_price_minor` integer NOT NULL,
	`price_tag_ok` integer NOT NULL,
	`stock_qty` integer NOT NULL,
	`production_date` text,
	`shelf_layer` text,
	`facings` integer NOT NULL,
	`on_promo` integer NOT NULL,
	`promo_type` text,
	`promo_start` text,
	`promo_end` text,
	`order_qty` integer NOT NULL,
	`suggested_order_qty` integer,
	`sold_qty` integer,
	`suggestion` text NOT NULL,
	`issues` text NOT NULL,
	PRIMARY KEY(`visit_id`, `line_no`),
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_lines_store_product_checkin_idx` ON `visit_lines` (`store_id`,`product_id`,`check_in_at`);--> statement-breakpoint
CREATE INDEX `visit_lines_date_product_idx` ON `visit_lines` (`visit_date`,`product_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`rep_id` text NOT NULL,
	`check_in_at` text NOT NULL,
	`visit_date` text NOT NULL,
	`check_out_at` text,
	`lat` real,
	`lng` real,
	`accuracy` real,
	`distance_meters` real,
	`issues` text NOT NULL,
	`competitor_notes` text,
	`promoter_notes` text,
	`store_opinion` text,
	`rep_suggestion` text,
	`signed_by` text,
	`body_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_store_checkin_idx` ON `visits` (`store_id`,`check_in_at`);--> statement-breakpoint
CREATE INDEX `visits_rep_checkin_idx` ON `visits` (`rep_id`,`check_in_at`);--> statement-breakpoint
CREATE INDEX `visits_date_store_idx` ON `visits` (`visit_date`,`store_id`);--> statement-breakpoint
CREATE TABLE `market_surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`month` text NOT NULL,
	`content` text NOT NULL,
	`submitted_at` text NOT NULL,
	`penalty` real,
	`graded_by` text,
	`graded_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `market_surveys_user_month_idx` ON `market_surveys` (`user_id`,`month`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`assignee_id` text NOT NULL,
	`assigner_id` text,
	`due_at` text NOT NULL,
	`status` text NOT NULL,
	`completed_at` text,
	`completion_note` text,
	`reviewed_at` text,
	`review_note` text,
	`source` text NOT NULL,
	`duty_key` text,
	`scored` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_assignee_due_idx` ON `tasks` (`assignee_id`,`due_at`);--> statement-breakpoint
CREATE INDEX `tasks_assigner_status_idx` ON `tasks` (`assigner_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_duty_key_idx` ON `tasks` (`duty_key`);--> statement-breakpoint
CREATE TABLE `work_logs` (
	`user_id` text NOT NULL,
	`date` text NOT NULL,
	`content` text NOT NULL,
	`submitted_at` text NOT NULL,
	`vague_flagged_at` text,
	`vague_flagged_by` text,
	`vague_note` text,
	PRIMARY KEY(`user_id`, `date`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `promotion_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`promotion_id` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_id` text NOT NULL,
	`note` text,
	`at` text NOT NULL,
	FOREIGN KEY (`promotion_id`) REFERENCES `promotions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promotion_history_promotion_idx` ON `promotion_history` (`promotion_id`,`id`);--> statement-breakpoint
CREATE TABLE `promotion_products` (
	`promotion_id` text NOT NULL,
	`product_id` text NOT NULL,
	PRIMARY KEY(`promotion_id`, `product_id`),
	FOREIGN KEY (`promotion_id`) REFERENCES `promotions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `promotion_stores` (
	`promotion_id` text NOT NULL,
	`store_id` text NOT NULL,
	PRIMARY KEY(`promotion_id`, `store_id`),
	FOREIGN KEY (`promotion_id`) REFERENCES `promotions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promotion_stores_store_idx` ON `promotion_stores` (`store_id`);--> statement-breakpoint
CREATE TABLE `promotions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`source` text NOT NULL,
	`applicant_id` text NOT NULL,
	`status` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`purpose` text NOT NULL,
	`store_support` text,
	`baseline_sales` text,
	`materials` text NOT NULL,
	`staff_count` integer NOT NULL,
	`estimated_cost_minor` integer NOT NULL,
	`estimated_effect` text NOT NULL,
	`actual_materials` text,
	`actual_staff` integer,
	`actual_cost_minor` integer,
	`actual_effect` text,
	`issues_found` text,
	`improvement_plan` text,
	`reviewer_id` text,
	`gm_approver_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promotions_applicant_idx` ON `promotions` (`applicant_id`);--> statement-breakpoint
CREATE INDEX `promotions_status_idx` ON `promotions` (`status`);--> statement-breakpoint
CREATE TABLE `returns` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`product_id` text NOT NULL,
	`requester_id` text NOT NULL,
	`qty` integer NOT NULL,
	`reason` text NOT NULL,
	`request_date` text NOT NULL,
	`production_date` text,
	`contents_remaining` integer,
	`contents_total` integer,
	`notes` text,
	`status` text NOT NULL,
	`eligibility` text NOT NULL,
	`approver_id` text,
	`decided_at` text,
	`decision_note` text,
	`refund_amount_minor` integer,
	`executed_at` text,
	`executed_date` text,
	`body_hash` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `returns_requester_idx` ON `returns` (`requester_id`,`executed_date`);--> statement-breakpoint
CREATE INDEX `returns_status_idx` ON `returns` (`status`);--> statement-breakpoint
CREATE INDEX `returns_store_idx` ON `returns` (`store_id`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`webhook_id` text NOT NULL,
	`event` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text,
	`response_status` integer,
	`last_error` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_hook_idx` ON `webhook_deliveries` (`webhook_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`events` text NOT NULL,
	`secret` text NOT NULL,
	`allow_private_network` integer NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE TABLE `collection_plans` (
	`user_id` text NOT NULL,
	`month` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `month`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `collections` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`reference` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collections_user_date_idx` ON `collections` (`user_id`,`date`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`date` text NOT NULL,
	`store_id` text,
	`description` text NOT NULL,
	`valid` integer,
	`validated_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_user_date_idx` ON `complaints` (`user_id`,`date`);--> statement-breakpoint
CREATE TABLE `discipline_records` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`date` text NOT NULL,
	`description` text NOT NULL,
	`points` real NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discipline_user_date_idx` ON `discipline_records` (`user_id`,`date`);--> statement-breakpoint
CREATE TABLE `market_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`month` text NOT NULL,
	`level` text NOT NULL,
	`name` text NOT NULL,
	`store_id` text,
	`completed_date` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `market_plans_user_month_idx` ON `market_plans` (`user_id`,`month`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`user_id` text NOT NULL,
	`month` text NOT NULL,
	`status` text NOT NULL,
	`snapshot` text NOT NULL,
	`finalized_at` text,
	`finalized_by` text,
	`reopened_at` text,
	`reopen_note` text,
	PRIMARY KEY(`user_id`, `month`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scorecards_month_idx` ON `scorecards` (`month`);