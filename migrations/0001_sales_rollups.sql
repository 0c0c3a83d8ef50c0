CREATE TABLE `sales_daily_product` (
	`visit_date` text NOT NULL,
	`product_id` text NOT NULL,
	`order_qty` integer NOT NULL,
	`order_amount_minor` integer NOT NULL,
	`sold_qty` integer NOT NULL,
	`line_count` integer NOT NULL,
	PRIMARY KEY(`visit_date`, `product_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `sales_daily_rep_product` (
	`rep_id` text NOT NULL,
	`visit_date` text NOT NULL,
	`product_id` text NOT NULL,
	`order_qty` integer NOT NULL,
	`order_amount_minor` integer NOT NULL,
	`sold_qty` integer NOT NULL,
	`line_count` integer NOT NULL,
	PRIMARY KEY(`rep_id`, `visit_date`, `product_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `sales_daily_store` (
	`visit_date` text NOT NULL,
	`store_id` text NOT NULL,
	`rep_id` text NOT NULL,
	`order_qty` integer NOT NULL,
	`order_amount_minor` integer NOT NULL,
	`sold_qty` integer NOT NULL,
	`line_count` integer NOT NULL,
	PRIMARY KEY(`visit_date`, `store_id`, `rep_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `sales_daily_store_rep_idx` ON `sales_daily_store` (`rep_id`,`visit_date`);--> statement-breakpoint
ALTER TABLE `collection_plans` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Hand-written below (drizzle-kit has no triggers). The rollups are WITHOUT ROWID (above) so a
-- date-range scan reads its measures straight from the primary-key b-tree.
-- Each trigger adds (sign +1) or subtracts (sign -1) one visit line, priced at the product's
-- current supply price (visit lines are insert-only in the application).
CREATE TRIGGER `visit_lines_sales_insert` AFTER INSERT ON `visit_lines` BEGIN
  INSERT INTO `sales_daily_product` VALUES (NEW.visit_date, NEW.product_id, NEW.order_qty,
    NEW.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = NEW.product_id), 0), COALESCE(NEW.sold_qty, 0), 1)
    ON CONFLICT DO UPDATE SET order_qty = order_qty + excluded.order_qty, order_amount_minor = order_amount_minor + excluded.order_amount_minor,
      sold_qty = sold_qty + excluded.sold_qty, line_count = line_count + 1;
  INSERT INTO `sales_daily_rep_product` VALUES (NEW.rep_id, NEW.visit_date, NEW.product_id, NEW.order_qty,
    NEW.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = NEW.product_id), 0), COALESCE(NEW.sold_qty, 0), 1)
    ON CONFLICT DO UPDATE SET order_qty = order_qty + excluded.order_qty, order_amount_minor = order_amount_minor + excluded.order_amount_minor,
      sold_qty = sold_qty + excluded.sold_qty, line_count = line_count + 1;
  INSERT INTO `sales_daily_store` VALUES (NEW.visit_date, NEW.store_id, NEW.rep_id, NEW.order_qty,
    NEW.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = NEW.product_id), 0), COALESCE(NEW.sold_qty, 0), 1)
    ON CONFLICT DO UPDATE SET order_qty = order_qty + excluded.order_qty, order_amount_minor = order_amount_minor + excluded.order_amount_minor,
      sold_qty = sold_qty + excluded.sold_qty, line_count = line_count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `visit_lines_sales_delete` AFTER DELETE ON `visit_lines` BEGIN
  UPDATE `sales_daily_product` SET order_qty = order_qty - OLD.order_qty,
    order_amount_minor = order_amount_minor - OLD.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = OLD.product_id), 0),
    sold_qty = sold_qty - COALESCE(OLD.sold_qty, 0), line_count = line_count - 1
    WHERE visit_date = OLD.visit_date AND product_id = OLD.product_id;
  UPDATE `sales_daily_rep_product` SET order_qty = order_qty - OLD.order_qty,
    order_amount_minor = order_amount_minor - OLD.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = OLD.product_id), 0),
    sold_qty = sold_qty - COALESCE(OLD.sold_qty, 0), line_count = line_count - 1
    WHERE rep_id = OLD.rep_id AND visit_date = OLD.visit_date AND product_id = OLD.product_id;
  UPDATE `sales_daily_store` SET order_qty = order_qty - OLD.order_qty,
    order_amount_minor = order_amount_minor - OLD.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = OLD.product_id), 0),
    sold_qty = sold_qty - COALESCE(OLD.sold_qty, 0), line_count = line_count - 1
    WHERE visit_date = OLD.visit_date AND store_id = OLD.store_id AND rep_id = OLD.rep_id;
  DELETE FROM `sales_daily_product` WHERE visit_date = OLD.visit_date AND product_id = OLD.product_id AND line_count = 0;
  DELETE FROM `sales_daily_rep_product` WHERE rep_id = OLD.rep_id AND visit_date = OLD.visit_date AND product_id = OLD.product_id AND line_count = 0;
  DELETE FROM `sales_daily_store` WHERE visit_date = OLD.visit_date AND store_id = OLD.store_id AND rep_id = OLD.rep_id AND line_count = 0;
END;
--> statement-breakpoint
-- An update is a delete of the old line and an insert of the new one.
CREATE TRIGGER `visit_lines_sales_update` AFTER UPDATE OF visit_date, product_id, store_id, rep_id, order_qty, sold_qty ON `visit_lines` BEGIN
  UPDATE `sales_daily_product` SET order_qty = order_qty - OLD.order_qty,
    order_amount_minor = order_amount_minor - OLD.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = OLD.product_id), 0),
    sold_qty = sold_qty - COALESCE(OLD.sold_qty, 0), line_count = line_count - 1
    WHERE visit_date = OLD.visit_date AND product_id = OLD.product_id;
  UPDATE `sales_daily_rep_product` SET order_qty = order_qty - OLD.order_qty,
    order_amount_minor = order_amount_minor - OLD.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = OLD.product_id), 0),
    sold_qty = sold_qty - COALESCE(OLD.sold_qty, 0), line_count = line_count - 1
    WHERE rep_id = OLD.rep_id AND visit_date = OLD.visit_date AND product_id = OLD.product_id;
  UPDATE `sales_daily_store` SET order_qty = order_qty - OLD.order_qty,
    order_amount_minor = order_amount_minor - OLD.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = OLD.product_id), 0),
    sold_qty = sold_qty - COALESCE(OLD.sold_qty, 0), line_count = line_count - 1
    WHERE visit_date = OLD.visit_date AND store_id = OLD.store_id AND rep_id = OLD.rep_id;
  INSERT INTO `sales_daily_product` VALUES (NEW.visit_date, NEW.product_id, NEW.order_qty,
    NEW.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = NEW.product_id), 0), COALESCE(NEW.sold_qty, 0), 1)
    ON CONFLICT DO UPDATE SET order_qty = order_qty + excluded.order_qty, order_amount_minor = order_amount_minor + excluded.order_amount_minor,
      sold_qty = sold_qty + excluded.sold_qty, line_count = line_count + 1;
  INSERT INTO `sales_daily_rep_product` VALUES (NEW.rep_id, NEW.visit_date, NEW.product_id, NEW.order_qty,
    NEW.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = NEW.product_id), 0), COALESCE(NEW.sold_qty, 0), 1)
    ON CONFLICT DO UPDATE SET order_qty = order_qty + excluded.order_qty, order_amount_minor = order_amount_minor + excluded.order_amount_minor,
      sold_qty = sold_qty + excluded.sold_qty, line_count = line_count + 1;
  INSERT INTO `sales_daily_store` VALUES (NEW.visit_date, NEW.store_id, NEW.rep_id, NEW.order_qty,
    NEW.order_qty * COALESCE((SELECT supply_price_minor FROM products WHERE id = NEW.product_id), 0), COALESCE(NEW.sold_qty, 0), 1)
    ON CONFLICT DO UPDATE SET order_qty = order_qty + excluded.order_qty, order_amount_minor = order_amount_minor + excluded.order_amount_minor,
      sold_qty = sold_qty + excluded.sold_qty, line_count = line_count + 1;
  DELETE FROM `sales_daily_product` WHERE visit_date = OLD.visit_date AND product_id = OLD.product_id AND line_count = 0;
  DELETE FROM `sales_daily_rep_product` WHERE rep_id = OLD.rep_id AND visit_date = OLD.visit_date AND product_id = OLD.product_id AND line_count = 0;
  DELETE FROM `sales_daily_store` WHERE visit_date = OLD.visit_date AND store_id = OLD.store_id AND rep_id = OLD.rep_id AND line_count = 0;
END;
--> statement-breakpoint
-- Lines recorded before this migration.
INSERT INTO `sales_daily_product`
  SELECT l.visit_date, l.product_id, SUM(l.order_qty), SUM(l.order_qty * COALESCE(p.supply_price_minor, 0)), COALESCE(SUM(l.sold_qty), 0), COUNT(*)
  FROM `visit_lines` l LEFT JOIN `products` p ON p.id = l.product_id GROUP BY l.visit_date, l.product_id;
--> statement-breakpoint
INSERT INTO `sales_daily_rep_product`
  SELECT l.rep_id, l.visit_date, l.product_id, SUM(l.order_qty), SUM(l.order_qty * COALESCE(p.supply_price_minor, 0)), COALESCE(SUM(l.sold_qty), 0), COUNT(*)
  FROM `visit_lines` l LEFT JOIN `products` p ON p.id = l.product_id GROUP BY l.rep_id, l.visit_date, l.product_id;
--> statement-breakpoint
INSERT INTO `sales_daily_store`
  SELECT l.visit_date, l.store_id, l.rep_id, SUM(l.order_qty), SUM(l.order_qty * COALESCE(p.supply_price_minor, 0)), COALESCE(SUM(l.sold_qty), 0), COUNT(*)
  FROM `visit_lines` l LEFT JOIN `products` p ON p.id = l.product_id GROUP BY l.visit_date, l.store_id, l.rep_id;
