import { InitialSchema1795630453126 } from './1795630453126-InitialSchema';

export const SQLITE_MIGRATIONS = [InitialSchema1795630453126];
