import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Eight rows per kind of data version instead of one (data-versions/version-slots.ts): writes bump one at random,
 * so concurrent writers of a kind stop queueing for one row's lock. The new slots start at 0 with the kind's time,
 * so each kind's version (the sum) and time (the latest) are unchanged.
 */
export class AddDataVersionSlots1795810000000 implements MigrationInterface {
  name = 'AddDataVersionSlots1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO `data_version` (`name`, `version`, `updatedAt`) SELECT CONCAT(`d`.`name`, '#', `s`.`n`), 0, `d`.`updatedAt` FROM `data_version` `d` " +
        'CROSS JOIN (SELECT 1 AS `n` UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) `s` ' +
        "WHERE `d`.`name` IN ('contacts', 'information_requests', 'learning_actions', 'reference_data')",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Each kind's slots folded back into its own row.
    await queryRunner.query(
      "UPDATE `data_version` `d` JOIN (SELECT SUBSTRING_INDEX(`name`, '#', 1) AS `kind`, SUM(`version`) AS `total`, MAX(`updatedAt`) AS `latest` FROM `data_version` GROUP BY `kind`) `t` " +
        'ON `d`.`name` = `t`.`kind` SET `d`.`version` = `t`.`total`, `d`.`updatedAt` = `t`.`latest`',
    );
    await queryRunner.query("DELETE FROM `data_version` WHERE `name` LIKE '%#%'");
  }
}
