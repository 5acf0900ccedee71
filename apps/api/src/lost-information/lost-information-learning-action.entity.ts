import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LearningAction } from '../actions/learning-action.entity';
import { LostInformationIncident } from './lost-information-incident.entity';

/** A lesson from an incident taken forward in the learning-action tracker. */
@Entity('lost_information_learning_action')
export class LostInformationLearningAction {
  @PrimaryColumn({ type: 'int' })
  incidentId: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  learningActionId: number;

  @ManyToOne(() => LostInformationIncident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incidentId' })
  incident?: LostInformationIncident;

  @ManyToOne(() => LearningAction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'learningActionId' })
  learningAction?: LearningAction;
}
