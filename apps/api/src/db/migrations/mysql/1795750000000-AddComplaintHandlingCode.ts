import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, the Ombudsman's Complaint Handling Code beside the Children Act procedure:
 * - contact.regime / regimeDecided / regimeReason / regimeOverrideReason: the procedure each contact follows,
 *   filled in for existing contacts by the rules of complaint-code/regime.ts (record type, service area, received date);
 * - escalation.agreedStatementDate: Children Act Stage 2 clock from the agreed statement of complaint (configurable);
 * - service_request, complaint_refusal, reasonable_adjustment, remedy, response_point, complaint_code_stage
 *   (see apps/api/src/complaint-code/README.md).
 */
export class AddComplaintHandlingCode1795750000000 implements MigrationInterface {
  name = 'AddComplaintHandlingCode1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `complaint_code_stage` (`id` int NOT NULL AUTO_INCREMENT, `contactId` int NOT NULL, `stage` varchar(16) NOT NULL, `handlerUserId` int NULL, `startDate` date NOT NULL, `startFinancialYear` varchar(7) NOT NULL, `acknowledgementDueDate` date NOT NULL, `acknowledgementSentDate` date NULL, `originalResponseDueDate` date NOT NULL, `responseDueDate` date NOT NULL, `responseSentDate` date NULL, `respondedInTime` tinyint NULL, `outcome` varchar(24) NULL, `extensionWorkingDays` int NULL, `extensionReason` text NULL, `extensionToldDate` date NULL, `deadlineRuleId` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_3a1e699fc084a0838d94628629` (`handlerUserId`), INDEX `IDX_54fc69a516f6ace24da106cfcf` (`startFinancialYear`, `stage`, `respondedInTime`), UNIQUE INDEX `IDX_2c4b17933160438ae6bb475314` (`contactId`, `stage`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `complaint_refusal` (`id` int NOT NULL AUTO_INCREMENT, `contactId` int NOT NULL, `subject` varchar(16) NOT NULL, `reason` varchar(32) NOT NULL, `evidence` text NOT NULL, `refusedDate` date NOT NULL, `refusedFinancialYear` varchar(7) NOT NULL, `ombudsmanSignpostedDate` date NOT NULL, `recordedByUserId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_fc6ebd9a1c3915689c7e4af7a4` (`contactId`), INDEX `IDX_5ff92621db4db103161688e3c0` (`refusedFinancialYear`, `reason`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reasonable_adjustment` (`id` int NOT NULL AUTO_INCREMENT, `contactId` int NOT NULL, `adjustment` text NOT NULL, `agreedDate` date NOT NULL, `reviewDate` date NULL, `lastReviewedDate` date NULL, `endedDate` date NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_99a9ab5255e4cadfd3f24f3a65` (`contactId`), INDEX `IDX_8c3aed3767eb6ab5d61e1caab5` (`endedDate`, `reviewDate`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `remedy` (`id` int NOT NULL AUTO_INCREMENT, `contactId` int NOT NULL, `stage` varchar(16) NOT NULL, `type` varchar(32) NOT NULL, `description` text NOT NULL, `owner` text NOT NULL, `dueDate` date NOT NULL, `completedDate` date NULL, `completionEvidence` text NULL, `offeredDate` date NOT NULL, `offeredFinancialYear` varchar(7) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_245b306a1b72d1004ae06d2b12` (`contactId`), INDEX `IDX_baece136704c4c72fff5bf36c7` (`type`), INDEX `IDX_e0dd5d99f03ecd0204b848dffd` (`completedDate`, `dueDate`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `response_point` (`id` int NOT NULL AUTO_INCREMENT, `contactId` int NOT NULL, `stage` varchar(16) NOT NULL, `point` text NOT NULL, `addressed` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_a847befd4bb636b3e2151f5b35` (`contactId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `service_request` (`id` int NOT NULL AUTO_INCREMENT, `receivedDate` date NOT NULL, `receivedFinancialYear` varchar(7) NOT NULL, `serviceAreaId` int NOT NULL, `summary` text NOT NULL, `status` varchar(16) NOT NULL, `reviewedDate` date NULL, `reviewNote` text NULL, `resolvedDate` date NULL, `convertedContactId` int NULL, `convertedDate` date NULL, `recordedByUserId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_0c8749d24651dc6ccfc2adf414` (`receivedDate`), INDEX `IDX_a8d43d9e94ba7ec409d3c06ea4` (`serviceAreaId`), INDEX `IDX_e8cd1938aa33c08fcbe579d540` (`convertedContactId`), INDEX `IDX_b05dd86e6d3025983c8a1264e5` (`receivedFinancialYear`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `contact` ADD `regime` varchar(32) NOT NULL DEFAULT 'NONE'");
    await queryRunner.query("ALTER TABLE `contact` ADD `regimeDecided` varchar(32) NOT NULL DEFAULT 'NONE'");
    await queryRunner.query("ALTER TABLE `contact` ADD `regimeReason` varchar(400) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `contact` ADD `regimeOverrideReason` text NULL");
    await queryRunner.query("ALTER TABLE `escalation` ADD `agreedStatementDate` date NULL");
    await queryRunner.query("CREATE INDEX `IDX_3d6336b675c7b07ddb284cc1e8` ON `contact` (`regime`)");
    await queryRunner.query("ALTER TABLE `complaint_code_stage` ADD CONSTRAINT `FK_6281d4e794ed721824b80c4c665` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `complaint_code_stage` ADD CONSTRAINT `FK_3a1e699fc084a0838d946286299` FOREIGN KEY (`handlerUserId`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `complaint_refusal` ADD CONSTRAINT `FK_fc6ebd9a1c3915689c7e4af7a49` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reasonable_adjustment` ADD CONSTRAINT `FK_99a9ab5255e4cadfd3f24f3a654` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `remedy` ADD CONSTRAINT `FK_245b306a1b72d1004ae06d2b122` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `response_point` ADD CONSTRAINT `FK_a847befd4bb636b3e2151f5b350` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `service_request` ADD CONSTRAINT `FK_a8d43d9e94ba7ec409d3c06ea4f` FOREIGN KEY (`serviceAreaId`) REFERENCES `service_area`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `service_request` ADD CONSTRAINT `FK_e8cd1938aa33c08fcbe579d5403` FOREIGN KEY (`convertedContactId`) REFERENCES `contact`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("UPDATE `contact` SET `regimeDecided` = CASE WHEN (SELECT `code` FROM `record_type` r WHERE r.`id` = `contact`.`recordTypeId`) = 'LGO_COMPLAINT' THEN 'NONE' WHEN (SELECT r.`group` FROM `record_type` r WHERE r.`id` = `contact`.`recordTypeId`) <> 'FORMAL_COMPLAINT' THEN 'NONE' WHEN (SELECT `code` FROM `record_type` r WHERE r.`id` = `contact`.`recordTypeId`) = 'STATUTORY_COMPLAINT' OR (SELECT s.`code` FROM `service_area` s WHERE s.`id` = `contact`.`primaryServiceAreaId`) = 'SOCIAL_CARE' THEN 'CHILDREN_ACT' WHEN (SELECT `code` FROM `record_type` r WHERE r.`id` = `contact`.`recordTypeId`) = 'SCHOOL_COMPLAINT' OR (SELECT s.`code` FROM `service_area` s WHERE s.`id` = `contact`.`primaryServiceAreaId`) = 'SCHOOLS_OWN_PROCEDURE' THEN 'SCHOOL' WHEN `receivedDate` >= '2026-04-01' THEN 'COMPLAINT_HANDLING_CODE' ELSE 'CORPORATE_PROCEDURE' END");
    await queryRunner.query("UPDATE `contact` SET `regime` = `regimeDecided`, `regimeReason` = CASE `regimeDecided` WHEN 'CHILDREN_ACT' THEN 'A statutory complaint, or about children''s social care: the Children Act 1989 procedure (SI 2006/1738) applies.' WHEN 'SCHOOL' THEN 'A complaint about a school: the school''s own complaints procedure applies.' WHEN 'COMPLAINT_HANDLING_CODE' THEN 'No statutory process applies and it was received on or after 2026-04-01: the Ombudsman''s Complaint Handling Code applies.' WHEN 'CORPORATE_PROCEDURE' THEN 'No statutory process applies and it was received before 2026-04-01, when the Code began: the council''s corporate procedure applies.' ELSE 'Not a complaint, or the Ombudsman''s own case: no council complaints procedure.' END");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_request` DROP FOREIGN KEY `FK_e8cd1938aa33c08fcbe579d5403`");
    await queryRunner.query("ALTER TABLE `service_request` DROP FOREIGN KEY `FK_a8d43d9e94ba7ec409d3c06ea4f`");
    await queryRunner.query("ALTER TABLE `response_point` DROP FOREIGN KEY `FK_a847befd4bb636b3e2151f5b350`");
    await queryRunner.query("ALTER TABLE `remedy` DROP FOREIGN KEY `FK_245b306a1b72d1004ae06d2b122`");
    await queryRunner.query("ALTER TABLE `reasonable_adjustment` DROP FOREIGN KEY `FK_99a9ab5255e4cadfd3f24f3a654`");
    await queryRunner.query("ALTER TABLE `complaint_refusal` DROP FOREIGN KEY `FK_fc6ebd9a1c3915689c7e4af7a49`");
    await queryRunner.query("ALTER TABLE `complaint_code_stage` DROP FOREIGN KEY `FK_3a1e699fc084a0838d946286299`");
    await queryRunner.query("ALTER TABLE `complaint_code_stage` DROP FOREIGN KEY `FK_6281d4e794ed721824b80c4c665`");
    await queryRunner.query("ALTER TABLE `escalation` DROP COLUMN `agreedStatementDate`");
    await queryRunner.query("ALTER TABLE `contact` DROP COLUMN `regimeOverrideReason`");
    await queryRunner.query("ALTER TABLE `contact` DROP COLUMN `regimeReason`");
    await queryRunner.query("ALTER TABLE `contact` DROP COLUMN `regimeDecided`");
    await queryRunner.query("ALTER TABLE `contact` DROP COLUMN `regime`");
    await queryRunner.query("DROP INDEX `IDX_b05dd86e6d3025983c8a1264e5` ON `service_request`");
    await queryRunner.query("DROP INDEX `IDX_e8cd1938aa33c08fcbe579d540` ON `service_request`");
    await queryRunner.query("DROP INDEX `IDX_a8d43d9e94ba7ec409d3c06ea4` ON `service_request`");
    await queryRunner.query("DROP INDEX `IDX_0c8749d24651dc6ccfc2adf414` ON `service_request`");
    await queryRunner.query("DROP TABLE `service_request`");
    await queryRunner.query("DROP INDEX `IDX_a847befd4bb636b3e2151f5b35` ON `response_point`");
    await queryRunner.query("DROP TABLE `response_point`");
    await queryRunner.query("DROP INDEX `IDX_e0dd5d99f03ecd0204b848dffd` ON `remedy`");
    await queryRunner.query("DROP INDEX `IDX_baece136704c4c72fff5bf36c7` ON `remedy`");
    await queryRunner.query("DROP INDEX `IDX_245b306a1b72d1004ae06d2b12` ON `remedy`");
    await queryRunner.query("DROP TABLE `remedy`");
    await queryRunner.query("DROP INDEX `IDX_8c3aed3767eb6ab5d61e1caab5` ON `reasonable_adjustment`");
    await queryRunner.query("DROP INDEX `IDX_99a9ab5255e4cadfd3f24f3a65` ON `reasonable_adjustment`");
    await queryRunner.query("DROP TABLE `reasonable_adjustment`");
    await queryRunner.query("DROP INDEX `IDX_5ff92621db4db103161688e3c0` ON `complaint_refusal`");
    await queryRunner.query("DROP INDEX `IDX_fc6ebd9a1c3915689c7e4af7a4` ON `complaint_refusal`");
    await queryRunner.query("DROP TABLE `complaint_refusal`");
    await queryRunner.query("DROP INDEX `IDX_2c4b17933160438ae6bb475314` ON `complaint_code_stage`");
    await queryRunner.query("DROP INDEX `IDX_54fc69a516f6ace24da106cfcf` ON `complaint_code_stage`");
    await queryRunner.query("DROP INDEX `IDX_3a1e699fc084a0838d94628629` ON `complaint_code_stage`");
    await queryRunner.query("DROP TABLE `complaint_code_stage`");
  }
}
