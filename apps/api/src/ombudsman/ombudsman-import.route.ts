/**
 * POST /import/ombudsman-statistics: the Ombudsman's per-council statistics as
 * CSV (Content-Type: text/csv), with the conventions of /import/service-activity
 * (see import/small-csv-upload.ts); 201 answers { imported }.
 */
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { smallCsvUpload } from '../import/small-csv-upload';
import { OMBUDSMAN_IMPORT_LIMITS, readOmbudsmanStatisticsCsv } from './ombudsman-statistics-import';
import { saveOmbudsmanStatistics } from './ombudsman.service';

export function ombudsmanImportRouter(dataSource: DataSource): Router {
  const router = Router();
  router.post(
    '/ombudsman-statistics',
    requireRole(ACCESS.OMBUDSMAN_WRITE),
    smallCsvUpload({
      limits: OMBUDSMAN_IMPORT_LIMITS,
      tooLarge: `The file is larger than ${OMBUDSMAN_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB.`,
      read: readOmbudsmanStatisticsCsv,
      save: async (rows) => ({ imported: await saveOmbudsmanStatistics(dataSource, rows) }),
    }),
  );
  return router;
}
