/**
 * Tests start quiet, as a server in NODE_ENV=test does (config's LOG_LEVEL default):
 * unit tests that exercise error paths without loading the config would otherwise
 * print JSON log lines between jest's results. A test that asserts on logging
 * spies on the logger, which works at any level.
 */
import { configureLogging } from '../logging/logger';

configureLogging({ logLevel: 'silent' });
