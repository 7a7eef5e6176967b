import { sqlSuite } from '../support/sqlSuite.js';

sqlSuite('sqlite-bigint');
