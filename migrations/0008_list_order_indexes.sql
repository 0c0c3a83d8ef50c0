DROP INDEX `stores_owner_idx`;--> statement-breakpoint
DROP INDEX `stores_status_idx`;--> statement-breakpoint
CREATE INDEX `stores_created_idx` ON `stores` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `stores_owner_created_idx` ON `stores` (`owner_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `stores_status_created_idx` ON `stores` (`status`,`created_at`,`id`);--> statement-breakpoint
DROP INDEX `promotions_status_idx`;--> statement-breakpoint
CREATE INDEX `promotions_created_idx` ON `promotions` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `promotions_status_created_idx` ON `promotions` (`status`,`created_at`,`id`);--> statement-breakpoint
DROP INDEX `returns_status_idx`;--> statement-breakpoint
DROP INDEX `returns_store_idx`;--> statement-breakpoint
CREATE INDEX `returns_created_idx` ON `returns` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `returns_status_created_idx` ON `returns` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `returns_store_created_idx` ON `returns` (`store_id`,`created_at`,`id`);--> statement-breakpoint
DROP INDEX `webhook_deliveries_hook_idx`;--> statement-breakpoint
CREATE INDEX `webhook_deliveries_hook_created_idx` ON `webhook_deliveries` (`webhook_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `users_created_idx` ON `users` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `products_created_idx` ON `products` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `products_category_created_idx` ON `products` (`category`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `webhooks_created_idx` ON `webhooks` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `collections_created_idx` ON `collections` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `collections_user_created_idx` ON `collections` (`user_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `complaints_created_idx` ON `complaints` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `complaints_user_created_idx` ON `complaints` (`user_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `discipline_created_idx` ON `discipline_records` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `discipline_user_created_idx` ON `discipline_records` (`user_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `market_plans_created_idx` ON `market_plans` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `market_plans_user_created_idx` ON `market_plans` (`user_id`,`created_at`,`id`);