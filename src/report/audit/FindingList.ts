import type { AuditCode, AuditFinding, AuditSeverity } from '../AuditFinding.js';
import type { ReportLocale } from '../ReportLocale.js';

/**
 * Collects audit findings, keeping the message of the locale asked for.
 *
 * @internal
 */
export class FindingList {
  readonly findings: AuditFinding[] = [];

  constructor(readonly locale: ReportLocale) {}

  add(code: AuditCode, severity: AuditSeverity, path: string, zh: string, en: string): void {
    this.findings.push({ code, severity, path, message: this.locale === 'en' ? en : zh });
  }
}
