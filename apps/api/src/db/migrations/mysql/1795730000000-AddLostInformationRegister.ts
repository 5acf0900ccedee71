import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lost-information register (issue 15, 12.2): incidents, their containment
 * and recovery actions, and their links to learning actions. Date-times are
 * UTC instants (the connection's time zone is 'Z').
 */
export class AddLostInformationRegister1795730000000 implements MigrationInterface {
  name = 'AddLostInformationRegister1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `lost_information_incident` (`id` int NOT NULL AUTO_INCREMENT, `reference` varchar(40) NOT NULL, `referenceKey` varchar(40) NOT NULL, `occurredAt` datetime NULL, `discoveredAt` datetime NOT NULL, `discoveredFinancialYear` varchar(7) NOT NULL, `icoDueAt` datetime NOT NULL, `format` varchar(32) NOT NULL, `dataDescription` text NOT NULL, `peopleAffected` int NOT NULL, `encrypted` varchar(16) NOT NULL, `reportedBy` varchar(200) NOT NULL, `serviceAreaId` int NOT NULL, `likelihood` int NULL, `severity` int NULL, `icoDecision` varchar(16) NULL, `icoDecisionReason` text NULL, `icoDecidedAt` datetime NULL, `icoNotifiedAt` datetime NULL, `subjectsDecision` varchar(16) NULL, `subjectsDecisionReason` text NULL, `subjectsToldOn` date NULL, `lessonsLearned` text NULL, `closedOn` date NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_2742d3f88848afc55c5ed6ba3f` (`referenceKey`), INDEX `IDX_49e525b8bc555d1db0a9092265` (`discoveredAt`), INDEX `IDX_2334e0be2366dd1054a729a597` (`discoveredFinancialYear`), INDEX `IDX_b0772c9656c5e820537415e620` (`icoDueAt`), INDEX `IDX_46fae208e159065c3583a1db4a` (`format`), INDEX `IDX_23be0b3a99ddcc9fda4c887113` (`serviceAreaId`), INDEX `IDX_4c68c67b51ae1fc3489a031808` (`icoDecision`), UNIQUE INDEX `IDX_eb1367e6e808616e14c86080d8` (`reference`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `lost_information_action` (`id` int NOT NULL AUTO_INCREMENT, `incidentId` int NOT NULL, `kind` varchar(16) NOT NULL, `description` text NOT NULL, `takenOn` date NOT NULL, `position` int NOT NULL, INDEX `IDX_3c552d52f5a49d3fdc8b8da276` (`incidentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `lost_information_learning_action` (`incidentId` int NOT NULL, `learningActionId` int NOT NULL, INDEX `IDX_4f00de807e6419ed5352d7de60` (`learningActionId`), PRIMARY KEY (`incidentId`, `learningActionId`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `lost_information_incident` ADD CONSTRAINT `FK_23be0b3a99ddcc9fda4c8871135` FOREIGN KEY (`serviceAreaId`) REFERENCES `service_area`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `lost_information_action` ADD CONSTRAINT `FK_3c552d52f5a49d3fdc8b8da2763` FOREIGN KEY (`incidentId`) REFERENCES `lost_information_incident`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `lost_information_learning_action` ADD CONSTRAINT `FK_2b8799572fb84c5f497db26b3ab` FOREIGN KEY (`incidentId`) REFERENCES `lost_information_incident`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `lost_information_learning_action` ADD CONSTRAINT `FK_4f00de807e6419ed5352d7de600` FOREIGN KEY (`learningActionId`) REFERENCES `learning_action`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `lost_information_learning_action` DROP FOREIGN KEY `FK_4f00de807e6419ed5352d7de600`');
    await queryRunner.query('ALTER TABLE `lost_information_learning_action` DROP FOREIGN KEY `FK_2b8799572fb84c5f497db26b3ab`');
    await queryRunner.query('ALTER TABLE `lost_information_action` DROP FOREIGN KEY `FK_3c552d52f5a49d3fdc8b8da2763`');
    await queryRunner.query('ALTER TABLE `lost_information_incident` DROP FOREIGN KEY `FK_23be0b3a99ddcc9fda4c8871135`');
    await queryRunner.query('DROP TABLE `lost_information_learning_action`');
    await queryRunner.query('DROP TABLE `lost_information_action`');
    await queryRunner.query('DROP TABLE `lost_information_incident`');
  }
}
