import { InitialSchema1795630453126 } from './1795630453126-InitialSchema';
import { AddUsersAndSessions1795630932304 } from './1795630932304-AddUsersAndSessions';
import { AddCaseworkRegister1795631363037 } from './1795631363037-AddCaseworkRegister';
import { AddTrendIndexes1795632696333 } from './1795632696333-AddTrendIndexes';
import { AddReferenceSequenceAndRequestAreas1795679295346 } from './1795679295346-AddReferenceSequenceAndRequestAreas';
import { AddAppendixIssuesAndDatasetMarker1795680999841 } from './1795680999841-AddAppendixIssuesAndDatasetMarker';
import { AddSavedChartsAndEmbeds1795700000000 } from './1795700000000-AddSavedChartsAndEmbeds';
import { AddAdministration1795710000000 } from './1795710000000-AddAdministration';
import { AddInformationRequestSteps1795711000000 } from './1795711000000-AddInformationRequestSteps';
import { AddCaseFindingAndPeople1795712000000 } from './1795712000000-AddCaseFindingAndPeople';
import { AddLearningAtClosure1795713000000 } from './1795713000000-AddLearningAtClosure';
import { AddDataVersionKinds1795714000000 } from './1795714000000-AddDataVersionKinds';
import { AddRetention1795715000000 } from './1795715000000-AddRetention';

export const SQLITE_MIGRATIONS = [InitialSchema1795630453126, AddUsersAndSessions1795630932304, AddCaseworkRegister1795631363037, AddTrendIndexes1795632696333, AddReferenceSequenceAndRequestAreas1795679295346, AddAppendixIssuesAndDatasetMarker1795680999841, AddSavedChartsAndEmbeds1795700000000, AddAdministration1795710000000, AddInformationRequestSteps1795711000000, AddCaseFindingAndPeople1795712000000, AddLearningAtClosure1795713000000, AddDataVersionKinds1795714000000, AddRetention1795715000000];
