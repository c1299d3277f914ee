// Audit log: the public face. Domains record their changes with recordAudit in the transaction
// that makes them; admins read the log through listAuditLog (Settings › Audit log, GET
// /api/v1/audit-log).
export { recordAudit, type AuditRecord } from "./record";
export { listAuditLog, type AuditLogPage } from "./list-audit-log";
export {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  ZAuditLogQuerySchema,
  ZAuditEntrySchema,
  type AuditAction,
  type AuditTargetType,
  type AuditLogQuery,
  type AuditEntry,
} from "./schemas";
