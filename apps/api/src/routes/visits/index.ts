import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Locale } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { commitInGroup } from '../../db/group-commit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { duplicateOfVisit, getVisitLines, listPhotos, listVisits, type VisitRow } from '../../db/repos/visits.js';
import { callerOf } from '../../lib/caller.js';
import { decodeCursor, PageQuery, page, Page } from '../../lib/pagination.js';
import { requirePermission, requireUser } from '../../lib/principal.js';
import { Id, problems } from '../../lib/schemas.js';
import { PHOTO_KINDS } from '../../db/schema/photo-kinds.js';
import { readPhotoUpload } from './photo-upload.js';
import { createVisit, planVisit, requireVisitReader, visibleVisit } from '../../services/visits/index.js';
import { addVisitPhoto, visitPhoto } from '../../services/visits/photos.js';
import { PhotoView, VisitBody, VisitListItem, VisitPreviewView, VisitQuery, VisitView } from '../../services/visits/schemas.js';
import { photoView, visitSummaryView, visitView } from '../../services/visits/view.js';
import { preferredLocale } from '../../lib/locale.js';

const IdParams = Type.Object({ id: Id });

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

const visitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Scoped to this plugin: only the photo upload parses multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: app.config.photoMaxBytes, files: 1, fields: 10, parts: 20 },
  });

  /** Visits with their lines and photos, in the caller's language. */
  function views(db: DbOrTx, visits: VisitRow[], locale: Locale) {
    const ids = visits.map((v) => v.id);
    const lines = groupBy(getVisitLines(db, ids), (l) => l.visitId);
    const photos = groupBy(listPhotos(db, ids), (p) => p.visitId);
    const { geofenceMeters } = getSettings(db).settings;
    return visits.map((v) =>
      visitView(
        v,
        lines.get(v.id) ?? [],
        (photos.get(v.id) ?? []).map((p) => photoView(p, duplicateOfVisit(db, p.sha256, p.visitId, p.id))),
        { locale, geofenceMeters },
      ),
    );
  }

  app.post(
    '/visits',
    {
      schema: {
        tags: ['visits'],
        description:
          'Stores a visit (拜访记录) with its lines in one transaction, with the R1 suggestion and R3 issues per line and the geofence for the visit. ' +
          'A client `id` seen before answers 200 with the stored visit when the body is the same, else 409. Only the store’s owner logs visits for it.',
        body: VisitBody,
        response: { 200: VisitView, 201: VisitView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'visits.log');
      const me = requireUser(request.principal);
      const visibility = visibilityOf(app.db, me);
      // Concurrent visit posts share one durable commit (see db/group-commit.ts).
      const result = await commitInGroup(app.db, () =>
        createVisit(app.db, { id: me.id, kind: 'user', visibility }, request.body, { requestId: request.id }),
      );
      // A new visit has no photos yet and its lines are at hand: no need to read them back.
      const view = result.created
        ? visitView(result.visit, result.lines, [], { locale: preferredLocale(request), geofenceMeters: getSettings(app.db).settings.geofenceMeters })
        : views(app.db, [result.visit], preferredLocale(request))[0]!;
      return reply.code(result.created ? 201 : 200).send(view);
    },
  );

  app.post(
    '/visits/preview',
    {
      schema: {
        tags: ['visits'],
        description: 'The same checks and computation as POST /visits, nothing stored: the live suggestion while the rep fills the form.',
        body: VisitBody,
        response: { 200: VisitPreviewView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'visits.log');
      const me = requireUser(request.principal);
      const planned = planVisit(app.db, { id: me.id, visibility: visibilityOf(app.db, me) }, request.body, new Date());
      const { geofenceMeters } = getSettings(app.db).settings;
      const view = visitView(planned.visit, planned.lines, [], { locale: preferredLocale(request), geofenceMeters });
      return { ...view, id: request.body.id ?? null, createdAt: null };
    },
  );

  app.get(
    '/visits',
    {
      schema: {
        tags: ['visits'],
        description:
          'Visits the caller may see, newest check-in first; `from`/`to` are visit dates (inclusive). Items carry counts instead of lines; ' +
          '`include=lines` adds each visit’s lines and photos as GET /visits/{id} answers them.',
        querystring: Type.Object({ ...PageQuery, ...VisitQuery.properties }),
        response: { 200: Page(VisitListItem), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      requireVisitReader(request.principal);
      const q = request.query;
      const limit = q.limit ?? 50;
      const cursor = decodeCursor(q.cursor, ['string', 'string']);
      const rows = listVisits(app.db, {
        limit,
        before: cursor,
        storeId: q.storeId,
        repId: q.repId,
        from: q.from,
        to: q.to,
        userIds: visibleIds(visibilityOf(app.db, request.principal)),
      });
      const result = page(rows, limit, (v) => [v.checkInAt, v.id]);
      const locale = preferredLocale(request);
      const full = q.include === 'lines' ? views(app.db, result.items, locale) : null;
      const { geofenceMeters } = getSettings(app.db).settings;
      const items = full
        ? full.map((view, i) => ({ ...view, lineCount: result.items[i]!.lineCount, photoCount: result.items[i]!.photoCount }))
        : result.items.map((v) => visitSummaryView(v, { locale, geofenceMeters }));
      return { items, nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/visits/:id',
    { schema: { tags: ['visits'], params: IdParams, response: { 200: VisitView, ...problems(401, 403, 404) } } },
    async (request) => {
      const visit = visibleVisit(app.db, callerOf(request), request.params.id);
      return views(app.db, [visit], preferredLocale(request))[0]!;
    },
  );

  app.post(
    '/visits/:id/photos',
    {
      schema: {
        tags: ['visits'],
        description: `A shelf photo, or with kind=signature the store’s signature (multipart, one file in the field "file"): JPEG, PNG or WebP, recognised by its bytes, up to ${app.config.photoMaxBytes} bytes (413 above). Stored by content hash; the same bytes on another visit are flagged with duplicateOfVisitId.`,
        params: IdParams,
        querystring: Type.Object({
          kind: Type.Optional(Type.Enum([...PHOTO_KINDS], { default: 'shelf', description: 'signature: the store’s signature (not counted as a photo)' })),
        }),
        consumes: ['multipart/form-data'],
        response: { 201: PhotoView, ...problems(400, 401, 403, 404, 413, 422) },
      },
    },
    async (request, reply) => {
      const photo = await addVisitPhoto(
        app.db,
        callerOf(request),
        { visitId: request.params.id, kind: request.query.kind, bytes: () => readPhotoUpload(request) },
        app.config.dataDir,
      );
      return reply.code(201).send(photo);
    },
  );

  app.get(
    '/visits/:id/photos/:photoId',
    {
      schema: {
        tags: ['visits'],
        description: 'The image bytes, with their content type.',
        params: Type.Object({ id: Id, photoId: Id }),
        produces: ['image/jpeg', 'image/png', 'image/webp'],
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'the image bytes' }),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const photo = await visitPhoto(app.db, callerOf(request), { visitId: request.params.id, photoId: request.params.photoId }, app.config.dataDir);
      return reply
        .type(photo.contentType)
        .header('cache-control', 'private, max-age=86400, immutable')
        .header('etag', `"${photo.sha256}"`)
        .send(photo.bytes);
    },
  );
};

export default visitRoutes;
