import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding any case, and the people on it (issue 12, items 3 and 4):
 * - contact.referenceKey: the reference as web addresses write it (upper case,
 *   each `/` as `-`), unique, so `/cases/CS-2009-0123` leads to one contact.
 *   Two saved references with the same key stop the upgrade, naming them,
 *   rather than anyone's records being merged or renamed.
 * - contact.status and contact.nextDueDate: where each contact stands, stored
 *   so the contacts list filters and sorts on indexes; filled here with the
 *   casework queue's rules in SQL (contacts/case-state.ts is the same rule,
 *   applied at every later step; case-state-migration.integration.test.ts
 *   checks they agree on the demo data).
 * - complainant (personal data, apart from the contact row every aggregate
 *   reads), contact_assignment (who handles each stage now) and
 *   contact_assignment_event (the history of assignments).
 */
const CONTACT_INDEXES = [
  'CREATE INDEX "IDX_contact_trend_month" ON "contact" ("receivedMonth", "recordTypeId", "channelId", "primaryIssueCategoryId", "primaryIssueId", "divisionId", "primaryServiceAreaId", "outcome", "workingDaysToResponse", "responseDueDate", "responseSentDate", "acknowledgementDueDate", "acknowledgementSentDate")',
  'CREATE INDEX "IDX_contact_trend_quarter" ON "contact" ("receivedQuarter", "recordTypeId", "channelId", "primaryIssueCategoryId", "primaryIssueId", "divisionId", "primaryServiceAreaId", "outcome", "workingDaysToResponse", "responseDueDate", "responseSentDate", "acknowledgementDueDate", "acknowledgementSentDate")',
  'CREATE INDEX "IDX_contact_trend_year" ON "contact" ("receivedFinancialYear", "recordTypeId", "channelId", "primaryIssueCategoryId", "primaryIssueId", "divisionId", "primaryServiceAreaId", "outcome", "workingDaysToResponse", "responseDueDate", "responseSentDate", "acknowledgementDueDate", "acknowledgementSentDate")',
  'CREATE INDEX "IDX_contact_trend_division" ON "contact" ("divisionId", "receivedFinancialYear", "receivedQuarter", "receivedMonth", "recordTypeId", "channelId", "primaryIssueCategoryId", "primaryIssueId", "primaryServiceAreaId", "outcome", "workingDaysToResponse", "responseDueDate", "responseSentDate", "acknowledgementDueDate", "acknowledgementSentDate")',
  'CREATE INDEX "IDX_contact_trend_service_area" ON "contact" ("primaryServiceAreaId", "receivedFinancialYear", "receivedQuarter", "receivedMonth", "recordTypeId", "channelId", "primaryIssueCategoryId", "primaryIssueId", "divisionId", "outcome", "workingDaysToResponse", "responseDueDate", "responseSentDate", "acknowledgementDueDate", "acknowledgementSentDate")',
  'CREATE INDEX "IDX_fcffcf354ad28b3c5adc43d080" ON "contact" ("acknowledgementSentDate", "acknowledgementDueDate")',
  'CREATE INDEX "IDX_4c4b2446b8ba84d7128bced69c" ON "contact" ("responseSentDate", "responseDueDate")',
  'CREATE INDEX "IDX_cb96dfa81daf9e7d8354b8320e" ON "contact" ("recordTypeId")',
  'CREATE INDEX "IDX_056b01c82c4f91d0e17d486a01" ON "contact" ("channelId")',
  'CREATE INDEX "IDX_682b85fa32f028f1ed0190a278" ON "contact" ("receivedDate")',
  'CREATE INDEX "IDX_0fb9257aa7c2d17842cc02797d" ON "contact" ("receivedMonth")',
  'CREATE INDEX "IDX_94ed47e99f1c1489b2ca8add3c" ON "contact" ("receivedQuarter")',
  'CREATE INDEX "IDX_8545b886df555a62a15b041537" ON "contact" ("receivedFinancialYear")',
  'CREATE INDEX "IDX_7a165f06ec5628a44c97a95f5b" ON "contact" ("divisionId")',
  'CREATE INDEX "IDX_ce8b705d3fec05facd483a4881" ON "contact" ("primaryServiceAreaId")',
  'CREATE INDEX "IDX_1ac0adfc0ed13f34fb45b6a2c2" ON "contact" ("primaryIssueId")',
  'CREATE INDEX "IDX_ba0b59fb59340be065d41fa2c6" ON "contact" ("primaryIssueCategoryId")',
  'CREATE INDEX "IDX_a0a85ab123734abd96aa0f795b" ON "contact" ("complainantType")',
  'CREATE INDEX "IDX_c716f78c74afbcba9f197eb521" ON "contact" ("stage")',
  'CREATE INDEX "IDX_20f1ea3b549c88c39ae6bb577a" ON "contact" ("outcome")',
];

const OLD_COLUMNS =
  '"id", "reference", "recordTypeId", "channelId", "receivedDate", "receivedMonth", "receivedQuarter", "receivedFinancialYear", "divisionId", "primaryServiceAreaId", "primaryIssueId", "primaryIssueCategoryId", "complainantType", "stage", "outcome", "acknowledgementDueDate", "acknowledgementSentDate", "responseDueDate", "responseSentDate", "workingDaysToResponse", "extended", "prematureOmbudsmanReferral", "deadlineRuleId", "summary", "createdAt", "updatedAt", "extendedDate", "withdrawnDate"';

const OLD_TABLE =
  '("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(40) NOT NULL, "recordTypeId" integer NOT NULL, "channelId" integer NOT NULL, "receivedDate" date NOT NULL, "receivedMonth" varchar(7) NOT NULL, "receivedQuarter" varchar(10) NOT NULL, "receivedFinancialYear" varchar(7) NOT NULL, "divisionId" integer NOT NULL, "primaryServiceAreaId" integer NOT NULL, "primaryIssueId" integer NOT NULL, "primaryIssueCategoryId" integer NOT NULL, "complainantType" varchar(32) NOT NULL, "stage" varchar(16), "outcome" varchar(24) NOT NULL, "acknowledgementDueDate" date, "acknowledgementSentDate" date, "responseDueDate" date, "responseSentDate" date, "workingDaysToResponse" integer, "extended" boolean NOT NULL DEFAULT (0), "prematureOmbudsmanReferral" boolean NOT NULL DEFAULT (0), "deadlineRuleId" varchar(64) NOT NULL, "summary" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "extendedDate" date, "withdrawnDate" date, CONSTRAINT "UQ_c8a016081e79cc23dd62133fb31" UNIQUE ("reference"), CONSTRAINT "FK_cb96dfa81daf9e7d8354b8320e3" FOREIGN KEY ("recordTypeId") REFERENCES "record_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_056b01c82c4f91d0e17d486a016" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7a165f06ec5628a44c97a95f5bb" FOREIGN KEY ("divisionId") REFERENCES "division" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ce8b705d3fec05facd483a48819" FOREIGN KEY ("primaryServiceAreaId") REFERENCES "service_area" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_1ac0adfc0ed13f34fb45b6a2c29" FOREIGN KEY ("primaryIssueId") REFERENCES "issue" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ba0b59fb59340be065d41fa2c6e" FOREIGN KEY ("primaryIssueCategoryId") REFERENCES "issue_category" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)';

const NEW_TABLE =
  '("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(40) NOT NULL, "recordTypeId" integer NOT NULL, "channelId" integer NOT NULL, "receivedDate" date NOT NULL, "receivedMonth" varchar(7) NOT NULL, "receivedQuarter" varchar(10) NOT NULL, "receivedFinancialYear" varchar(7) NOT NULL, "divisionId" integer NOT NULL, "primaryServiceAreaId" integer NOT NULL, "primaryIssueId" integer NOT NULL, "primaryIssueCategoryId" integer NOT NULL, "complainantType" varchar(32) NOT NULL, "stage" varchar(16), "outcome" varchar(24) NOT NULL, "acknowledgementDueDate" date, "acknowledgementSentDate" date, "responseDueDate" date, "responseSentDate" date, "workingDaysToResponse" integer, "extended" boolean NOT NULL DEFAULT (0), "prematureOmbudsmanReferral" boolean NOT NULL DEFAULT (0), "deadlineRuleId" varchar(64) NOT NULL, "summary" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "extendedDate" date, "withdrawnDate" date, "referenceKey" varchar(40) NOT NULL, "status" varchar(16) NOT NULL, "nextDueDate" date, CONSTRAINT "UQ_c8a016081e79cc23dd62133fb31" UNIQUE ("reference"), CONSTRAINT "FK_cb96dfa81daf9e7d8354b8320e3" FOREIGN KEY ("recordTypeId") REFERENCES "record_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_056b01c82c4f91d0e17d486a016" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7a165f06ec5628a44c97a95f5bb" FOREIGN KEY ("divisionId") REFERENCES "division" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ce8b705d3fec05facd483a48819" FOREIGN KEY ("primaryServiceAreaId") REFERENCES "service_area" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_1ac0adfc0ed13f34fb45b6a2c29" FOREIGN KEY ("primaryIssueId") REFERENCES "issue" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ba0b59fb59340be065d41fa2c6e" FOREIGN KEY ("primaryIssueCategoryId") REFERENCES "issue_category" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)';

async function dropContactIndexes(queryRunner: QueryRunner): Promise<void> {
  for (const sql of CONTACT_INDEXES) await queryRunner.query(`DROP INDEX ${/"IDX_\w+"/.exec(sql)![0]}`);
}

/** contacts/case-state.ts's rule, set-based: the earliest due date waiting, then the status. */
async function fillCaseState(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `UPDATE "contact" SET "nextDueDate" = CASE WHEN "responseSentDate" IS NULL THEN CASE WHEN "acknowledgementSentDate" IS NULL AND "acknowledgementDueDate" IS NOT NULL AND ("responseDueDate" IS NULL OR "acknowledgementDueDate" < "responseDueDate") THEN "acknowledgementDueDate" ELSE "responseDueDate" END END`,
  );
  const escalationDue = `(SELECT MIN(CASE WHEN "e"."panelDueDate" IS NOT NULL AND "e"."panelHeldDate" IS NULL THEN "e"."panelDueDate" ELSE "e"."responseDueDate" END) FROM "escalation" "e" WHERE "e"."contactId" = "contact"."id" AND "e"."responseSentDate" IS NULL AND "e"."outcome" <> 'WITHDRAWN')`;
  await queryRunner.query(
    `UPDATE "contact" SET "nextDueDate" = CASE WHEN "nextDueDate" IS NULL OR ${escalationDue} < "nextDueDate" THEN ${escalationDue} ELSE "nextDueDate" END WHERE EXISTS (SELECT 1 FROM "escalation" "e" WHERE "e"."contactId" = "contact"."id" AND "e"."responseSentDate" IS NULL AND "e"."outcome" <> 'WITHDRAWN')`,
  );
  await queryRunner.query(
    `UPDATE "contact" SET "status" = CASE WHEN "withdrawnDate" IS NOT NULL OR "outcome" = 'WITHDRAWN' OR EXISTS (SELECT 1 FROM "escalation" "e" WHERE "e"."contactId" = "contact"."id" AND "e"."outcome" = 'WITHDRAWN') THEN 'WITHDRAWN' WHEN "nextDueDate" IS NOT NULL THEN 'OPEN' ELSE 'CLOSED' END`,
  );
  await queryRunner.query(`UPDATE "contact" SET "nextDueDate" = NULL WHERE "status" = 'WITHDRAWN'`);
}

export class AddCaseFindingAndPeople1795712000000 implements MigrationInterface {
  name = 'AddCaseFindingAndPeople1795712000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const clashes: Array<{ spellings: string }> = await queryRunner.query(
      `SELECT GROUP_CONCAT("reference", ', ') AS spellings FROM "contact" GROUP BY REPLACE(UPPER("reference"), '/', '-') HAVING COUNT(*) > 1 LIMIT 10`,
    );
    if (clashes.length) {
      throw new Error(
        'Cannot upgrade: these contact references differ only by / and -, and web addresses write / as -: ' +
          `${clashes.map((c) => c.spellings).join('; ')}. Change one of each (UPDATE contact SET reference = … WHERE reference = …) and start again.`,
      );
    }
    await dropContactIndexes(queryRunner);
    await queryRunner.query(`CREATE TABLE "temporary_contact" ${NEW_TABLE}`);
    await queryRunner.query(
      `INSERT INTO "temporary_contact"(${OLD_COLUMNS}, "referenceKey", "status") SELECT ${OLD_COLUMNS}, REPLACE(UPPER("reference"), '/', '-'), 'CLOSED' FROM "contact"`,
    );
    await queryRunner.query('DROP TABLE "contact"');
    await queryRunner.query('ALTER TABLE "temporary_contact" RENAME TO "contact"');
    for (const sql of CONTACT_INDEXES) await queryRunner.query(sql);
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_68dff67f6c1b19404a5934d5bd" ON "contact" ("referenceKey")');
    await queryRunner.query('CREATE INDEX "IDX_812d7f204b05c4b45db02dcba1" ON "contact" ("status")');
    await queryRunner.query('CREATE INDEX "IDX_fd8102e64a6bfbc0076a8e23fa" ON "contact" ("nextDueDate")');
    await fillCaseState(queryRunner);

    await queryRunner.query(
      'CREATE TABLE "complainant" ("contactId" integer PRIMARY KEY NOT NULL, "givenName" varchar(100), "familyName" varchar(100) NOT NULL, "familyNameKey" varchar(100) NOT NULL, "email" varchar(254), "phone" varchar(40), "address" text, "relationshipToChild" varchar(100), "preferredContactMethod" varchar(16), "reasonableAdjustments" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_5a7537d1dc68edb1ce5d238d9b2" FOREIGN KEY ("contactId") REFERENCES "contact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_1d98f61fdfa6238807eb1ccd9b" ON "complainant" ("familyNameKey")');
    await queryRunner.query(
      'CREATE TABLE "contact_assignment" ("contactId" integer NOT NULL, "stage" varchar(16) NOT NULL, "officerId" integer NOT NULL, "assignedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_863a076c0883180c6ff897d68cc" FOREIGN KEY ("contactId") REFERENCES "contact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_59a60f07436f66d169849450ab8" FOREIGN KEY ("officerId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("contactId", "stage"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8d8d32b4bf4c5fa70d3d847fc7" ON "contact_assignment" ("officerId", "stage")');
    await queryRunner.query(
      'CREATE TABLE "contact_assignment_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contactId" integer NOT NULL, "stage" varchar(16) NOT NULL, "officerId" integer, "previousOfficerId" integer, "assignedById" integer NOT NULL, "assignedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_8e67f32e8b6d3b00ca2a42347d5" FOREIGN KEY ("contactId") REFERENCES "contact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_5b0e907b4a4be8d571de7da3574" FOREIGN KEY ("officerId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b4c99d84cd4cb32e1cdd64bfaf5" FOREIGN KEY ("previousOfficerId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_1d969fbe6f6f3dc5b5f20c76641" FOREIGN KEY ("assignedById") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_9a136370c8a7063d01b1f0bebc" ON "contact_assignment_event" ("contactId", "assignedAt")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Complainants' details and assignments are lost: the old schema has nowhere to keep them.
    await queryRunner.query('DROP INDEX "IDX_9a136370c8a7063d01b1f0bebc"');
    await queryRunner.query('DROP TABLE "contact_assignment_event"');
    await queryRunner.query('DROP INDEX "IDX_8d8d32b4bf4c5fa70d3d847fc7"');
    await queryRunner.query('DROP TABLE "contact_assignment"');
    await queryRunner.query('DROP INDEX "IDX_1d98f61fdfa6238807eb1ccd9b"');
    await queryRunner.query('DROP TABLE "complainant"');
    await queryRunner.query('DROP INDEX "IDX_fd8102e64a6bfbc0076a8e23fa"');
    await queryRunner.query('DROP INDEX "IDX_812d7f204b05c4b45db02dcba1"');
    await queryRunner.query('DROP INDEX "IDX_68dff67f6c1b19404a5934d5bd"');
    await dropContactIndexes(queryRunner);
    await queryRunner.query('ALTER TABLE "contact" RENAME TO "temporary_contact"');
    await queryRunner.query(`CREATE TABLE "contact" ${OLD_TABLE}`);
    await queryRunner.query(`INSERT INTO "contact"(${OLD_COLUMNS}) SELECT ${OLD_COLUMNS} FROM "temporary_contact"`);
    await queryRunner.query('DROP TABLE "temporary_contact"');
    for (const sql of CONTACT_INDEXES) await queryRunner.query(sql);
  }
}
