import { sqlSuite } from '../support/sqlSuite.js';

sqlSuite('pglite');
