import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddContactPrematureIndex1795820000000 implements MigrationInterface {
  name = 'AddContactPrematureIndex1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_contact_premature_year\" ON \"contact\" (\"receivedFinancialYear\", \"prematureOmbudsmanReferral\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_contact_premature_year\"");
  }
}
