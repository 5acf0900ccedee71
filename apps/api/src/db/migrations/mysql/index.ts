import { InitialSchema1795629386609 } from './1795629386609-InitialSchema';

export const MYSQL_MIGRATIONS = [InitialSchema1795629386609];
