import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReferenceSequenceAndRequestAreas1795679295346 implements MigrationInterface {
  name = 'AddReferenceSequenceAndRequestAreas1795679295346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `reference_sequence` (`prefix` varchar(40) NOT NULL, `lastValue` int NOT NULL, PRIMARY KEY (`prefix`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `information_request` ADD `serviceAreaId` int NULL");
    await queryRunner.query("CREATE INDEX `IDX_822818ea7076575ded84f51577` ON `information_request` (`serviceAreaId`)");
    await queryRunner.query("ALTER TABLE `information_request` ADD CONSTRAINT `FK_822818ea7076575ded84f51577b` FOREIGN KEY (`serviceAreaId`) REFERENCES `service_area`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    // References are stored in upper case from now on (reference-numbers/canonical-reference.ts). The
    // case-insensitive unique index has always refused two that differ only by case, so none can clash.
    for (const table of ['contact', 'information_request']) {
      await queryRunner.query(`UPDATE \`${table}\` SET \`reference\` = UPPER(\`reference\`) WHERE CAST(\`reference\` AS BINARY) <> CAST(UPPER(\`reference\`) AS BINARY)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // References stay upper-cased: their former case is not kept.
    await queryRunner.query("ALTER TABLE `information_request` DROP FOREIGN KEY `FK_822818ea7076575ded84f51577b`");
    await queryRunner.query("DROP INDEX `IDX_822818ea7076575ded84f51577` ON `information_request`");
    await queryRunner.query("ALTER TABLE `information_request` DROP COLUMN `serviceAreaId`");
    await queryRunner.query("DROP TABLE `reference_sequence`");
  }
}
