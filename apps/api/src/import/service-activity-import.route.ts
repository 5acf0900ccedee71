/**
 * POST /import/service-activity: social care activity figures (table 6) as CSV,
 * the raw request body (Content-Type: text/csv), beside /import/contacts and
 * with its conventions (see small-csv-upload.ts). A year already entered is
 * replaced; 201 answers { imported, financialYears }.
 */
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { saveServiceActivity } from '../service-activity/service-activity.service';
import { readServiceActivityCsv, SERVICE_ACTIVITY_IMPORT_LIMITS } from './service-activity-import';
import { smallCsvUpload } from './small-csv-upload';

export function serviceActivityImportRouter(dataSource: DataSource): Router {
  const router = Router();
  router.post(
    '/service-activity',
    requireRole(ACCESS.SERVICE_ACTIVITY_WRITE),
    smallCsvUpload({
      limits: SERVICE_ACTIVITY_IMPORT_LIMITS,
      tooLarge: `The file is larger than ${SERVICE_ACTIVITY_IMPORT_LIMITS.maxBytes / 1024} KB; service activity needs one row a year.`,
      read: readServiceActivityCsv,
      save: async (rows) => {
        const saved = await saveServiceActivity(dataSource, rows);
        return { imported: saved.length, financialYears: saved.map((s) => s.financialYear) };
      },
    }),
  );
  return router;
}
