import { Type } from 'typebox';
import { IsoDate, Nullable, PermissionSchema } from '../../lib/schemas.js';

export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roleCode: Type.String(),
  managerId: Nullable(Type.String()),
  region: Nullable(Type.String()),
  startDate: IsoDate,
  active: Type.Boolean(),
  permissions: Type.Array(PermissionSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const Username = Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.@-]+$' });
const Password = Type.String({
  minLength: 12,
  maxLength: 256,
  description: 'write only; at least 12 characters, not only spaces, not a common password (docs/security.md)',
});

export const UserCreate = Type.Object({
  username: Username,
  displayName: Type.String({ minLength: 1, maxLength: 100 }),
  password: Password,
  roleCode: Type.String({ minLength: 1, maxLength: 64 }),
  managerId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  region: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  startDate: Type.Optional(IsoDate),
  active: Type.Optional(Type.Boolean()),
});

export const UserPatch = Type.Partial(UserCreate);
