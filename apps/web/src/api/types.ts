// The shapes of the HTTP contract that the SPA reads and writes, named as the SPA uses them. Each is
// derived from the types generated from the API's OpenAPI document (generated/openapi.ts, by
// `pnpm --filter @fieldbeat/web gen:api`): the contract third parties read is the one the SPA
// compiles against, and a route schema that changes shows here as a type error, not as a bug.
// Only aliases live here; the few SPA-only helpers say why they exist.
import type { components, operations } from './generated/openapi';

type Operation = keyof operations;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON an operation answers with on success: its 200, or its 201 for a create. */
type Answer<K extends Operation> = operations[K]['responses'] extends infer R
  ? R extends { 200: infer Ok }
    ? JsonOf<Ok>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;
/** The JSON body an operation takes. */
type Body<K extends Operation> = JsonOf<NonNullable<operations[K]['requestBody']>>;
/** One item of a list operation's page. */
type Item<K extends Operation> = Answer<K> extends { items: (infer T)[] } ? T : never;

/**
 * Every list answers a page of one kind of item with the cursor of the next (docs/api-guide.md,
 * Pagination). SPA-only: the document has one page schema per list, the SPA's pager is generic.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Permission = Role['permissions'][number];

// ---- Signing in, the caller, the organisation ----

export type Me = Answer<'getMe'>;
export type LoginResponse = Answer<'login'>;
export type Settings = Answer<'getSettings'>;
export type WorkCalendarYear = Answer<'getCalendar'>;
export type WorkCalendarInput = Body<'setCalendar'>;

// ---- Master data ----

export type Store = Item<'listStores'>;
/** A store as GET /stores/{id} answers it: with its contacts and customer card. */
export type StoreFull = Answer<'getStore'>;
export type StoreTier = Store['tier'];
export type StoreStatus = Store['status'];
export type StoreContact = StoreFull['contacts'][number];
export type Product = Answer<'getProduct'>;
export type StoreInput = Body<'createStore'>;
export type ProductInput = Body<'createProduct'>;

// ---- Field work ----

export type Task = Answer<'getTask'>;
export type Today = Answer<'getToday'>;
export type StoreDue = Today['storesDue'][number];

export type VisitInput = Body<'createVisit'>;
export type VisitLineInput = VisitInput['lines'][number];
export type Visit = Answer<'getVisit'>;
export type VisitLine = Visit['lines'][number];
/** A stored 重新定位 fix: its UTC time and its distance from the store (not the geofence's). */
export type VisitRelocation = NonNullable<Visit['relocations']>[number];
export type PhotoUploaded = Answer<'uploadVisitPhoto'>;

export type WorkLog = Answer<'getWorkLog'>;
/** A work log as a manager's list shows it, with the 笼统 flag's who and why. */
export type TeamWorkLog = Item<'listWorkLogs'>;
export type MarketSurvey = Answer<'getMarketSurvey'>;
export type MarketSurveyFull = Item<'listMarketSurveys'>;

// ---- Returns and promotions ----

export type ReturnInput = Body<'createReturn'>;
export type ReturnReason = ReturnInput['reason'];
export type ReturnRequest = Answer<'getReturn'>;
export type ReturnStatus = ReturnRequest['status'];
export type Eligibility = ReturnRequest['eligibility'];
/** The latest decision on a return or a promotion: what the requester reads on the item. */
export type ApprovalDecision = NonNullable<ReturnRequest['decision']>;
/** Someone named on a record: the id for links, the name to show. */
export type PersonRef = NonNullable<ApprovalDecision['decidedBy']>;

export type PromotionInput = Body<'createPromotion'>;
export type Promotion = Answer<'getPromotion'>;
export type PromotionSource = Promotion['source'];
export type PromotionStatus = Promotion['status'];
export type PromotionHistoryEntry = NonNullable<Promotion['history']>[number];

export type Inbox = Answer<'getInbox'>;
export type InboxPromotion = Inbox['promotions'][number];
export type InboxTask = Inbox['tasks'][number];
/** A market survey waiting for its grade, as the inbox lists it. */
export type InboxSurvey = Inbox['surveys'][number];

// ---- Scoring ----

export type Scorecard = Answer<'getScorecard'>;
export type ScoreItem = Scorecard['items'][number];
/** A scorecard in the ranking of its month (GET /scorecards). */
export type RankedScorecard = Item<'listScorecards'>;
export type CollectionPlan = Answer<'getCollectionPlan'>;
export type Collection = Item<'listCollections'>;
export type MarketPlan = Answer<'getMarketPlan'>;
export type Complaint = Answer<'getComplaint'>;
export type DisciplineRecord = Item<'listDisciplineRecords'>;

// ---- Reports ----

export type VisitComplianceRow = Answer<'getVisitComplianceReport'>['items'][number];
export type SalesReport = Answer<'getSalesReport'>;
export type SalesRow = SalesReport['items'][number];
/** One week of the weekly compliance series (GET /reports/visit-compliance/weeks). */
export type ComplianceWeekPoint = Answer<'getVisitComplianceWeeks'>['weeks'][number];
export type DisplayIssueRow = Answer<'getDisplayIssuesReport'>['items'][number];
export type PromotionEffectRow = Answer<'getPromotionEffectsReport'>['items'][number];

// ---- The admin console ----

export type User = Answer<'getUser'>;
export type UserInput = Body<'updateUser'>;
export type Role = Answer<'getRole'>;
export type RoleInput = Body<'createRole'>;
export type RoleDuty = NonNullable<Role['duties']>[number];
export type DutyCadenceInput = NonNullable<RoleDuty['cadence']>;
/** The record that does a duty and closes its generated task. */
export type DutyEvidence = NonNullable<RoleDuty['closedBy']>;
export type ScoringSchemeInput = Role['scoring'];
export type ApiClientInfo = Item<'listApiClients'>;
export type ApiClientCreated = Answer<'createApiClient'>;
export type Webhook = Item<'listWebhooks'>;
/** A webhook just created: the only answer that carries its signing secret. */
export type WebhookCreated = Answer<'createWebhook'>;
export type WebhookDelivery = Item<'listWebhookDeliveries'>;
export type AuditEntry = Item<'listAuditEntries'>;

/**
 * RFC 9457 problem details. Partial, SPA-only: the API always sends every field, but the client
 * also makes a problem of what is not one (a network error, a proxy's HTML page, a broken body).
 */
export type Problem = Partial<components['schemas']['Problem']>;

/**
 * Every explanation the API sends (docs/api-guide.md, Explanations): the sentence in the
 * caller's language, with its template key and parameters beside it.
 */
export type ApiExplanation = Pick<
  Eligibility,
  'explanation' | 'explanationKey' | 'explanationParams'
>;
