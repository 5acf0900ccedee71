import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTrendIndexes1795632696333 implements MigrationInterface {
  name = 'AddTrendIndexes1795632696333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_fb47df392511b00e558ee3b389` ON `contact`");
    await queryRunner.query("DROP INDEX `IDX_7ca54ba352a705645b2818d283` ON `contact`");
    await queryRunner.query("CREATE INDEX `IDX_contact_trend_service_area` ON `contact` (`primaryServiceAreaId`, `receivedFinancialYear`, `receivedQuarter`, `receivedMonth`, `recordTypeId`, `channelId`, `primaryIssueCategoryId`, `primaryIssueId`, `divisionId`, `outcome`, `workingDaysToResponse`, `responseDueDate`, `responseSentDate`, `acknowledgementDueDate`, `acknowledgementSentDate`)");
    await queryRunner.query("CREATE INDEX `IDX_contact_trend_division` ON `contact` (`divisionId`, `receivedFinancialYear`, `receivedQuarter`, `receivedMonth`, `recordTypeId`, `channelId`, `primaryIssueCategoryId`, `primaryIssueId`, `primaryServiceAreaId`, `outcome`, `workingDaysToResponse`, `responseDueDate`, `responseSentDate`, `acknowledgementDueDate`, `acknowledgementSentDate`)");
    await queryRunner.query("CREATE INDEX `IDX_contact_trend_year` ON `contact` (`receivedFinancialYear`, `recordTypeId`, `channelId`, `primaryIssueCategoryId`, `primaryIssueId`, `divisionId`, `primaryServiceAreaId`, `outcome`, `workingDaysToResponse`, `responseDueDate`, `responseSentDate`, `acknowledgementDueDate`, `acknowledgementSentDate`)");
    await queryRunner.query("CREATE INDEX `IDX_contact_trend_quarter` ON `contact` (`receivedQuarter`, `recordTypeId`, `channelId`, `primaryIssueCategoryId`, `primaryIssueId`, `divisionId`, `primaryServiceAreaId`, `outcome`, `workingDaysToResponse`, `responseDueDate`, `responseSentDate`, `acknowledgementDueDate`, `acknowledgementSentDate`)");
    await queryRunner.query("CREATE INDEX `IDX_contact_trend_month` ON `contact` (`receivedMonth`, `recordTypeId`, `channelId`, `primaryIssueCategoryId`, `primaryIssueId`, `divisionId`, `primaryServiceAreaId`, `outcome`, `workingDaysToResponse`, `responseDueDate`, `responseSentDate`, `acknowledgementDueDate`, `acknowledgementSentDate`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_contact_trend_month` ON `contact`");
    await queryRunner.query("DROP INDEX `IDX_contact_trend_quarter` ON `contact`");
    await queryRunner.query("DROP INDEX `IDX_contact_trend_year` ON `contact`");
    await queryRunner.query("DROP INDEX `IDX_contact_trend_division` ON `contact`");
    await queryRunner.query("DROP INDEX `IDX_contact_trend_service_area` ON `contact`");
    await queryRunner.query("CREATE INDEX `IDX_7ca54ba352a705645b2818d283` ON `contact` (`receivedFinancialYear`, `recordTypeId`)");
    await queryRunner.query("CREATE INDEX `IDX_fb47df392511b00e558ee3b389` ON `contact` (`receivedMonth`, `recordTypeId`)");
  }
}
