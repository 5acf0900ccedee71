import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration (issue 12): the administrative audit log, the must-change flag
 * of a temporary password, and the date each reference value is retired from.
 */
export class AddAdministration1795710000000 implements MigrationInterface {
  name = 'AddAdministration1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `admin_audit_entry` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `actorId` int NULL, `actorEmail` varchar(254) NULL, `action` varchar(48) NOT NULL, `targetType` varchar(32) NOT NULL, `targetKey` varchar(254) NOT NULL, `targetLabel` varchar(254) NOT NULL, `before` text NULL, `after` text NULL, INDEX `IDX_9df9575dd9f60e079f4d780e04` (`targetType`, `targetKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `issue_category` ADD `retiredFrom` date NULL");
    await queryRunner.query("ALTER TABLE `division` ADD `retiredFrom` date NULL");
    await queryRunner.query("ALTER TABLE `service_area` ADD `retiredFrom` date NULL");
    await queryRunner.query("ALTER TABLE `issue` ADD `retiredFrom` date NULL");
    await queryRunner.query("ALTER TABLE `app_user` ADD `mustChangePassword` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `channel` ADD `retiredFrom` date NULL");
    await queryRunner.query("ALTER TABLE `record_type` ADD `retiredFrom` date NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `record_type` DROP COLUMN `retiredFrom`");
    await queryRunner.query("ALTER TABLE `channel` DROP COLUMN `retiredFrom`");
    await queryRunner.query("ALTER TABLE `app_user` DROP COLUMN `mustChangePassword`");
    await queryRunner.query("ALTER TABLE `issue` DROP COLUMN `retiredFrom`");
    await queryRunner.query("ALTER TABLE `service_area` DROP COLUMN `retiredFrom`");
    await queryRunner.query("ALTER TABLE `division` DROP COLUMN `retiredFrom`");
    await queryRunner.query("ALTER TABLE `issue_category` DROP COLUMN `retiredFrom`");
    await queryRunner.query("DROP INDEX `IDX_9df9575dd9f60e079f4d780e04` ON `admin_audit_entry`");
    await queryRunner.query("DROP TABLE `admin_audit_entry`");
  }
}
