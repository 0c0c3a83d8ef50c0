ALTER TABLE `photos` ADD `kind` text DEFAULT 'shelf' NOT NULL;--> statement-breakpoint
-- Hand-written below. The store's signature is uploaded like a photo (kind = 'signature') but is
-- not one: visits.photo_count counts shelf photos only. Photos stored before this migration are
-- all shelf photos (the upload did not say which one was the signature).
DROP TRIGGER `photos_count_insert`;
--> statement-breakpoint
CREATE TRIGGER `photos_count_insert` AFTER INSERT ON `photos` WHEN NEW.`kind` = 'shelf' BEGIN
  UPDATE `visits` SET `photo_count` = `photo_count` + 1 WHERE `id` = NEW.`visit_id`;
END;
--> statement-breakpoint
DROP TRIGGER `photos_count_delete`;
--> statement-breakpoint
CREATE TRIGGER `photos_count_delete` AFTER DELETE ON `photos` WHEN OLD.`kind` = 'shelf' BEGIN
  UPDATE `visits` SET `photo_count` = `photo_count` - 1 WHERE `id` = OLD.`visit_id`;
END;
