import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Complaint Handling Code's self-assessment, annual report and the Ombudsman's figures (issue 13, parts 3–6):
 * the Code's provisions (seed data, paraphrased), versioned self-assessments with an entry per provision and actions
 * for non-compliance, the Ombudsman's annual letter, its per-council statistics with the chosen comparators, and the
 * governance body's response to the annual report.
 */
export class AddComplaintCodeReport1795760000000 implements MigrationInterface {
  name = 'AddComplaintCodeReport1795760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `code_provision` (`code` varchar(16) NOT NULL, `sortOrder` int NOT NULL, `section` varchar(120) NOT NULL, `title` varchar(200) NOT NULL, `requirement` text NOT NULL, `measure` varchar(32) NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `self_assessment` (`id` int NOT NULL AUTO_INCREMENT, `version` int NOT NULL, `status` varchar(16) NOT NULL, `financialYear` varchar(7) NOT NULL, `reason` text NOT NULL, `approvedBy` varchar(200) NULL, `approvedOn` date NULL, `approvalRecordedById` int NULL, `createdById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_ead181f52f55b311d32e891c17` (`version`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `self_assessment_entry` (`id` int NOT NULL AUTO_INCREMENT, `selfAssessmentId` int NOT NULL, `provisionCode` varchar(16) NOT NULL, `complies` tinyint NULL, `evidence` text NULL, `commentary` text NULL, UNIQUE INDEX `IDX_7e50389ccd58e200f9cbef7a55` (`selfAssessmentId`, `provisionCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `self_assessment_action` (`id` int NOT NULL AUTO_INCREMENT, `entryId` int NOT NULL, `description` text NOT NULL, `owner` varchar(200) NOT NULL, `dueDate` date NOT NULL, `completedOn` date NULL, `learningActionId` int NULL, INDEX `IDX_f0f9f33cd848223daff45495ea` (`entryId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ombudsman_letter` (`financialYear` varchar(7) NOT NULL, `letterDate` date NULL, `complaintsReceived` int NOT NULL, `decisionsMade` int NOT NULL, `detailedInvestigations` int NOT NULL, `upheld` int NOT NULL, `satisfactoryRemedyBeforeOmbudsman` int NOT NULL, `compliancePercent` int NULL, `text` text NOT NULL, PRIMARY KEY (`financialYear`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ombudsman_statistic` (`id` int NOT NULL AUTO_INCREMENT, `councilName` varchar(200) NOT NULL, `financialYear` varchar(7) NOT NULL, `complaintsReceived` int NOT NULL, `decided` int NOT NULL, `upheld` int NOT NULL, `upheldPercent` decimal(5,1) NULL, `compliancePercent` decimal(5,1) NULL, `satisfactoryRemedy` int NULL, `invented` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `IDX_0a5ff84b3cfb37117092c6ad41` (`councilName`, `financialYear`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ombudsman_comparator` (`councilName` varchar(200) NOT NULL, `isSelf` tinyint NOT NULL DEFAULT 0, PRIMARY KEY (`councilName`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `code_report_response` (`financialYear` varchar(7) NOT NULL, `body` varchar(200) NOT NULL, `consideredOn` date NULL, `response` text NOT NULL, PRIMARY KEY (`financialYear`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `code_report_response`");
    await queryRunner.query("DROP TABLE `ombudsman_comparator`");
    await queryRunner.query("DROP TABLE `ombudsman_statistic`");
    await queryRunner.query("DROP TABLE `ombudsman_letter`");
    await queryRunner.query("DROP TABLE `self_assessment_action`");
    await queryRunner.query("DROP TABLE `self_assessment_entry`");
    await queryRunner.query("DROP TABLE `self_assessment`");
    await queryRunner.query("DROP TABLE `code_provision`");
  }
}
