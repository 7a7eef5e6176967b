import { sqlSuite } from '../support/sqlSuite.js';

sqlSuite('mariadb');
