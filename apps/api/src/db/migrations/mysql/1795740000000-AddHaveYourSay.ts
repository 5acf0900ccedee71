import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Have your say" (issue 15, 12.3): have_your_say_item holds each message sent
 * from the public page (what was typed, nothing about the sender's address or
 * browser) until an officer records it as a contact or closes it.
 */
export class AddHaveYourSay1795740000000 implements MigrationInterface {
  name = 'AddHaveYourSay1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `have_your_say_item` (`id` int NOT NULL AUTO_INCREMENT, `reference` varchar(40) NOT NULL, `whatHappened` text NOT NULL, `name` varchar(100) NULL, `contactMethod` varchar(16) NULL, `contactDetails` varchar(254) NULL, `wantsAdvocate` tinyint NULL, `ageGroup` varchar(16) NULL, `receivedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `receivedDate` date NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'NEW', `closedReason` text NULL, `convertedContactId` int NULL, `convertedReference` varchar(40) NULL, `handledAt` datetime NULL, `handledById` int NULL, UNIQUE INDEX `IDX_088686c34de3ff25ee32c082d4` (`reference`), INDEX `IDX_fb76c562c8e0ec51f09344025f` (`status`, `receivedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `have_your_say_item`');
  }
}
