import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCaseworkRegister1795631363037 implements MigrationInterface {
  name = 'AddCaseworkRegister1795631363037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `contact` ADD `extendedDate` date NULL");
    await queryRunner.query("ALTER TABLE `contact` ADD `withdrawnDate` date NULL");
    await queryRunner.query("ALTER TABLE `escalation` ADD `panelHeldDate` date NULL");
    await queryRunner.query("CREATE INDEX `IDX_4c4b2446b8ba84d7128bced69c` ON `contact` (`responseSentDate`, `responseDueDate`)");
    await queryRunner.query("CREATE INDEX `IDX_fcffcf354ad28b3c5adc43d080` ON `contact` (`acknowledgementSentDate`, `acknowledgementDueDate`)");
    await queryRunner.query("CREATE INDEX `IDX_43687418b674ae1c93517f698e` ON `escalation` (`responseSentDate`, `responseDueDate`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_43687418b674ae1c93517f698e` ON `escalation`");
    await queryRunner.query("DROP INDEX `IDX_fcffcf354ad28b3c5adc43d080` ON `contact`");
    await queryRunner.query("DROP INDEX `IDX_4c4b2446b8ba84d7128bced69c` ON `contact`");
    await queryRunner.query("ALTER TABLE `escalation` DROP COLUMN `panelHeldDate`");
    await queryRunner.query("ALTER TABLE `contact` DROP COLUMN `withdrawnDate`");
    await queryRunner.query("ALTER TABLE `contact` DROP COLUMN `extendedDate`");
  }
}
