import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (issue 12, item 6):
 * - record_type.retentionYears: how long a closed contact of the type is kept
 *   (default six years after closure);
 * - information_request_retention: the same per kind of information request,
 *   seeded with the defaults (FOI three years, access to records two; see
 *   DEFAULT_RETENTION in @complaints/domain for why);
 * - anonymised_record: which records have had their personal data removed.
 */
export class AddRetention1795715000000 implements MigrationInterface {
  name = 'AddRetention1795715000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `record_type` ADD `retentionYears` int NOT NULL DEFAULT '6'");
    await queryRunner.query('CREATE TABLE `information_request_retention` (`kind` varchar(32) NOT NULL, `retentionYears` int NOT NULL, PRIMARY KEY (`kind`)) ENGINE=InnoDB');
    await queryRunner.query("INSERT INTO `information_request_retention` (`kind`, `retentionYears`) VALUES ('FREEDOM_OF_INFORMATION', 3), ('ACCESS_TO_RECORDS', 2)");
    await queryRunner.query(
      'CREATE TABLE `anonymised_record` (`recordKind` varchar(32) NOT NULL, `recordId` int NOT NULL, `anonymisedOn` date NOT NULL, PRIMARY KEY (`recordKind`, `recordId`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `anonymised_record`');
    await queryRunner.query('DROP TABLE `information_request_retention`');
    await queryRunner.query('ALTER TABLE `record_type` DROP COLUMN `retentionYears`');
  }
}
