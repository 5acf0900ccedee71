import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration (issue 12): the administrative audit log, the must-change flag
 * of a temporary password, and the date each reference value is retired from.
 * Columns are added in place (not by rebuilding the tables, as generated
 * migrations do): other tables' foreign keys point at these, and dropping a
 * referenced table fails, or cascades, whenever foreign keys are enforced.
 */
export class AddAdministration1795710000000 implements MigrationInterface {
  name = 'AddAdministration1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"admin_audit_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime NOT NULL DEFAULT (datetime('now')), \"actorId\" integer, \"actorEmail\" varchar(254), \"action\" varchar(48) NOT NULL, \"targetType\" varchar(32) NOT NULL, \"targetKey\" varchar(254) NOT NULL, \"targetLabel\" varchar(254) NOT NULL, \"before\" text, \"after\" text)");
    await queryRunner.query("CREATE INDEX \"IDX_9df9575dd9f60e079f4d780e04\" ON \"admin_audit_entry\" (\"targetType\", \"targetKey\") ");
    await queryRunner.query("ALTER TABLE \"record_type\" ADD COLUMN \"retiredFrom\" date");
    await queryRunner.query("ALTER TABLE \"channel\" ADD COLUMN \"retiredFrom\" date");
    await queryRunner.query("ALTER TABLE \"division\" ADD COLUMN \"retiredFrom\" date");
    await queryRunner.query("ALTER TABLE \"service_area\" ADD COLUMN \"retiredFrom\" date");
    await queryRunner.query("ALTER TABLE \"issue_category\" ADD COLUMN \"retiredFrom\" date");
    await queryRunner.query("ALTER TABLE \"issue\" ADD COLUMN \"retiredFrom\" date");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD COLUMN \"mustChangePassword\" boolean NOT NULL DEFAULT (0)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"mustChangePassword\"");
    await queryRunner.query("ALTER TABLE \"issue\" DROP COLUMN \"retiredFrom\"");
    await queryRunner.query("ALTER TABLE \"issue_category\" DROP COLUMN \"retiredFrom\"");
    await queryRunner.query("ALTER TABLE \"service_area\" DROP COLUMN \"retiredFrom\"");
    await queryRunner.query("ALTER TABLE \"division\" DROP COLUMN \"retiredFrom\"");
    await queryRunner.query("ALTER TABLE \"channel\" DROP COLUMN \"retiredFrom\"");
    await queryRunner.query("ALTER TABLE \"record_type\" DROP COLUMN \"retiredFrom\"");
    await queryRunner.query("DROP INDEX \"IDX_9df9575dd9f60e079f4d780e04\"");
    await queryRunner.query("DROP TABLE \"admin_audit_entry\"");
  }
}
