import { localDate, toMinor, withDefaultScoring, type RoleDefinition } from '@fieldbeat/domain';
import { connectionOf, type Db } from '../db/client.js';
import { writeAudit } from '../db/repos/audit.js';
import { getProductBySku, getStoreByCode, insertProduct, insertStore } from '../db/repos/masterdata.js';
import { getSettings } from '../db/repos/organisation.js';
import { getRole, saveRole } from '../db/repos/roles.js';
import { getUserByUsername, insertUser } from '../db/repos/users.js';
import { newId } from '../lib/ids.js';
import { hashSecret } from '../lib/passwords.js';
import { seedDemoApprovals } from './approvals.js';
import { seedDemoFieldWork } from './field-work.js';
import { seedDemoScoring } from './scoring.js';
import { DEMO_PASSWORD, demoProducts, demoRoles, demoStartDate, demoStores, demoUsers } from './index.js';

/**
 * Loads the demo organisation (DEMO_DATA=1) into a database that has no stores yet:
 * the handbook's role definitions, the team, stores and products. Idempotent: an
 * organisation that already has stores is left alone.
 */
export async function seedDemo(db: Db, print: (line: string) => void, clock: Date = new Date()): Promise<void> {
  if (connectionOf(db).prepare('SELECT 1 FROM stores LIMIT 1').get()) return;
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  const now = clock.toISOString();
  const today = localDate(clock, getSettings(db).settings.timezone);
  const system = { actorId: null, actorType: 'system' as const };

  db.transaction((tx) => {
    // Roles in an order where reportsTo always names a role that exists already.
    const pending = [...demoRoles];
    for (let guard = 0; pending.length && guard < 100; guard++) {
      const role = pending.shift()!;
      if (role.reportsTo && !getRole(tx, role.reportsTo) && pending.some((r) => r.code === role.reportsTo)) {
        pending.push(role);
        continue;
      }
      if (getRole(tx, role.code)) continue;
      const saved = saveRole(tx, withDefaultScoring(role as RoleDefinition), null);
      writeAudit(tx, { ...system, action: 'create', entity: 'role', entityId: role.code, after: saved });
    }

    for (const u of demoUsers) {
      if (getUserByUsername(tx, u.username)) continue;
      const manager = u.managerUsername ? getUserByUsername(tx, u.managerUsername) : undefined;
      const row = insertUser(tx, {
        id: newId(),
        username: u.username,
        displayName: u.displayName,
        passwordHash,
        roleCode: u.roleCode,
        managerId: manager?.id ?? null,
        region: u.region ?? null,
        startDate: demoStartDate(u, today),
        active: u.active ?? true,
        createdAt: now,
        updatedAt: now,
      });
      writeAudit(tx, { ...system, action: 'create', entity: 'user', entityId: row.id, after: row });
    }

    for (const s of demoStores) {
      if (getStoreByCode(tx, s.code)) continue;
      const owner = getUserByUsername(tx, s.ownerUsername);
      if (!owner) throw new Error(`demo store ${s.code}: no user ${s.ownerUsername}`);
      const row = insertStore(tx, {
        id: newId(),
        code: s.code,
        name: s.name,
        address: s.address,
        lat: s.lat,
        lng: s.lng,
        tier: s.tier,
        channel: s.channel,
        status: s.status,
        ownerId: owner.id,
        region: s.region,
        contacts: s.contacts,
        profile: s.profile as unknown as Record<string, string | number | boolean | null>,
        createdAt: now,
        updatedAt: now,
      });
      writeAudit(tx, { ...system, action: 'create', entity: 'store', entityId: row.id, after: row });
    }

    for (const p of demoProducts) {
      if (getProductBySku(tx, p.sku)) continue;
      const row = insertProduct(tx, {
        id: newId(),
        sku: p.sku,
        barcode: p.barcode,
        name: p.name,
        spec: p.spec,
        unit: p.unit,
        category: p.category,
        brand: p.brand,
        retailPriceMinor: toMinor(p.retailPrice),
        supplyPriceMinor: toMinor(p.supplyPrice),
        shelfLifeDays: p.shelfLifeDays,
        packSize: p.packSize,
        isKey: p.isKey,
        isNew: p.isNew,
        clearanceFrom: p.clearance?.from ?? null,
        clearanceTo: p.clearance?.to ?? null,
        createdAt: now,
        updatedAt: now,
      });
      writeAudit(tx, { ...system, action: 'create', entity: 'product', entityId: row.id, after: row });
    }
  });

  print(`Loaded the demo organisation: ${demoUsers.length} people, ${demoStores.length} stores, ${demoProducts.length} products.`);
  print(`Demo logins (password "${DEMO_PASSWORD}"): ${demoUsers.map((u) => u.username).join(', ')}`);
  seedDemoFieldWork(db, print, clock);
  seedDemoScoring(db, print, clock);
  seedDemoApprovals(db, print, clock);
}
