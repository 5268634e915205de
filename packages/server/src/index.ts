export { buildApp, defaultSettings, type App, type Settings } from './app.js';
export { openDatabase, migrateToLatest, type Database, type DatabaseHandle } from './db/database.js';
export { loadDemo, formatDemoLogins, DEMO_PASSWORD } from './demo/demo.js';
export { startServer, isEmpty, isLoopback, DEFAULT_HOST, DEFAULT_WEB_DIST } from './server.js';
export { MemoryMailer, LogMailer, SmtpMailer, mailerFromEnvironment, type Mailer } from './mail/mailer.js';
export * from './map/index.js';
export {
  backupWorkspace,
  restoreWorkspace,
  readBackupHeader,
  BackupError,
  type BackupHeader,
} from './workspaces/backup.js';
