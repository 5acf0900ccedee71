import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAppendixIssuesAndDatasetMarker1795680999841 implements MigrationInterface {
  name = 'AddAppendixIssuesAndDatasetMarker1795680999841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `learning_action_issue` (`learningActionId` int NOT NULL, `issueId` int NOT NULL, INDEX `IDX_df4eb85da8e64bb1d670fab5f4` (`issueId`), PRIMARY KEY (`learningActionId`, `issueId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `dataset_marker` (`name` varchar(64) NOT NULL, `loadedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `learning_action_issue` ADD CONSTRAINT `FK_a7a79eba4caf300d4d7b6cb5d6f` FOREIGN KEY (`learningActionId`) REFERENCES `learning_action`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `learning_action_issue` ADD CONSTRAINT `FK_df4eb85da8e64bb1d670fab5f46` FOREIGN KEY (`issueId`) REFERENCES `issue`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `learning_action_issue` DROP FOREIGN KEY `FK_df4eb85da8e64bb1d670fab5f46`");
    await queryRunner.query("ALTER TABLE `learning_action_issue` DROP FOREIGN KEY `FK_a7a79eba4caf300d4d7b6cb5d6f`");
    await queryRunner.query("DROP TABLE `dataset_marker`");
    await queryRunner.query("DROP INDEX `IDX_df4eb85da8e64bb1d670fab5f4` ON `learning_action_issue`");
    await queryRunner.query("DROP TABLE `learning_action_issue`");
  }
}
