import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning at closure (issue 12, item 5):
 * - learning_action_progress: each action's dated progress log (who, when,
 *   what); closing adds the closing note to it and reopening an entry of its
 *   own, so the log keeps every closing note.
 * - contact_learning_outcome: what was learned from a complaint, answered when
 *   its response is recorded (nothing, or a new or existing learning action).
 * Both start empty: actions closed before this have no closing note, and
 * complaints answered before it no outcome.
 */
export class AddLearningAtClosure1795713000000 implements MigrationInterface {
  name = 'AddLearningAtClosure1795713000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `learning_action_progress` (`id` int NOT NULL AUTO_INCREMENT, `learningActionId` int NOT NULL, `kind` varchar(16) NOT NULL, `authorName` varchar(200) NOT NULL, `authorEmail` varchar(254) NOT NULL, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `text` text NULL, INDEX `IDX_4b493e731f49d11654b2c430cd` (`learningActionId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `contact_learning_outcome` (`contactId` int NOT NULL, `kind` varchar(16) NOT NULL, `learningActionId` int NULL, `note` text NULL, `recordedByName` varchar(200) NOT NULL, `recordedByEmail` varchar(254) NOT NULL, `recordedAt` datetime NOT NULL, INDEX `IDX_fa3401c3ce68c2d8e0d927763a` (`learningActionId`), PRIMARY KEY (`contactId`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `learning_action_progress` ADD CONSTRAINT `FK_c62226f3686f9025e5b06a80e49` FOREIGN KEY (`learningActionId`) REFERENCES `learning_action`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_learning_outcome` ADD CONSTRAINT `FK_a8ee046094a1fc10af19d005400` FOREIGN KEY (`contactId`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `contact_learning_outcome` ADD CONSTRAINT `FK_fa3401c3ce68c2d8e0d927763ac` FOREIGN KEY (`learningActionId`) REFERENCES `learning_action`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `contact_learning_outcome` DROP FOREIGN KEY `FK_fa3401c3ce68c2d8e0d927763ac`');
    await queryRunner.query('ALTER TABLE `contact_learning_outcome` DROP FOREIGN KEY `FK_a8ee046094a1fc10af19d005400`');
    await queryRunner.query('ALTER TABLE `learning_action_progress` DROP FOREIGN KEY `FK_c62226f3686f9025e5b06a80e49`');
    await queryRunner.query('DROP TABLE `contact_learning_outcome`');
    await queryRunner.query('DROP TABLE `learning_action_progress`');
  }
}
