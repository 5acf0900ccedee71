import { Entity, PrimaryColumn } from 'typeorm';
import { FlagColumn } from '../db/columns';

/** The councils this council compares itself with (by their name in the Ombudsman's statistics); `isSelf` marks this council. */
@Entity('ombudsman_comparator')
export class OmbudsmanComparator {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  councilName: string;

  @FlagColumn()
  isSelf: boolean;
}
