import { randomBytes } from 'node:crypto';
import { PERMISSIONS, localDate, withDefaultScoring } from '@fieldbeat/domain';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { writeAudit } from './db/repos/audit.js';
import { getSettings } from './db/repos/organisation.js';
import { getRole, saveRole } from './db/repos/roles.js';
import { countUsers, insertUser } from './db/repos/users.js';
import { newId } from './lib/ids.js';
import { hashSecret, passwordProblem } from './lib/passwords.js';

export const ADMIN_ROLE = 'system_admin';

/**
 * On an empty database: the administrator role (every permission) and the admin user,
 * with ADMIN_PASSWORD or a random password that is printed once.
 */
export async function ensureAdmin(db: Db, config: Config, print: (line: string) => void): Promise<void> {
  if (countUsers(db) > 0) return;
  const generated = !config.adminPassword;
  const password = config.adminPassword ?? randomBytes(12).toString('base64url');
  const problem = generated ? undefined : passwordProblem(password);
  if (problem) throw new Error(`ADMIN_PASSWORD ${problem}`);
  const passwordHash = await hashSecret(password);
  db.transaction((tx) => {
    if (!getRole(tx, ADMIN_ROLE)) {
      saveRole(
        tx,
        withDefaultScoring({
          code: ADMIN_ROLE,
          title: '系统管理员',
          department: '信息部',
          summary: '配置岗位说明书、用户、门店、商品、日历与系统设置，管理 API 客户端，查阅审计记录。',
          permissions: [...PERMISSIONS],
        }),
        null,
      );
    }
    const now = new Date().toISOString();
    const user = insertUser(tx, {
      id: newId(),
      username: config.adminUsername,
      displayName: '系统管理员',
      passwordHash,
      roleCode: ADMIN_ROLE,
      managerId: null,
      region: null,
      startDate: localDate(new Date(), getSettings(tx).settings.timezone),
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    writeAudit(tx, { actorId: null, actorType: 'system', action: 'create', entity: 'user', entityId: user.id, after: user });
  });
  if (generated) {
    print(`Created the admin user "${config.adminUsername}" with the password: ${password}`);
    print('It is shown only this once. Set ADMIN_PASSWORD to choose it yourself.');
  } else {
    print(`Created the admin user "${config.adminUsername}" with the password from ADMIN_PASSWORD.`);
  }
}
