// The shapes of the HTTP contract (API) that the SPA reads and writes. Fields the contract does
// not name are optional here, so a server that adds more never breaks the app.

export type Permission =
  | 'roles.manage'
  | 'users.manage'
  | 'masterdata.manage'
  | 'settings.manage'
  | 'visits.log'
  | 'visits.read_team'
  | 'tasks.assign'
  | 'promotions.apply'
  | 'promotions.approve'
  | 'promotions.approve_gm'
  | 'returns.request'
  | 'returns.approve'
  | 'scores.manage'
  | 'reports.read'
  | 'apiclients.manage';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roleCode: string;
  managerId: string | null;
  permissions: string[];
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: Partial<Me> & { id: string };
}

export interface Settings {
  timezone: string;
  reorderFactor: number;
  minFacings: number;
  geofenceMeters: number;
  gmApprovalThreshold: number;
  keyStoreVisitsPerWeek: number;
  normalStoreVisitsPerWeek: number;
  anomalyThresholdPct: number;
  anomalyMinUnits: number;
  anomalyMinAmount: number;
}

export type StoreTier = 'key' | 'normal';
export type StoreStatus = 'active' | 'closing' | 'closed';

export interface Store {
  id: string;
  code: string;
  name: string;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  tier: StoreTier;
  channel: 'ka' | 'agent' | 'wholesale' | 'retail';
  status: StoreStatus;
  ownerId: string;
  region?: string | null;
}

export interface Product {
  id: string;
  sku: string;
  barcode?: string | null;
  name: string;
  spec?: string | null;
  unit: string;
  category?: string | null;
  brand?: string | null;
  retailPrice: number;
  supplyPrice: number;
  shelfLifeDays: number;
  packSize: number;
  isKey: boolean;
  isNew: boolean;
  clearance?: { from: string; to: string } | null;
}

export interface Task {
  id: string;
  title: string;
  description?: string | null;
  assigneeId: string;
  assignerId?: string | null;
  dueAt: string;
  status: 'open' | 'done' | 'accepted' | 'failed';
  completedAt?: string | null;
  note?: string | null;
}

export interface StoreDue {
  storeId: string;
  name: string;
  tier: StoreTier;
  reason: string;
  visitDaysThisWeek?: number;
  required?: number;
  lastVisitDate?: string | null;
}

export interface Today {
  date: string;
  storesDue: StoreDue[];
  tasks: Task[];
  workLogWritten: boolean;
}

export interface VisitLineInput {
  productId: string;
  shelfPrice: number;
  priceTagOk: boolean;
  stockQty: number;
  productionDate?: string;
  shelfLayer?: string;
  facings: number;
  onPromo?: boolean;
  promoType?: string;
  promoStart?: string;
  promoEnd?: string;
  orderQty?: number;
}

export interface VisitInput {
  id?: string;
  storeId: string;
  checkInAt: string;
  checkOutAt?: string;
  location?: { lat: number; lng: number; accuracy?: number };
  /** 重新定位: later fixes, oldest first (at most 20); history only, the geofence is the check-in's. */
  relocations?: { lat: number; lng: number; accuracy?: number; at: string }[];
  lines: VisitLineInput[];
  competitorNotes?: string;
  promoterNotes?: string;
  storeOpinion?: string;
  repSuggestion?: string;
  signedBy?: string;
}

export interface VisitLine extends VisitLineInput {
  suggestedOrderQty?: number | null;
  suggestion?: unknown;
  issues?: string[];
}

/** A stored 重新定位 fix: its UTC time and its distance from the store (not the geofence's). */
export interface VisitRelocation {
  lat: number;
  lng: number;
  accuracy: number | null;
  at: string;
  distanceMeters: number | null;
}

export interface Visit extends Omit<VisitInput, 'lines' | 'relocations'> {
  id: string;
  repId?: string;
  lines: VisitLine[];
  distanceMeters?: number | null;
  relocations?: VisitRelocation[];
  /** The check-in's date in the organisation's time zone. */
  visitDate?: string;
  issues?: string[];
  createdAt?: string;
}

export type ReturnReason =
  | 'packaging_damage'
  | 'quality_defect'
  | 'slow_moving'
  | 'company_clearance'
  | 'store_closure'
  | 'other';

export interface ReturnInput {
  id?: string;
  storeId: string;
  productId: string;
  qty: number;
  reason: ReturnReason;
  requestDate?: string;
  productionDate?: string;
  contentsRemaining?: number;
  contentsTotal?: number;
  notes?: string;
}

/**
 * Every explanation the API sends (docs/api-guide.md, Explanations): the sentence in the
 * caller's language, with its template key and parameters beside it.
 */
export interface ApiExplanation {
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
}

export interface Eligibility extends ApiExplanation {
  eligible: boolean;
  reason: string;
  branch?: string;
}

/** Someone named on a record: the id for links, the name to show. */
export interface PersonRef {
  id: string;
  name: string | null;
}

/** The latest decision on a return or a promotion: what the requester reads on the item. */
export interface ApprovalDecision {
  outcome: 'approved' | 'rejected';
  note: string | null;
  decidedAt: string;
  /** Null only for a return the standard approved by itself (R2). */
  decidedBy: PersonRef | null;
}

export type ReturnStatus = 'approved' | 'pending_approval' | 'rejected' | 'executed';

export interface ReturnRequest extends ReturnInput {
  id: string;
  status: ReturnStatus;
  eligibility: Eligibility;
  /** Null while pending (older cached answers may lack it). */
  decision?: ApprovalDecision | null;
  createdAt?: string;
  refundAmount?: number | null;
}

export type PromotionSource = 'company' | 'store_request' | 'rep_initiated';
export type PromotionStatus =
  | 'draft'
  | 'submitted'
  | 'pending_gm'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'completed';

export interface PromotionInput {
  title: string;
  source: PromotionSource;
  storeIds: string[];
  productIds: string[];
  startDate: string;
  endDate: string;
  purpose: string;
  storeSupport?: string;
  baselineSales?: number;
  materials: { name: string; qty: number }[];
  staffCount: number;
  estimatedCost: number;
  estimatedEffect: string;
}

export interface PromotionHistoryEntry {
  from?: string | null;
  to?: string;
  action?: string;
  status?: string;
  by?: string;
  byName?: string;
  actorId?: string;
  actorName?: string | null;
  /** Who, by name: the API joins it (a rep cannot list their manager). */
  actor?: { id: string; name: string | null };
  at: string;
  note?: string | null;
}

export interface Promotion extends PromotionInput {
  id: string;
  status: PromotionStatus;
  applicantId?: string;
  actualMaterials?: { name: string; qty: number }[] | null;
  actualStaff?: number | null;
  actualCost?: number | null;
  actualEffect?: string | null;
  issues?: string | null;
  improvementPlan?: string | null;
  reviewerId?: string | null;
  gmApproverId?: string | null;
  version?: number;
  createdAt?: string;
  /** The latest approve or reject, with its note and the decider's name. */
  decision?: ApprovalDecision | null;
  history?: PromotionHistoryEntry[];
}

export interface WorkLog {
  userId?: string;
  date: string;
  content: string;
  submittedAt?: string;
  vague?: boolean;
  flaggedVague?: boolean;
}

export interface MarketSurvey {
  id: string;
  month: string;
  content: string;
  penalty?: number | null;
}

export interface ScoreItem {
  code: string;
  inputs: Record<string, unknown>;
  points: number;
  /** The sentence; `explanationKey`/`explanationParams` render it in the UI language. */
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
  provisional?: boolean;
}

export interface Scorecard {
  userId: string;
  month: string;
  roleCode: string;
  /** The role version's title in the caller's language: what people see, never the code. */
  roleTitle: string;
  roleVersion: number;
  baseScore: number;
  items: ScoreItem[];
  /** The counted total: lines not yet due deduct nothing. */
  total: number;
  /** 预计总分 of a provisional draft (null when final or settled), with how it was reached. */
  projectedTotal: number | null;
  projection: { explanation: string; explanationKey: string; explanationParams: Record<string, string | number> } | null;
  provisional?: boolean;
  status: 'draft' | 'final';
}

export interface PhotoUploaded {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  duplicateOfVisitId: string | null;
}

/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

// ---- The consoles (manager and admin): shapes read from the OpenAPI document. ----

export interface User {
  id: string;
  username: string;
  displayName: string;
  roleCode: string;
  managerId: string | null;
  region?: string | null;
  startDate?: string;
  active: boolean;
  permissions?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export interface UserInput {
  username?: string;
  displayName?: string;
  password?: string;
  roleCode?: string;
  managerId?: string | null;
  region?: string | null;
  startDate?: string;
  active?: boolean;
}

export interface InboxPromotion extends Promotion {
  awaiting: 'approval' | 'gm_approval';
}

export interface InboxTask extends Task {
  completionNote?: string | null;
}

export interface MarketSurveyFull {
  id: string;
  userId: string;
  month: string;
  content: string;
  submittedAt: string;
  penalty: number | null;
  gradedBy?: string | null;
  gradedAt?: string | null;
}

export interface Inbox {
  promotions: InboxPromotion[];
  returns: ReturnRequest[];
  tasks: InboxTask[];
  surveys: MarketSurveyFull[];
  counts: { promotions: number; returns: number; tasks: number; surveys: number };
}

export interface TeamWorkLog {
  userId: string;
  date: string;
  content: string;
  submittedAt: string;
  vague: boolean;
  vagueFlaggedAt?: string | null;
  vagueFlaggedBy?: string | null;
  vagueNote?: string | null;
}

export interface RankedScorecard extends Scorecard {
  /** The place among the people of the same role; `rankedAmong` of them are ranked. */
  rank: number;
  rankedAmong: number;
  displayName: string;
  finalizedAt?: string | null;
}

export interface CollectionPlan {
  userId: string;
  month: string;
  amount: number;
  version?: number;
  updatedAt?: string;
}

export interface Collection {
  id: string;
  userId: string;
  date: string;
  amount: number;
  reference: string | null;
  createdAt?: string;
}

export interface MarketPlan {
  id: string;
  userId: string;
  month: string;
  level: 'first' | 'second';
  name: string;
  storeId: string | null;
  completedDate: string | null;
  createdAt?: string;
}

export interface Complaint {
  id: string;
  userId: string;
  date: string;
  storeId: string | null;
  description: string;
  valid: boolean | null;
  validatedBy?: string | null;
  createdAt?: string;
}

export interface DisciplineRecord {
  id: string;
  userId: string;
  date: string;
  description: string;
  points: number;
  createdBy?: string | null;
  createdAt?: string;
}

export interface VisitComplianceRow {
  storeId: string;
  code: string;
  name: string;
  ownerId: string;
  tier: StoreTier;
  visitDays: number;
  required: number;
  frequencyOk: boolean;
  spacingOk: boolean;
  days: string[];
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
}

export interface SalesRow {
  key: string;
  code: string | null;
  label: string;
  orderQty: number;
  orderAmount: number;
  soldQty: number;
  previousOrderQty: number;
  previousOrderAmount: number;
  previousSoldQty: number;
  changePct: number | null;
  anomaly: boolean;
  /** Which branch of the 异动 rule: too little volume in a period to compare, an ordinary change, an anomaly. */
  anomalyBranch: 'below_minimum' | 'within_threshold' | 'beyond_threshold';
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
}

export interface SalesReport {
  from: string;
  to: string;
  /** The comparable period: as many days, on the same weekdays, whole weeks before. */
  previousFrom: string;
  previousTo: string;
  groupBy: 'sku' | 'store' | 'category' | 'rep';
  anomalyThresholdPct: number;
  anomalyMinUnits: number;
  anomalyMinAmount: number;
  items: SalesRow[];
}

/** One week of the weekly compliance series (GET /reports/visit-compliance/weeks). */
export interface ComplianceWeekPoint {
  week: string;
  from: string;
  to: string;
  stores: number;
  met: number;
  visitDays: number;
  /** Null: no data (a later week, no store, not one visit) — a gap, never 0 %. */
  ratePct: number | null;
  /** The current week: the share so far, not a verdict. */
  inProgress: boolean;
  status: 'complete' | 'in_progress' | 'future' | 'no_stores' | 'no_visits';
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
}

export interface DisplayIssueRow {
  storeId: string | null;
  storeCode: string | null;
  storeName: string | null;
  productId: string | null;
  sku: string | null;
  productName: string | null;
  linesChecked: number;
  linesWithIssues: number;
  facingsBelowMinimum: number;
  priceTagMissing: number;
  priceMismatch: number;
  promoTagExpired: number;
  lastIssueDate: string | null;
}

export interface PromotionEffectRow {
  promotionId: string;
  title: string;
  source: PromotionSource;
  status: PromotionStatus;
  startDate: string;
  endDate: string;
  baselineStart: string;
  baselineEnd: string;
  unitsInWindow: number;
  unitsBefore: number;
  extraUnits: number;
  upliftPct: number | null;
  estimatedCost: number;
  actualCost: number | null;
  costPerExtraUnit: number | null;
  estimatedEffect: string;
  vsEstimateUnits: number | null;
  explanation: string;
  explanationKey: string;
  explanationParams: Record<string, string | number>;
}

export type DutyCadenceInput = { kind: 'daily' } | { kind: 'weekly'; weekday: number } | { kind: 'monthly'; workingDay: number };

/** The record that does a duty and closes its generated task. */
export type DutyEvidence = 'work_log' | 'market_survey';

export interface ScoringSchemeInput {
  baseScore: number;
  collectionPointsPerPercent: number;
  firstLevelMarketPenalty: number;
  secondLevelMarketPenalty: number;
  missingLogPenalty: number;
  vagueLogPenalty: number;
  surveyMaxPenalty: number;
  complaintPenalty: number;
  taskPenalty: number;
  disciplineMin: number;
  disciplineMax: number;
}

export interface Role {
  code: string;
  title: string;
  department?: string | null;
  headcount?: number | null;
  reportsTo?: string | null;
  summary?: string | null;
  duties?: { text: string; title?: string | null; cadence?: DutyCadenceInput | null; scored?: boolean; closedBy?: DutyEvidence | null }[];
  workContent?: string[];
  requirements?: string[];
  authorities?: string[];
  permissions: Permission[];
  kpis?: { name: string; target?: number | string | null; unit?: string | null }[];
  workingConditions?: string | Record<string, string> | null;
  scoring?: ScoringSchemeInput;
  /** The title on English screens (zh-CN screens show `title`). */
  titleEn?: string | null;
  version?: number;
  createdAt?: string;
  /** The version's own facts: the first month scored by it, the change note, who saved it. */
  effectiveFrom?: string;
  note?: string | null;
  createdBy?: string | null;
  createdByName?: string | null;
}

export interface StoreContact {
  name: string;
  title?: string;
  phone?: string;
  notes?: string;
}

export interface StoreFull extends Store {
  contacts?: StoreContact[];
  profile?: Record<string, string | number | boolean | null>;
  version?: number;
}

export interface WorkCalendarYear {
  year?: number;
  holidays: string[];
  workdays: string[];
}

export interface ApiClientInfo {
  clientId: string;
  name: string;
  scopes: Permission[];
  createdAt: string;
}

export interface ApiClientCreated extends ApiClientInfo {
  clientSecret: string;
}

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  allowPrivateNetwork: boolean;
  createdBy?: string | null;
  createdAt: string;
  secret?: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  responseStatus: number | null;
  createdAt: string;
  nextAttemptAt?: string | null;
  lastError?: string | null;
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actorId: string | null;
  actorType: string;
  /** Who, by name (the API joins it): a person's display name or an API client's name. */
  actor?: { id: string; name: string | null } | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId?: string | null;
}
