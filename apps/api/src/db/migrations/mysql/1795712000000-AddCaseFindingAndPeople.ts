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

/** contacts/case-state.ts's rule, set-based: the earliest due date waiting, then the status. */
async function fillCaseState(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    'UPDATE `contact` SET `nextDueDate` = CASE WHEN `responseSentDate` IS NULL THEN CASE WHEN `acknowledgementSentDate` IS NULL AND `acknowledgementDueDate` IS NOT NULL AND (`responseDueDate` IS NULL OR `acknowledgementDueDate` < `responseDueDate`) THEN `acknowledgementDueDate` ELSE `responseDueDate` END END',
  );
  const escalationDue =
    "(SELECT MIN(CASE WHEN `e`.`panelDueDate` IS NOT NULL AND `e`.`panelHeldDate` IS NULL THEN `e`.`panelDueDate` ELSE `e`.`responseDueDate` END) FROM `escalation` `e` WHERE `e`.`contactId` = `contact`.`id` AND `e`.`responseSentDate` IS NULL AND `e`.`outcome` <> 'WITHDRAWN')";
  await queryRunner.query(
    `UPDATE \`contact\` SET \`nextDueDate\` = CASE WHEN \`nextDueDate\` IS NULL OR ${escalationDue} < \`nextDueDate\` THEN ${escalationDue} ELSE \`nextDueDate\` END WHERE EXISTS (SELECT 1 FROM \`escalation\` \`e\` WHERE \`e\`.\`contactId\` = \`contact\`.\`id\` AND \`e\`.\`responseSentDate\` IS NULL AND \`e\`.\`outcome\` <> 'WITHDRAWN')`,
  );
  await queryRunner.query(
    "UPDATE `contact` SET `status` = CASE WHEN `withdrawnDate` IS NOT NULL OR `outcome` = 'WITHDRAWN' OR EXISTS (SELECT 1 FROM `escalation` `e` WHERE `e`.`contactId` = `contact`.`id` AND `e`.`outcome` = 'WITHDRAWN') THEN 'WITHDRAWN' WHEN `nextDueDate` IS NOT NULL THEN 'OPEN' ELSE 'CLOSED' END",
  );
  await queryRunner.query("UPDATE `contact` SET `nextDueDate` = NULL WHERE `status` = 'WITHDRAWN'");
}

export class AddCaseFindingAndPeople1795712000000 implements MigrationInterface {
  name = 'AddCaseFindingAndPeople1795712000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const clashes: Array<{ spellings: string }> = await queryRunner.query(
      "SELECT GROUP_CONCAT(`reference` SEPARATOR ', ') AS spellings FROM `contact` GROUP BY REPLACE(UPPER(`reference`), '/', '-') HAVING COUNT(*) > 1 LIMIT 10",
    );
    if (clashes.length) {
      throw new Error(
        'Cannot upgrade: these contact references differ only by / and -, and web addresses write / as -: ' +
          `${clashes.map((c) => c.spellings).join('; ')}. Change one of each (UPDATE contact SET reference = … WHERE reference = …) and start again.`,
      );
    }
    await queryRunner.query('ALTER TABLE `contact` ADD `referenceKey` varchar(40) NULL, ADD `status` varchar(16) NULL, ADD `nextDueDate` date NULL');
    await queryRunner.query("UPDATE `contact` SET `referenceKey` = REPLACE(UPPER(`reference`), '/', '-')");
    await fillCaseState(queryRunner);
    await queryRunner.query('ALTER TABLE `contact` MODIFY `referenceKey` varchar(40) NOT NULL, MODIFY `status` varchar(16) NOT NULL');
    await queryRunner.query('ALTER TABLE `contact` ADD UNIQUE INDEX `IDX_68dff67f6c1b19404a5934d5bd` (`referenceKey`)');
    await queryRunner.query('CREATE INDEX `IDX_812d7f204b05c4b45db02dcba1` ON `contact` (`status`)');
    await queryRunner.query('CREATE INDEX `IDX_fd8102e64a6bfbc0076a8e23fa` ON `contact` (`nextDueDate`)');

    await queryRunner.query(
      'CREATE TABLE `complainant` (`contactId` int NOT NULL, `givenName` varchar(100) NULL, `familyName` varchar(100) NOT NULL, `familyNameKey` varchar(100) NOT NULL, `email` varchar(254) NULL, `phone` varchar(40) NULL, `address` text NULL, `relationshipToChild` varchar(100) NULL, `preferredContactMethod` varchar(16) NULL, `reasonableAdjustments` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_1d98f61fdfa6238807eb1ccd9b` (`familyNameKey`), PRIMARY KEY (`contactId`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `contact_assignment_event` (`id` int NOT NULL AUTO_INCREMENT, `contactId` int NOT NULL, `stage` varchar(16) NOT NULL, `officerId` int NULL, `previousOfficerId` int NULL, `assignedById` int NOT NULL, `assignedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_9a136370c8a7063d01b1f0bebc` (`contactId`, `assignedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `contact_assignment` (`contactId` int NOT NULL, `stage` varchar(16) NOT NULL, `officerId` int NOT NULL, `assignedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_8d8d32b4bf4c5fa70d3d847fc7` (`officerId`, `stage`), PRIMARY KEY (`contactId`, `stage`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `complainant` ADD CONSTRAINT `FK_5a7537d1dc68edb1ce5d238d9b2` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_assignment_event` ADD CONSTRAINT `FK_8e67f32e8b6d3b00ca2a42347d5` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_assignment_event` ADD CONSTRAINT `FK_5b0e907b4a4be8d571de7da3574` FOREIGN KEY (`officerId`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_assignment_event` ADD CONSTRAINT `FK_b4c99d84cd4cb32e1cdd64bfaf5` FOREIGN KEY (`previousOfficerId`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_assignment_event` ADD CONSTRAINT `FK_1d969fbe6f6f3dc5b5f20c76641` FOREIGN KEY (`assignedById`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_assignment` ADD CONSTRAINT `FK_863a076c0883180c6ff897d68cc` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_assignment` ADD CONSTRAINT `FK_59a60f07436f66d169849450ab8` FOREIGN KEY (`officerId`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Complainants' details and assignments are lost: the old schema has nowhere to keep them.
    await queryRunner.query('ALTER TABLE `contact_assignment` DROP FOREIGN KEY `FK_59a60f07436f66d169849450ab8`');
    await queryRunner.query('ALTER TABLE `contact_assignment` DROP FOREIGN KEY `FK_863a076c0883180c6ff897d68cc`');
    await queryRunner.query('ALTER TABLE `contact_assignment_event` DROP FOREIGN KEY `FK_1d969fbe6f6f3dc5b5f20c76641`');
    await queryRunner.query('ALTER TABLE `contact_assignment_event` DROP FOREIGN KEY `FK_b4c99d84cd4cb32e1cdd64bfaf5`');
    await queryRunner.query('ALTER TABLE `contact_assignment_event` DROP FOREIGN KEY `FK_5b0e907b4a4be8d571de7da3574`');
    await queryRunner.query('ALTER TABLE `contact_assignment_event` DROP FOREIGN KEY `FK_8e67f32e8b6d3b00ca2a42347d5`');
    await queryRunner.query('ALTER TABLE `complainant` DROP FOREIGN KEY `FK_5a7537d1dc68edb1ce5d238d9b2`');
    await queryRunner.query('DROP TABLE `contact_assignment`');
    await queryRunner.query('DROP TABLE `contact_assignment_event`');
    await queryRunner.query('DROP TABLE `complainant`');
    await queryRunner.query('DROP INDEX `IDX_fd8102e64a6bfbc0076a8e23fa` ON `contact`');
    await queryRunner.query('DROP INDEX `IDX_812d7f204b05c4b45db02dcba1` ON `contact`');
    await queryRunner.query('ALTER TABLE `contact` DROP INDEX `IDX_68dff67f6c1b19404a5934d5bd`');
    await queryRunner.query('ALTER TABLE `contact` DROP COLUMN `nextDueDate`, DROP COLUMN `status`, DROP COLUMN `referenceKey`');
  }
}
