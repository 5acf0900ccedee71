import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRollupAreaKeys1795790000000 implements MigrationInterface {
  name = 'AddRollupAreaKeys1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_rollup_month_area_divisionId` ON `rollup_month_area` (`divisionId`, `receivedMonth`, `receivedQuarter`, `receivedFinancialYear`, `recordTypeId`, `primaryServiceAreaId`, `contacts`, `acknowledgedCounted`, `acknowledgedInTime`, `respondedCounted`, `respondedInTime`)");
    await queryRunner.query("CREATE INDEX `IDX_rollup_month_area_primaryServiceAreaId` ON `rollup_month_area` (`primaryServiceAreaId`, `receivedMonth`, `receivedQuarter`, `receivedFinancialYear`, `recordTypeId`, `divisionId`, `contacts`, `acknowledgedCounted`, `acknowledgedInTime`, `respondedCounted`, `respondedInTime`)");
    await queryRunner.query("CREATE INDEX `IDX_rollup_days_area_divisionId` ON `rollup_days_area` (`divisionId`, `receivedMonth`, `receivedQuarter`, `receivedFinancialYear`, `recordTypeId`, `primaryServiceAreaId`, `workingDaysToResponse`, `contacts`)");
    await queryRunner.query("CREATE INDEX `IDX_rollup_days_area_primaryServiceAreaId` ON `rollup_days_area` (`primaryServiceAreaId`, `receivedMonth`, `receivedQuarter`, `receivedFinancialYear`, `recordTypeId`, `divisionId`, `workingDaysToResponse`, `contacts`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_rollup_days_area_primaryServiceAreaId` ON `rollup_days_area`");
    await queryRunner.query("DROP INDEX `IDX_rollup_days_area_divisionId` ON `rollup_days_area`");
    await queryRunner.query("DROP INDEX `IDX_rollup_month_area_primaryServiceAreaId` ON `rollup_month_area`");
    await queryRunner.query("DROP INDEX `IDX_rollup_month_area_divisionId` ON `rollup_month_area`");
  }
}
