import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Have your say" (issue 15, 12.3): have_your_say_item holds each message sent
 * from the public page (what was typed, nothing about the sender's address or
 * browser) until an officer records it as a contact or closes it.
 */
export class AddHaveYourSay1795740000000 implements MigrationInterface {
  name = 'AddHaveYourSay1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "have_your_say_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(40) NOT NULL, "whatHappened" text NOT NULL, "name" varchar(100), "contactMethod" varchar(16), "contactDetails" varchar(254), "wantsAdvocate" boolean, "ageGroup" varchar(16), "receivedAt" datetime NOT NULL DEFAULT (datetime('now')), "receivedDate" date NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('NEW'), "closedReason" text, "convertedContactId" integer, "convertedReference" varchar(40), "handledAt" datetime, "handledById" integer)`,
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_088686c34de3ff25ee32c082d4" ON "have_your_say_item" ("reference") ');
    await queryRunner.query('CREATE INDEX "IDX_fb76c562c8e0ec51f09344025f" ON "have_your_say_item" ("status", "receivedAt") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_fb76c562c8e0ec51f09344025f"');
    await queryRunner.query('DROP INDEX "IDX_088686c34de3ff25ee32c082d4"');
    await queryRunner.query('DROP TABLE "have_your_say_item"');
  }
}
