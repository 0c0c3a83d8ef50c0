import type { VisitInput, VisitLineInput } from '../api/types';
import { lineInput, type LineDraft, type LineResult } from './visit-form';

/**
 * The "server check" (服务器校验) of the visit form: the phone computes R1 and R3 itself while
 * the rep types, from the numbers it has (the store's recent visits, cached settings). The
 * server runs the same rules on its own data (`POST /visits/preview`), so the two can only
 * differ in their inputs: a previous count the phone never downloaded, a newer setting. This
 * module says where they differ, line by line, so the rep sees it before checking out.
 */

/** One line of the preview, as much of it as the form reads (the HTTP contract, POST /visits). */
export interface ServerLine {
  productId: string;
  suggestedOrderQty: number | null;
  suggestion: {
    suggested: number | null;
    reason: 'no_history' | 'computed';
    flags: string[];
    inputs: { prevStock: number | null; prevOrder: number | null; currentStock: number; factor: number; packSize: number };
    previousCheckInAt?: string | null;
    /** The R1 explanation: the sentence in the caller's language, its key and params beside it. */
    explanation?: string;
    explanationKey?: string;
    explanationParams?: Record<string, string | number>;
  };
  issues: string[];
}

export interface VisitPreview {
  lines: ServerLine[];
  issues: string[];
  distanceMeters: number | null;
}

/**
 * How a line's server answer differs from the phone's:
 * - `history`: another previous count (or one where the phone had none, or none where it had one);
 * - `inputs`: another reorder factor or pack size (the phone's settings or catalogue are old);
 * - `suggestion`: another suggested order quantity;
 * - `issues`: other display issues (R3).
 */
export type LineDifference = 'history' | 'inputs' | 'suggestion' | 'issues';

export interface LineCheck {
  productId: string;
  server: ServerLine;
  /** What the phone showed for the line when it was sent (null: no valid stock yet). */
  local: LineResult['suggestion'];
  differences: LineDifference[];
  /** Set with a `history` difference: what the server's previous count is to the phone's. */
  history: 'server_found' | 'server_none' | 'different' | null;
  /** R3 codes only the server found, and only the phone found. */
  serverOnlyIssues: string[];
  localOnlyIssues: string[];
}

export interface ServerCheck {
  /** When the server answered (ms since epoch). */
  at: number;
  lines: Map<string, LineCheck>;
  /** Products whose line differs, in the order they were sent. */
  differing: string[];
  visitIssues: string[];
  distanceMeters: number | null;
  /** Whether the server's visit issues (the geofence) differ from the phone's. */
  visitIssuesDiffer: boolean;
  /** What was sent per product: a row edited since then is no longer what the server saw. */
  sent: Map<string, string>;
}

/** A row as it would be sent, as text: equal text means the server's answer still applies. */
export function lineFingerprint(line: LineDraft | VisitLineInput | null | undefined): string {
  if (!line) return '';
  const input = 'stockQty' in line && typeof line.stockQty === 'number' ? (line as VisitLineInput) : lineInput(line as LineDraft);
  return input ? JSON.stringify(input) : '';
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Where the server's answer for one line differs from what the phone showed for it. */
export function compareLine(local: LineResult, server: ServerLine): LineCheck {
  const differences: LineDifference[] = [];
  const mine = local.suggestion;
  const theirs = server.suggestion;
  let history: LineCheck['history'] = null;
  const phoneHad = mine !== null && mine.reason === 'computed';
  const serverHad = theirs.reason === 'computed';
  if (phoneHad !== serverHad) history = serverHad ? 'server_found' : 'server_none';
  else if (phoneHad && serverHad && (mine.inputs.prevStock !== theirs.inputs.prevStock || mine.inputs.prevOrder !== theirs.inputs.prevOrder)) {
    history = 'different';
  }
  if (history) differences.push('history');
  if (mine && (mine.inputs.factor !== theirs.inputs.factor || mine.inputs.packSize !== theirs.inputs.packSize)) differences.push('inputs');
  if ((mine?.suggested ?? null) !== (server.suggestedOrderQty ?? theirs.suggested ?? null)) differences.push('suggestion');
  const localIssues: readonly string[] = local.issues;
  const serverOnlyIssues = server.issues.filter((c) => !localIssues.includes(c));
  const localOnlyIssues = localIssues.filter((c) => !server.issues.includes(c));
  if (serverOnlyIssues.length > 0 || localOnlyIssues.length > 0) differences.push('issues');
  return { productId: server.productId, server, local: mine, differences, history, serverOnlyIssues, localOnlyIssues };
}

/**
 * The check as the form shows it: each sent line against the phone's result for it at the time
 * of sending (`localOf`), and the visit's own issues against the phone's geofence verdict.
 */
export function checkAgainstServer(
  body: VisitInput,
  preview: VisitPreview,
  localOf: (productId: string) => LineResult,
  localVisitIssues: readonly string[],
  at: number,
): ServerCheck {
  const lines = new Map<string, LineCheck>();
  const differing: string[] = [];
  for (const line of preview.lines) {
    const check = compareLine(localOf(line.productId), line);
    lines.set(line.productId, check);
    if (check.differences.length > 0) differing.push(line.productId);
  }
  const sent = new Map(body.lines.map((l) => [l.productId, lineFingerprint(l)]));
  return {
    at,
    lines,
    differing,
    visitIssues: preview.issues,
    distanceMeters: preview.distanceMeters,
    visitIssuesDiffer: !sameSet(preview.issues, localVisitIssues),
    sent,
  };
}

/** Whether the rep changed (or emptied) the row after the server looked at it. */
export function isStale(check: ServerCheck, productId: string, line: LineDraft | undefined): boolean {
  const sent = check.sent.get(productId);
  return sent !== undefined && sent !== lineFingerprint(line);
}

export interface LineFieldProblem {
  /** The product of the line the server refused, null for a visit-level field. */
  productId: string | null;
  /** The field within the line (`facings`) or the visit (`checkInAt`). */
  field: string;
  message: string;
}

/**
 * The server names refused fields by position (`lines.3.facings`); the rep knows products by
 * name, and the grid shows them in another order. Translate positions back to products.
 */
export function fieldProblems(body: VisitInput, fieldErrors: Record<string, string>): LineFieldProblem[] {
  return Object.entries(fieldErrors).map(([path, message]) => {
    const m = /^lines\.(\d+)(?:\.(.+))?$/.exec(path);
    if (!m) return { productId: null, field: path, message };
    return { productId: body.lines[Number(m[1])]?.productId ?? null, field: m[2] ?? '', message };
  });
}
