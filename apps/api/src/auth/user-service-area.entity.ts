import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceArea } from '../reference/service-area.entity';
import { User } from './user.entity';

/** The service areas a service manager is responsible for. */
@Entity('user_service_area')
export class UserServiceArea {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  serviceAreaId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceAreaId' })
  serviceAreaRelation?: ServiceArea;
}
