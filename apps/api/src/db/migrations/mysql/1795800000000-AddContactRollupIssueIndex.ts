import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddContactRollupIssueIndex1795800000000 implements MigrationInterface {
  name = 'AddContactRollupIssueIndex1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_contact_rollup_issue` ON `contact` (`receivedMonth`, `primaryIssueId`, `recordTypeId`, `primaryIssueCategoryId`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_contact_rollup_issue` ON `contact`");
  }
}
