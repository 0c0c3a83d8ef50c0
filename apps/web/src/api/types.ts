// The shapes of API.md that the SPA reads and writes. Fields the contract does not name
// are optional here, so a server that adds more never breaks the app.

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

export interface Visit extends Omit<VisitInput, 'lines'> {
  id: string;
  repId?: string;
  lines: VisitLine[];
  distanceMeters?: number | null;
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

export interface Eligibility {
  eligible: boolean;
  reason: string;
  explanation: unknown;
}

export interface ReturnRequest extends ReturnInput {
  id: string;
  status: 'approved' | 'pending_approval' | 'rejected' | 'executed';
  eligibility: Eligibility;
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
  at: string;
  note?: string | null;
}

export interface Promotion extends PromotionInput {
  id: string;
  status: PromotionStatus;
  applicantId?: string;
  createdAt?: string;
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
  explanation: unknown;
  /** The explanation's template key and parameters, to render it in the UI language. */
  explanationKey?: string;
  explanationParams?: Record<string, string | number>;
  provisional?: boolean;
}

export interface Scorecard {
  userId: string;
  month: string;
  roleCode: string;
  roleVersion: number;
  baseScore: number;
  items: ScoreItem[];
  total: number;
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
