import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reclassification (issue 15, part 1): every reference table gains
 * effectiveFrom (a version's first day; retiredFrom is its end), and
 * taxonomy_mapping holds old code → new code edges (a split has one per
 * successor, the designated one taking the old records, with its rule).
 */
const TABLES = ['division', 'service_area', 'issue_category', 'issue', 'record_type', 'channel'];

export class AddTaxonomyVersions1795720000000 implements MigrationInterface {
  name = 'AddTaxonomyVersions1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE \`${table}\` ADD \`effectiveFrom\` date NULL`);
    await queryRunner.query(
      'CREATE TABLE `taxonomy_mapping` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(32) NOT NULL, `fromCode` varchar(64) NOT NULL, `toCode` varchar(64) NOT NULL, `effectiveFrom` date NOT NULL, `mappingKind` varchar(16) NOT NULL, `designated` tinyint NOT NULL DEFAULT 0, `rule` text NULL, UNIQUE INDEX `IDX_taxonomy_mapping_edge` (`kind`, `fromCode`, `toCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `taxonomy_mapping`');
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE \`${table}\` DROP COLUMN \`effectiveFrom\``);
  }
}
