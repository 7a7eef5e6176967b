import { sqlSuite } from '../support/sqlSuite.js';

// Opt-in: npm run test:clickhouse (chDB is over 500 MB). In npm test this file reports itself skipped.
sqlSuite('clickhouse');
