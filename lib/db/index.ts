export { getDb, openDb, openedDb, openPostgres, setDb, closeDb } from "./client";
export type { Db, DbEngine, OpenedDb, OpenOptions } from "./client";
export { withUser, withAnon, readAsUser, apiKeyClaims } from "./with-user";
export type { Tx, JwtClaims, ApiKeySession } from "./with-user";
export { asServiceRole, authenticateApiKey, type ApiKeyRow } from "./service-role";
export { migrate, migrationStatus, MIGRATIONS_DIR } from "./migrate";
export { isPolicyRefusal, isUniqueViolation, pgErrorCode } from "./pg-errors";
export type * from "./types";
export type * from "./billing-types";
export {
  openEmbeddedForApp,
  readLiveServer,
  serverInfoPath,
  connectToServer,
} from "./embedded-server";
export type { EmbeddedApp, ServerInfo } from "./embedded-server";
