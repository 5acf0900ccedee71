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
    await queryRunner.query("CREATE TABLE \"code_provision\" (\"code\" varchar(16) PRIMARY KEY NOT NULL, \"sortOrder\" integer NOT NULL, \"section\" varchar(120) NOT NULL, \"title\" varchar(200) NOT NULL, \"requirement\" text NOT NULL, \"measure\" varchar(32))");
    await queryRunner.query("CREATE TABLE \"self_assessment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"financialYear\" varchar(7) NOT NULL, \"reason\" text NOT NULL, \"approvedBy\" varchar(200), \"approvedOn\" date, \"approvalRecordedById\" integer, \"createdById\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_ead181f52f55b311d32e891c17b\" UNIQUE (\"version\"))");
    await queryRunner.query("CREATE TABLE \"self_assessment_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"selfAssessmentId\" integer NOT NULL, \"provisionCode\" varchar(16) NOT NULL, \"complies\" boolean, \"evidence\" text, \"commentary\" text)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_7e50389ccd58e200f9cbef7a55\" ON \"self_assessment_entry\" (\"selfAssessmentId\", \"provisionCode\")");
    await queryRunner.query("CREATE TABLE \"self_assessment_action\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"entryId\" integer NOT NULL, \"description\" text NOT NULL, \"owner\" varchar(200) NOT NULL, \"dueDate\" date NOT NULL, \"completedOn\" date, \"learningActionId\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_f0f9f33cd848223daff45495ea\" ON \"self_assessment_action\" (\"entryId\")");
    await queryRunner.query("CREATE TABLE \"ombudsman_letter\" (\"financialYear\" varchar(7) PRIMARY KEY NOT NULL, \"letterDate\" date, \"complaintsReceived\" integer NOT NULL, \"decisionsMade\" integer NOT NULL, \"detailedInvestigations\" integer NOT NULL, \"upheld\" integer NOT NULL, \"satisfactoryRemedyBeforeOmbudsman\" integer NOT NULL, \"compliancePercent\" integer, \"text\" text NOT NULL)");
    await queryRunner.query("CREATE TABLE \"ombudsman_statistic\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"councilName\" varchar(200) NOT NULL, \"financialYear\" varchar(7) NOT NULL, \"complaintsReceived\" integer NOT NULL, \"decided\" integer NOT NULL, \"upheld\" integer NOT NULL, \"upheldPercent\" decimal(5,1), \"compliancePercent\" decimal(5,1), \"satisfactoryRemedy\" integer, \"invented\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0a5ff84b3cfb37117092c6ad41\" ON \"ombudsman_statistic\" (\"councilName\", \"financialYear\")");
    await queryRunner.query("CREATE TABLE \"ombudsman_comparator\" (\"councilName\" varchar(200) PRIMARY KEY NOT NULL, \"isSelf\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE TABLE \"code_report_response\" (\"financialYear\" varchar(7) PRIMARY KEY NOT NULL, \"body\" varchar(200) NOT NULL, \"consideredOn\" date, \"response\" text NOT NULL)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"code_report_response\"");
    await queryRunner.query("DROP TABLE \"ombudsman_comparator\"");
    await queryRunner.query("DROP INDEX \"IDX_0a5ff84b3cfb37117092c6ad41\"");
    await queryRunner.query("DROP TABLE \"ombudsman_statistic\"");
    await queryRunner.query("DROP TABLE \"ombudsman_letter\"");
    await queryRunner.query("DROP INDEX \"IDX_f0f9f33cd848223daff45495ea\"");
    await queryRunner.query("DROP TABLE \"self_assessment_action\"");
    await queryRunner.query("DROP INDEX \"IDX_7e50389ccd58e200f9cbef7a55\"");
    await queryRunner.query("DROP TABLE \"self_assessment_entry\"");
    await queryRunner.query("DROP TABLE \"self_assessment\"");
    await queryRunner.query("DROP TABLE \"code_provision\"");
  }
}
