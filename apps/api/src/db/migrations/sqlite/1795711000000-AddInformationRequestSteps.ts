import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Information requests gain the steps of the registers (acknowledged, extended
 * with a reason, clock paused and resumed, withdrawn), the requester's name, a
 * history of who recorded each step, and `referenceKey`: the reference as web
 * addresses write it (each `/` as `-`), unique, so an address leads to one request.
 * Two saved references with the same key stop the upgrade, naming them, rather
 * than anyone's records being merged or renamed.
 */
const REQUEST_INDEXES = [
  'CREATE INDEX "IDX_822818ea7076575ded84f51577" ON "information_request" ("serviceAreaId")',
  'CREATE INDEX "IDX_883708442c719c82237790fca3" ON "information_request" ("kind")',
  'CREATE INDEX "IDX_6afd5c1571b40f68ea73e4a7ee" ON "information_request" ("requesterType")',
  'CREATE INDEX "IDX_cbd9835961e59fb4de0f432b5e" ON "information_request" ("receivedDate")',
  'CREATE INDEX "IDX_2b2565e72cfc9817b77221250b" ON "information_request" ("receivedMonth")',
  'CREATE INDEX "IDX_206f2c4e44176dd94eb7c081da" ON "information_request" ("receivedQuarter")',
  'CREATE INDEX "IDX_961067675453823e0faebbabae" ON "information_request" ("receivedFinancialYear")',
  'CREATE INDEX "IDX_556ad35de2eebb2af01122068d" ON "information_request" ("receivedFinancialYear", "kind")',
];

const OLD_COLUMNS =
  '"id", "reference", "kind", "requesterType", "receivedDate", "receivedMonth", "receivedQuarter", "receivedFinancialYear", "dueDate", "completedDate", "extended", "jointWithDirectorate", "deadlineRuleId", "summary", "createdAt", "updatedAt", "serviceAreaId"';

const OLD_TABLE =
  '("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(40) NOT NULL, "kind" varchar(32) NOT NULL, "requesterType" varchar(32) NOT NULL, "receivedDate" date NOT NULL, "receivedMonth" varchar(7) NOT NULL, "receivedQuarter" varchar(10) NOT NULL, "receivedFinancialYear" varchar(7) NOT NULL, "dueDate" date NOT NULL, "completedDate" date, "extended" boolean NOT NULL DEFAULT (0), "jointWithDirectorate" varchar(200), "deadlineRuleId" varchar(64) NOT NULL, "summary" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "serviceAreaId" integer, CONSTRAINT "UQ_bf3fbec46cba277d82b52fd91a4" UNIQUE ("reference"), CONSTRAINT "FK_822818ea7076575ded84f51577b" FOREIGN KEY ("serviceAreaId") REFERENCES "service_area" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)';

const NEW_TABLE =
  '("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(40) NOT NULL, "kind" varchar(32) NOT NULL, "requesterType" varchar(32) NOT NULL, "receivedDate" date NOT NULL, "receivedMonth" varchar(7) NOT NULL, "receivedQuarter" varchar(10) NOT NULL, "receivedFinancialYear" varchar(7) NOT NULL, "dueDate" date NOT NULL, "completedDate" date, "extended" boolean NOT NULL DEFAULT (0), "jointWithDirectorate" varchar(200), "deadlineRuleId" varchar(64) NOT NULL, "summary" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "serviceAreaId" integer, "referenceKey" varchar(40) NOT NULL, "requesterName" varchar(200), "acknowledgedDate" date, "extensionReason" text, "clockPausedOn" date, "clockPauseReason" varchar(32), "withdrawnDate" date, CONSTRAINT "UQ_bf3fbec46cba277d82b52fd91a4" UNIQUE ("reference"), CONSTRAINT "FK_822818ea7076575ded84f51577b" FOREIGN KEY ("serviceAreaId") REFERENCES "service_area" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)';

async function dropRequestIndexes(queryRunner: QueryRunner): Promise<void> {
  for (const sql of REQUEST_INDEXES) await queryRunner.query(`DROP INDEX ${/"IDX_\w+"/.exec(sql)![0]}`);
}

export class AddInformationRequestSteps1795711000000 implements MigrationInterface {
  name = 'AddInformationRequestSteps1795711000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const clashes: Array<{ spellings: string }> = await queryRunner.query(
      `SELECT GROUP_CONCAT("reference", ', ') AS spellings FROM "information_request" GROUP BY REPLACE(UPPER("reference"), '/', '-') HAVING COUNT(*) > 1 LIMIT 10`,
    );
    if (clashes.length) {
      throw new Error(
        'Cannot upgrade: these information request references differ only by / and -, and web addresses write / as -: ' +
          `${clashes.map((c) => c.spellings).join('; ')}. Change one of each (UPDATE information_request SET reference = … WHERE reference = …) and start again.`,
      );
    }
    await dropRequestIndexes(queryRunner);
    await queryRunner.query(`CREATE TABLE "temporary_information_request" ${NEW_TABLE}`);
    await queryRunner.query(
      `INSERT INTO "temporary_information_request"(${OLD_COLUMNS}, "referenceKey") SELECT ${OLD_COLUMNS}, REPLACE(UPPER("reference"), '/', '-') FROM "information_request"`,
    );
    await queryRunner.query('DROP TABLE "information_request"');
    await queryRunner.query('ALTER TABLE "temporary_information_request" RENAME TO "information_request"');
    for (const sql of REQUEST_INDEXES) await queryRunner.query(sql);
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c1a212654df7ee943bc26df87d" ON "information_request" ("referenceKey")');
    await queryRunner.query('CREATE INDEX "IDX_9affe52cf13d6084730f9974e8" ON "information_request" ("dueDate")');

    await queryRunner.query(
      'CREATE TABLE "information_request_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "informationRequestId" integer NOT NULL, "kind" varchar(32) NOT NULL, "date" date NOT NULL, "reason" varchar(32), "note" text, "dueDate" date, "recordedBy" varchar(200) NOT NULL, "recordedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_2572d27ac8ba23a0a8a01fac790" FOREIGN KEY ("informationRequestId") REFERENCES "information_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_f55f7246fd961b8d668d80ed6e" ON "information_request_event" ("informationRequestId", "date")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The steps' dates, the requester's name and the history are lost: the old schema has nowhere to keep them.
    await queryRunner.query('DROP INDEX "IDX_f55f7246fd961b8d668d80ed6e"');
    await queryRunner.query('DROP TABLE "information_request_event"');
    await queryRunner.query('DROP INDEX "IDX_9affe52cf13d6084730f9974e8"');
    await queryRunner.query('DROP INDEX "IDX_c1a212654df7ee943bc26df87d"');
    await dropRequestIndexes(queryRunner);
    await queryRunner.query('ALTER TABLE "information_request" RENAME TO "temporary_information_request"');
    await queryRunner.query(`CREATE TABLE "information_request" ${OLD_TABLE}`);
    await queryRunner.query(`INSERT INTO "information_request"(${OLD_COLUMNS}) SELECT ${OLD_COLUMNS} FROM "temporary_information_request"`);
    await queryRunner.query('DROP TABLE "temporary_information_request"');
    for (const sql of REQUEST_INDEXES) await queryRunner.query(sql);
  }
}
