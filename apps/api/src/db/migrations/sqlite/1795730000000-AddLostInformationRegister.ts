import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lost-information register (issue 15, 12.2): incidents, their containment
 * and recovery actions, and their links to learning actions. Date-times are
 * UTC instants (see lost-information-incident.entity.ts).
 */
export class AddLostInformationRegister1795730000000 implements MigrationInterface {
  name = 'AddLostInformationRegister1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lost_information_incident" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(40) NOT NULL, "referenceKey" varchar(40) NOT NULL, "occurredAt" datetime, "discoveredAt" datetime NOT NULL, "discoveredFinancialYear" varchar(7) NOT NULL, "icoDueAt" datetime NOT NULL, "format" varchar(32) NOT NULL, "dataDescription" text NOT NULL, "peopleAffected" integer NOT NULL, "encrypted" varchar(16) NOT NULL, "reportedBy" varchar(200) NOT NULL, "serviceAreaId" integer NOT NULL, "likelihood" integer, "severity" integer, "icoDecision" varchar(16), "icoDecisionReason" text, "icoDecidedAt" datetime, "icoNotifiedAt" datetime, "subjectsDecision" varchar(16), "subjectsDecisionReason" text, "subjectsToldOn" date, "lessonsLearned" text, "closedOn" date, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_eb1367e6e808616e14c86080d83" UNIQUE ("reference"), CONSTRAINT "FK_23be0b3a99ddcc9fda4c8871135" FOREIGN KEY ("serviceAreaId") REFERENCES "service_area" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2742d3f88848afc55c5ed6ba3f" ON "lost_information_incident" ("referenceKey") ');
    await queryRunner.query('CREATE INDEX "IDX_49e525b8bc555d1db0a9092265" ON "lost_information_incident" ("discoveredAt") ');
    await queryRunner.query('CREATE INDEX "IDX_2334e0be2366dd1054a729a597" ON "lost_information_incident" ("discoveredFinancialYear") ');
    await queryRunner.query('CREATE INDEX "IDX_b0772c9656c5e820537415e620" ON "lost_information_incident" ("icoDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_46fae208e159065c3583a1db4a" ON "lost_information_incident" ("format") ');
    await queryRunner.query('CREATE INDEX "IDX_23be0b3a99ddcc9fda4c887113" ON "lost_information_incident" ("serviceAreaId") ');
    await queryRunner.query('CREATE INDEX "IDX_4c68c67b51ae1fc3489a031808" ON "lost_information_incident" ("icoDecision") ');
    await queryRunner.query(
      `CREATE TABLE "lost_information_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "incidentId" integer NOT NULL, "kind" varchar(16) NOT NULL, "description" text NOT NULL, "takenOn" date NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_3c552d52f5a49d3fdc8b8da2763" FOREIGN KEY ("incidentId") REFERENCES "lost_information_incident" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query('CREATE INDEX "IDX_3c552d52f5a49d3fdc8b8da276" ON "lost_information_action" ("incidentId") ');
    await queryRunner.query(
      `CREATE TABLE "lost_information_learning_action" ("incidentId" integer NOT NULL, "learningActionId" integer NOT NULL, CONSTRAINT "FK_2b8799572fb84c5f497db26b3ab" FOREIGN KEY ("incidentId") REFERENCES "lost_information_incident" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_4f00de807e6419ed5352d7de600" FOREIGN KEY ("learningActionId") REFERENCES "learning_action" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("incidentId", "learningActionId"))`,
    );
    await queryRunner.query('CREATE INDEX "IDX_4f00de807e6419ed5352d7de60" ON "lost_information_learning_action" ("learningActionId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "lost_information_learning_action"');
    await queryRunner.query('DROP TABLE "lost_information_action"');
    await queryRunner.query('DROP TABLE "lost_information_incident"');
  }
}
