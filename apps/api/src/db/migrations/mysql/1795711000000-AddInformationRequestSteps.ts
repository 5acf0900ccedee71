import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Information requests gain the steps of the registers (acknowledged, extended
 * with a reason, clock paused and resumed, withdrawn), the requester's name, a
 * history of who recorded each step, and `referenceKey`: the reference as web
 * addresses write it (each `/` as `-`), unique, so an address leads to one request.
 * Two saved references with the same key stop the upgrade, naming them, rather
 * than anyone's records being merged or renamed.
 */
export class AddInformationRequestSteps1795711000000 implements MigrationInterface {
  name = 'AddInformationRequestSteps1795711000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const clashes: Array<{ spellings: string }> = await queryRunner.query(
      "SELECT GROUP_CONCAT(`reference` SEPARATOR ', ') AS spellings FROM `information_request` GROUP BY REPLACE(UPPER(`reference`), '/', '-') HAVING COUNT(*) > 1 LIMIT 10",
    );
    if (clashes.length) {
      throw new Error(
        'Cannot upgrade: these information request references differ only by / and -, and web addresses write / as -: ' +
          `${clashes.map((c) => c.spellings).join('; ')}. Change one of each (UPDATE information_request SET reference = … WHERE reference = …) and start again.`,
      );
    }
    await queryRunner.query('ALTER TABLE `information_request` ADD `referenceKey` varchar(40) NULL');
    await queryRunner.query("UPDATE `information_request` SET `referenceKey` = REPLACE(UPPER(`reference`), '/', '-')");
    await queryRunner.query('ALTER TABLE `information_request` MODIFY `referenceKey` varchar(40) NOT NULL');
    await queryRunner.query('ALTER TABLE `information_request` ADD UNIQUE INDEX `IDX_c1a212654df7ee943bc26df87d` (`referenceKey`)');
    await queryRunner.query('ALTER TABLE `information_request` ADD `requesterName` varchar(200) NULL');
    await queryRunner.query('ALTER TABLE `information_request` ADD `acknowledgedDate` date NULL');
    await queryRunner.query('ALTER TABLE `information_request` ADD `extensionReason` text NULL');
    await queryRunner.query('ALTER TABLE `information_request` ADD `clockPausedOn` date NULL');
    await queryRunner.query('ALTER TABLE `information_request` ADD `clockPauseReason` varchar(32) NULL');
    await queryRunner.query('ALTER TABLE `information_request` ADD `withdrawnDate` date NULL');
    await queryRunner.query('CREATE INDEX `IDX_9affe52cf13d6084730f9974e8` ON `information_request` (`dueDate`)');
    await queryRunner.query(
      'CREATE TABLE `information_request_event` (`id` int NOT NULL AUTO_INCREMENT, `informationRequestId` int NOT NULL, `kind` varchar(32) NOT NULL, `date` date NOT NULL, `reason` varchar(32) NULL, `note` text NULL, `dueDate` date NULL, `recordedBy` varchar(200) NOT NULL, `recordedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_f55f7246fd961b8d668d80ed6e` (`informationRequestId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `information_request_event` ADD CONSTRAINT `FK_2572d27ac8ba23a0a8a01fac790` FOREIGN KEY (`informationRequestId`) REFERENCES `information_request`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The steps' dates, the requester's name and the history are lost: the old schema has nowhere to keep them.
    await queryRunner.query('ALTER TABLE `information_request_event` DROP FOREIGN KEY `FK_2572d27ac8ba23a0a8a01fac790`');
    await queryRunner.query('DROP TABLE `information_request_event`');
    await queryRunner.query('DROP INDEX `IDX_9affe52cf13d6084730f9974e8` ON `information_request`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `withdrawnDate`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `clockPauseReason`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `clockPausedOn`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `extensionReason`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `acknowledgedDate`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `requesterName`');
    await queryRunner.query('ALTER TABLE `information_request` DROP INDEX `IDX_c1a212654df7ee943bc26df87d`');
    await queryRunner.query('ALTER TABLE `information_request` DROP COLUMN `referenceKey`');
  }
}
