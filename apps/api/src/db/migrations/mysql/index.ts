import { InitialSchema1795630453126 } from './1795630453126-InitialSchema';
import { AddUsersAndSessions1795630932304 } from './1795630932304-AddUsersAndSessions';
import { AddCaseworkRegister1795631363037 } from './1795631363037-AddCaseworkRegister';
import { AddTrendIndexes1795632696333 } from './1795632696333-AddTrendIndexes';
import { AddReferenceSequenceAndRequestAreas1795679295346 } from './1795679295346-AddReferenceSequenceAndRequestAreas';
import { AddAppendixIssuesAndDatasetMarker1795680999841 } from './1795680999841-AddAppendixIssuesAndDatasetMarker';

export const MYSQL_MIGRATIONS = [InitialSchema1795630453126, AddUsersAndSessions1795630932304, AddCaseworkRegister1795631363037, AddTrendIndexes1795632696333, AddReferenceSequenceAndRequestAreas1795679295346, AddAppendixIssuesAndDatasetMarker1795680999841];
