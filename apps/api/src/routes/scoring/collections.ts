import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listCollections } from '../../db/repos/scoring.js';
import { CollectionBody, CollectionView, collectionView, recordCollection } from '../../services/scoring/collections.js';
import { DateRange } from '../../services/scoring/subjects.js';
import { userRecordRoutes } from './user-records.js';

/** 回款: collections booked by finance; those dated in a month make its actual (minus executed refunds). */
const collectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  userRecordRoutes(app, {
    View: CollectionView,
    view: collectionView,
    list: {
      description: 'Collections of the users the caller may see, newest first.',
      filters: DateRange,
      rows: (db, q, page) => listCollections(db, { ...page, from: q.from, to: q.to }),
    },
    create: { description: 'Books a collection for a user (scores.manage).', body: CollectionBody, record: recordCollection },
  });
};

export default collectionRoutes;
