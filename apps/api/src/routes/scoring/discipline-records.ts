import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listDisciplineRecords } from '../../db/repos/scoring.js';
import { DisciplineBody, DisciplineView, disciplineView, recordDiscipline } from '../../services/scoring/discipline-records.js';
import { DateRange } from '../../services/scoring/subjects.js';
import { userRecordRoutes } from './user-records.js';

/** 违规违纪: each violation deducts the points recorded on it (酌情扣2-5分). */
const disciplineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  userRecordRoutes(app, {
    View: DisciplineView,
    view: disciplineView,
    list: {
      description: 'Violations of the users the caller may see, newest first.',
      filters: DateRange,
      rows: (db, q, page) => listDisciplineRecords(db, { ...page, from: q.from, to: q.to }),
    },
    create: {
      description:
        'Records a violation (scores.manage). Points outside the range of the user’s role scheme in force that month ' +
        '(disciplineMin..disciplineMax, in half points) are refused with 400.',
      body: DisciplineBody,
      record: recordDiscipline,
    },
  });
};

export default disciplineRoutes;
