import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The accounts version (data-versions/data-kinds.ts): the kind's own row and its seven slots
 * (data-versions/version-slots.ts), as every kind has. Writes to users, managers' service areas and sessions bump it,
 * so that a process may keep the sessions it has looked up for as long as the version stays (auth/session-cache.ts).
 */
export class AddAccountsVersion1795830000000 implements MigrationInterface {
  name = 'AddAccountsVersion1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO `data_version` (`name`, `version`, `updatedAt`) VALUES ('accounts', 1, UTC_TIMESTAMP()), " +
        [1, 2, 3, 4, 5, 6, 7].map((n) => `('accounts#${n}', 0, UTC_TIMESTAMP())`).join(', '),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM `data_version` WHERE `name` = 'accounts' OR `name` LIKE 'accounts#%'");
  }
}
