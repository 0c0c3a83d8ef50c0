// Generated from the API's OpenAPI document (/api/v1/openapi.json) by apps/web/scripts/gen-api-types.mjs.
// Do not edit: change the route schema in apps/api, then run pnpm --filter @fieldbeat/web gen:api.
// apps/api/src/openapi/spa-types.test.ts fails when this file and the document differ.

export interface paths {
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API clients */
        get: operations["listApiClients"];
        put?: never;
        /**
         * Register an API client (its secret is shown once)
         * @description Registers a client for the client-credentials grant. The secret is shown once.
         */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API client */
        delete: operations["revokeApiClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit entries, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a username and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for new tokens */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get an access token for an API client (client credentials) */
        post: operations["issueClientToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the working-day calendar of a year */
        get: operations["getCalendar"];
        /** Set the organisation's own calendar for a year */
        put: operations["setCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collection plans
         * @description Collection plans of the users the caller may see, newest month first.
         */
        get: operations["listCollectionPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection-plans/{userId}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user's collection plan for a month */
        get: operations["getCollectionPlan"];
        /**
         * Set a user's collection plan for a month
         * @description Sets the collection plan of a user for a month (scores.manage). Answers an ETag; If-Match is honoured.
         */
        put: operations["setCollectionPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collections
         * @description Collections of the users the caller may see, newest first.
         */
        get: operations["listCollections"];
        put?: never;
        /**
         * Book a collection (回款)
         * @description Books a collection for a user (scores.manage).
         */
        post: operations["createCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List complaints
         * @description Complaints about the users the caller may see, newest first.
         */
        get: operations["listComplaints"];
        put?: never;
        /**
         * Record a customer complaint about a user
         * @description Records a customer complaint about a user (scores.manage); it counts once validated.
         */
        post: operations["createComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a complaint */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide whether a complaint is valid
         * @description Marks the complaint valid (合理) or not (scores.manage); a later decision replaces an earlier one.
         */
        post: operations["validateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discipline-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List discipline violations
         * @description Violations of the users the caller may see, newest first.
         */
        get: operations["listDisciplineRecords"];
        put?: never;
        /**
         * Record a discipline violation
         * @description Records a violation (scores.manage). Points outside the range of the user’s role scheme in force that month (disciplineMin..disciplineMax, in half points) are refused with 400.
         */
        post: operations["createDisciplineRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the service and its database answer */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what waits for the caller’s decision
         * @description Promotions to approve (promotions.approve: submitted; promotions.approve_gm: pending_gm), returns to approve (returns.approve: pending_approval), done tasks the caller assigned (to review), ungraded market surveys of the caller's team (to grade).
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/market-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List market plans
         * @description Market plans of the users the caller may see, newest first.
         */
        get: operations["listMarketPlans"];
        put?: never;
        /**
         * Plan a market to develop in a month
         * @description Plans a market to develop in a month (scores.manage).
         */
        post: operations["createMarketPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/market-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a market plan */
        get: operations["getMarketPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/market-plans/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a planned market was developed
         * @description Records the date the market was developed (scores.manage); completed after the month’s end still counts as not done. 409 if already completed.
         */
        post: operations["completeMarketPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/market-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List market surveys
         * @description Surveys the caller may see (own, or the team’s), newest month first; `graded=false` lists those waiting for a grade.
         */
        get: operations["listMarketSurveys"];
        put?: never;
        /**
         * Submit the caller’s market survey for a month
         * @description The caller’s market survey (市场调查) for a month (not a future one); one per user and month, a second is 409.
         */
        post: operations["createMarketSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/market-surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a market survey */
        get: operations["getMarketSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/market-surveys/{id}/grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grade a market survey
         * @description A manager of the author (above them in the manager chain, or an admin; never the author) grades the survey: the points it costs, in half points from 0 to the author’s scoring scheme’s surveyMaxPenalty for that month (the handbook’s 5: 视填表质量扣0-5分). Grading again replaces the grade.
         */
        post: operations["gradeMarketSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the signed-in user or client and their permissions */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the calling rep’s stores due a visit today
         * @description The calling rep's day: own active stores due a visit (key stores short of their weekly visits or their every-other-day spacing, normal stores not yet visited this ISO week), open tasks, and whether today's work log is written.
         */
        get: operations["getToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the products
         * @description The product catalogue, newest first: by creation time, then id.
         */
        get: operations["listProducts"];
        put?: never;
        /** Create a product */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the promotions the caller may see
         * @description Promotions the caller may see (applied for by them or their team, or on their stores), newest first: by creation time, then id.
         */
        get: operations["listPromotions"];
        put?: never;
        /**
         * Apply for a promotion (saved as a draft)
         * @description Applies for a promotion (促销活动申请表) as a draft. A store request must state storeSupport; a rep-initiated one baselineSales and estimatedEffect; a company promotion needs promotions.approve. Stores must be the applicant's to see (else 404).
         */
        post: operations["createPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a promotion with its history */
        get: operations["getPromotion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted promotion
         * @description submitted -> approved, or -> pending_gm when estimatedCost is above gmApprovalThreshold; pending_gm -> approved needs promotions.approve_gm. Never one's own. Any other transition is 409.
         */
        post: operations["approvePromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the measured effect of a promotion
         * @description R5 effect: units ordered at visits to its stores for its products in the window against the equally long window before it; uplift, cost per extra unit, actual against estimate. 409 before approval.
         */
        get: operations["getPromotionEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a submitted promotion
         * @description submitted or pending_gm -> rejected; needs a note that is not blank (400 naming note), which the applicant reads in `decision`. Never one's own. Any other transition is 409.
         */
        post: operations["rejectPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the actuals of an approved promotion
         * @description The applicant reports the actuals of an approved promotion: approved -> completed.
         */
        post: operations["reportPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft promotion for approval
         * @description draft -> submitted (a company promotion: -> approved). Applicant only. Any other transition is 409.
         */
        post: operations["submitPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a draft or submitted promotion
         * @description draft or submitted -> withdrawn. Applicant only. Any other transition is 409.
         */
        post: operations["withdrawPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/display-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report display issues found on visits
         * @description R3 display issues (facings, price tags, prices, expired promotion tags) on the visits the caller may see, per store and SKU (groupBy store_sku, the default), per store or per SKU; only rows with an issue, worst first (reports.read). JSON, CSV or XLSX.
         */
        get: operations["getDisplayIssuesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/promotion-effects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report the effect of every promotion in a period
         * @description R5 effect of every approved or completed promotion the caller may see whose window overlaps from..to (both optional): units ordered in its stores for its products inside the window against the equally long window before it, uplift, actual cost per extra unit, actual against estimate (reports.read). JSON, CSV or XLSX.
         */
        get: operations["getPromotionEffectsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report orders, sell-out estimates and change by period
         * @description Order quantity and amount (at supply price), the R1 sell-out estimate and the change against the comparable period (as many days, on the same weekdays, whole weeks before: previousFrom..previousTo); an anomaly needs the minimum volume in both periods (anomalyMinUnits, anomalyMinAmount) for the visits the caller may see, grouped by sku, store, category or rep (reports.read). `from..to` inclusive, at most 366 days. JSON, CSV or XLSX by Accept or `format`.
         */
        get: operations["getSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/visit-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report visit frequency per store and ISO week
         * @description R3 拜访频率 per ISO week: one row per visible active store, with its distinct visit days (by anyone), the number required for its tier, and whether frequency and (key stores) every-other-day spacing are met. Default week: the current one.
         */
        get: operations["getVisitComplianceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/visit-compliance/weeks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report the visit compliance rate week by week
         * @description The weekly R3 compliance series: for each of the `count` ISO weeks ending with `week` (default: the current one), oldest first, the share of visible active stores meeting their visits. The current week is `inProgress` (its rate so far, not a verdict); a week without data (in the future, no active store, not one visit) has `ratePct: null` — a gap, not 0 %.
         */
        get: operations["getVisitComplianceWeeks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the returns the caller may see
         * @description Returns the caller may see (requested by them or their team, or from their stores), newest first: by creation time, then id.
         */
        get: operations["listReturns"];
        put?: never;
        /**
         * Request a return (decided at once by the return standard)
         * @description Requests a return (returns.request). R2 decides at once: covered by the standard -> approved (approvedBy "standard"), else pending_approval. packaging_damage needs contentsRemaining and contentsTotal, slow_moving needs productionDate (400). A client id replays: same body 200, another body 409.
         */
        post: operations["createReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a return */
        get: operations["getReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending return
         * @description pending_approval -> approved: returns.approve, never one's own request; any other state 409.
         */
        post: operations["approveReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the execution and refund of an approved return
         * @description approved -> executed, recording the refund (major units) and the organisation-local execution date, whose month's collections the refund reduces. Any other state 409.
         */
        post: operations["executeReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending return
         * @description pending_approval -> rejected: returns.approve, never one's own request; any other state 409. Needs a note that is not blank (400 naming note), which the requester reads in `decision`.
         */
        post: operations["rejectReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check whether a return would be covered, storing nothing
         * @description The R2 eligibility of a return request, with its explanation; nothing is stored.
         */
        post: operations["previewReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the roles */
        get: operations["listRoles"];
        put?: never;
        /** Create a role */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role in its current version */
        get: operations["getRole"];
        /**
         * Save a new version of a role
         * @description Saves a new version of the role definition, with a change note (`note`, required) and the month it takes effect for scorecards (`effectiveFrom`, default the current month). Permissions, duties and titles apply at once.
         */
        put: operations["updateRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of a role */
        get: operations["listRoleVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank a month's scorecards
         * @description A month's scorecards ranked by total among the people of the same role (reps against reps; highest first; equal totals share a rank), the largest role first: the team of `managerId` (everyone whose manager chain leads to them), or everyone the caller may see; `roleCode` keeps one role. The first page ranks afresh; the pages after it (by `cursor`) read that same ranking.
         */
        get: operations["listScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{userId}/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's scorecard for a month, line by line
         * @description R4 scorecard of one user and month: every line with its inputs, points and explanation (Accept-Language: zh-CN or en). Computed from the current inputs while a draft; the stored snapshot once final. Readable by the user and their managers.
         */
        get: operations["getScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{userId}/{month}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize a scorecard as computed now
         * @description Stores the scorecard as computed now; later input changes and role edits do not alter it. Fires `scorecard.finalized`. 409 if it is already final. Nobody finalizes their own.
         */
        post: operations["finalizeScorecard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{userId}/{month}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a final scorecard
         * @description Reopens a final scorecard (audited, with the reason): it is a computed draft again until finalized anew. 409 unless final.
         */
        post: operations["reopenScorecard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the organisation's settings */
        get: operations["getSettings"];
        /** Replace the organisation's settings */
        put: operations["updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the stores the caller may see
         * @description Stores the caller may see: a rep's own, a manager's team's, all for admins; newest first: by creation time, then id.
         */
        get: operations["listStores"];
        put?: never;
        /** Create a store */
        post: operations["createStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a store */
        get: operations["getStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a store */
        patch: operations["updateStore"];
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks the caller may see
         * @description Tasks the caller may see (of visible assignees, or assigned by the caller), earliest due first.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Assign a task
         * @description Assigns a task to someone in the caller’s team (tasks.assign); it starts `open`.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an assigned task done
         * @description open -> done, by the assignee only; any other state 409. A completion after dueAt is recorded as it is (the scorecard counts it late).
         */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or fail a done task
         * @description done -> accepted | failed (符合领导要求 or not), by the assigner only (failed: a signed-in user, not an API client, 403); any other state 409.
         */
        post: operations["reviewTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users the caller may see
         * @description Users the caller may see: everyone for admins, otherwise the caller and their team; newest first: by creation time, then id.
         */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the visits the caller may see, newest first
         * @description Visits the caller may see, newest check-in first; `from`/`to` are visit dates (inclusive). Items carry counts instead of lines; `include=lines` adds each visit’s lines and photos as GET /visits/{id} answers them.
         */
        get: operations["listVisits"];
        put?: never;
        /**
         * Store a visit with its shelf lines (offline-safe by client id)
         * @description Stores a visit (拜访记录) with its lines in one transaction, with the R1 suggestion and R3 issues per line and the geofence for the visit. A client `id` seen before answers 200 with the stored visit when the body is the same, else 409. Only the store’s owner logs visits for it.
         */
        post: operations["createVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a visit with its lines, explanations and photos */
        get: operations["getVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a shelf photo to a visit
         * @description A shelf photo, or with kind=signature the store’s signature (multipart, one file in the field "file"): JPEG, PNG or WebP, recognised by its bytes, up to 5242880 bytes (413 above). Stored by content hash; the same bytes on another visit are flagged with duplicateOfVisitId.
         */
        post: operations["uploadVisitPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a visit photo
         * @description The image bytes, with their content type.
         */
        get: operations["getVisitPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute a visit’s suggestions and issues, storing nothing
         * @description The same checks and computation as POST /visits, nothing stored: the live suggestion while the rep fills the form.
         */
        post: operations["previewVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhook endpoints
         * @description Registered webhooks, newest first: by creation time, then id.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint (its secret is shown once)
         * @description Registers an endpoint for the named events. The signing secret is in this answer only. Loopback, link-local and private addresses are refused (400) unless allowPrivateNetwork is true.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Stops deliveries to the endpoint; pending ones are marked failed.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the deliveries of a webhook endpoint
         * @description The delivery log, newest first (by creation time, then id): status pending (retrying), succeeded or failed, attempts, the last response status and error.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List work logs
         * @description Work logs the caller may see (own, or the team’s), newest first.
         */
        get: operations["listWorkLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the caller’s work log for a day
         * @description Writes the caller’s own log (工作日志) for a working day that is not in the future (organisation time zone). Rewriting it keeps one log and sets submittedAt to the time of this write.
         */
        put: operations["writeWorkLog"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs/{userId}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user's work log for a day */
        get: operations["getWorkLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs/{userId}/{date}/flag-vague": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag a work log as vague
         * @description A manager of the user (anyone above them in the manager chain, or an admin) flags the log as vague (填写含糊不清); never one’s own. Flagging twice is 409.
         */
        post: operations["flagWorkLogVague"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "promotion.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A promotion was approved
         * @description The last needed approval was given (the first-level review, or the general manager’s above the threshold).
         *
         *     Fieldbeat POSTs this to every endpoint registered for `promotion.approved`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onPromotionApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "promotion.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A promotion’s actuals were reported
         * @description The applicant reported the actuals of an approved promotion: it is completed.
         *
         *     Fieldbeat POSTs this to every endpoint registered for `promotion.completed`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onPromotionCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "promotion.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A promotion was rejected
         * @description A reviewer rejected the promotion, with a reason in `note`.
         *
         *     Fieldbeat POSTs this to every endpoint registered for `promotion.rejected`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onPromotionRejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "promotion.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A promotion was submitted for approval
         * @description A draft promotion went to its approver (a company promotion is approved on submission and sends `promotion.approved` too).
         *
         *     Fieldbeat POSTs this to every endpoint registered for `promotion.submitted`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onPromotionSubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "return.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A return was approved
         * @description By the return standard on request (`approvedBy: standard`), or by an approver.
         *
         *     Fieldbeat POSTs this to every endpoint registered for `return.approved`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onReturnApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "return.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A return was requested
         * @description A return request was stored; when the return standard covers it, `return.approved` follows at once.
         *
         *     Fieldbeat POSTs this to every endpoint registered for `return.created`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onReturnCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "return.executed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A return was executed
         * @description The goods were taken back and the refund recorded; it reduces the collections of the month of `executedDate`.
         *
         *     Fieldbeat POSTs this to every endpoint registered for `return.executed`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onReturnExecuted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "scorecard.finalized": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A scorecard was finalized
         * @description A user’s monthly scorecard was stored as final; later changes of its inputs no longer alter it.
         *
         *     Fieldbeat POSTs this to every endpoint registered for `scorecard.finalized`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onScorecardFinalized"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "visit.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A visit was stored
         * @description Sent once per visit when it is first stored (a repeated offline sync of the same client id sends nothing).
         *
         *     Fieldbeat POSTs this to every endpoint registered for `visit.created`, signed (see `Fieldbeat-Signature`). A 2xx answer within 10 s is success; anything else (another status, a timeout, a refused connection, a redirect) is retried after 2 s, 10 s, 1 min, 5 min, 30 min, 2 h, then the delivery is failed. The same delivery can arrive more than once.
         */
        post: operations["onVisitCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description application/problem+json (RFC 9457)
         * @example {
         *       "type": "https://fieldbeat.app/problems/validation",
         *       "title": "Validation failed",
         *       "status": 400,
         *       "detail": "The request is not valid: /tier is required; /name must not have fewer than 1 characters",
         *       "errors": [
         *         {
         *           "path": "/tier",
         *           "message": "is required"
         *         },
         *         {
         *           "path": "/name",
         *           "message": "must not have fewer than 1 characters"
         *         }
         *       ]
         *     }
         * @example {
         *       "type": "https://fieldbeat.app/problems/not-found",
         *       "title": "Not found",
         *       "status": 404,
         *       "detail": "visit not found"
         *     }
         */
        Problem: {
            detail: string;
            errors?: {
                message: string;
                path: string;
            }[];
            status: number;
            title: string;
            type: string;
        };
        WebhookPromotion: {
            actualCost: number | null;
            actualEffect: string | null;
            actualMaterials: {
                name: string;
                qty: number;
            }[] | null;
            actualStaff: number | null;
            applicantId: string;
            baselineSales: (number | string) | null;
            createdAt: string;
            endDate: string;
            estimatedCost: number;
            estimatedEffect: string;
            gmApproverId: string | null;
            id: string;
            improvementPlan: string | null;
            issues: string | null;
            materials: {
                name: string;
                qty: number;
            }[];
            productIds: string[];
            purpose: string;
            reviewerId: string | null;
            /** @enum {unknown} */
            source: "company" | "store_request" | "rep_initiated";
            staffCount: number;
            startDate: string;
            /** @enum {unknown} */
            status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
            storeIds: string[];
            storeSupport: string | null;
            title: string;
            updatedAt: string;
            version: number;
        };
        WebhookReturn: {
            approvedBy: string | null;
            approverId: string | null;
            contentsRemaining: number | null;
            contentsTotal: number | null;
            createdAt: string;
            decidedAt: string | null;
            decision: {
                decidedAt: string;
                decidedBy: {
                    id: string;
                    name: string | null;
                } | null;
                note: string | null;
                outcome: "approved" | "rejected";
            } | null;
            decisionNote: string | null;
            eligibility: {
                /** @enum {unknown} */
                branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                eligible: boolean;
                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                explanation: string;
                /** @description the template key of the sentence */
                explanationKey: string;
                /** @description the facts the rule used, the template parameters of explanationKey */
                explanationParams: {
                    [key: string]: string | number;
                };
                /** @enum {unknown} */
                reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
            };
            executedAt: string | null;
            executedDate: string | null;
            id: string;
            notes: string | null;
            productId: string;
            productionDate: string | null;
            qty: number;
            /** @enum {unknown} */
            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
            refundAmount: number | null;
            rejectedBy: string | null;
            requestDate: string;
            requesterId: string;
            /** @enum {unknown} */
            status: "pending_approval" | "approved" | "rejected" | "executed";
            storeId: string;
            version: number;
        };
        WebhookScorecard: {
            baseScore: number;
            /** Format: date-time */
            finalizedAt: string;
            finalizedBy: string | null;
            items: {
                code: string;
                points: number;
            }[];
            /** @description YYYY-MM */
            month: string;
            roleCode: string;
            /** @description the role definition version in force at the end of the month */
            roleVersion: number;
            total: number;
            userId: string;
        };
        WebhookVisit: {
            /** @description UTC */
            checkInAt: string;
            checkOutAt: string | null;
            competitorNotes: string | null;
            createdAt: string;
            distanceMeters: number | null;
            geofence: {
                distanceMeters: number | null;
                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                explanation: string;
                /** @description the template key of the sentence */
                explanationKey: string;
                /** @description the facts the rule used, the template parameters of explanationKey */
                explanationParams: {
                    [key: string]: string | number;
                };
            };
            id: string;
            issueDetails: {
                code: string;
                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                explanation: string;
                /** @description the template key of the sentence */
                explanationKey: string;
                /** @description the facts the rule used, the template parameters of explanationKey */
                explanationParams: {
                    [key: string]: string | number;
                };
            }[];
            /** @description outside_geofence */
            issues: string[];
            lines: {
                facings: number;
                issueDetails: {
                    code: string;
                    /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                    explanation: string;
                    /** @description the template key of the sentence */
                    explanationKey: string;
                    /** @description the facts the rule used, the template parameters of explanationKey */
                    explanationParams: {
                        [key: string]: string | number;
                    };
                }[];
                /** @description R3 display issue codes */
                issues: string[];
                onPromo: boolean;
                orderQty: number;
                priceTagOk: boolean;
                productId: string;
                productionDate: string | null;
                promoEnd: string | null;
                promoStart: string | null;
                promoType: string | null;
                shelfLayer: string | null;
                shelfPrice: number;
                stockQty: number;
                suggestedOrderQty: number | null;
                /** @description R1 (1.5倍订量原则) with its inputs, the previous count it used and why */
                suggestion: {
                    /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                    explanation: string;
                    /** @description the template key of the sentence */
                    explanationKey: string;
                    /** @description the facts the rule used, the template parameters of explanationKey */
                    explanationParams: {
                        [key: string]: string | number;
                    };
                    flags: string[];
                    formula: string;
                    inputs: {
                        currentStock: number;
                        factor: number;
                        packSize: number;
                        prevOrder: number | null;
                        prevStock: number | null;
                    };
                    previousCheckInAt: string | null;
                    previousVisitId: string | null;
                    raw: number | null;
                    reason: "no_history" | "computed";
                    sold: number | null;
                    suggested: number | null;
                };
            }[];
            location: {
                accuracy: number | null;
                lat: number;
                lng: number;
            } | null;
            photos: {
                contentType: string;
                createdAt: string;
                duplicateOfVisitId: string | null;
                id: string;
                /**
                 * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                 * @enum {unknown}
                 */
                kind: "shelf" | "signature";
                sha256: string;
                size: number;
            }[];
            promoterNotes: string | null;
            /** @description 重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s */
            relocations: {
                accuracy: number | null;
                /** @description UTC */
                at: string;
                distanceMeters: number | null;
                lat: number;
                lng: number;
            }[];
            repId: string;
            repSuggestion: string | null;
            /** @description the store’s signature, uploaded with kind=signature (the latest); null when none */
            signature: {
                contentType: string;
                createdAt: string;
                duplicateOfVisitId: string | null;
                id: string;
                /**
                 * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                 * @enum {unknown}
                 */
                kind: "shelf" | "signature";
                sha256: string;
                size: number;
            } | null;
            signedBy: string | null;
            storeId: string;
            storeOpinion: string | null;
            /** @description the check-in's date in the organisation's time zone */
            visitDate: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            clientId: string;
                            createdAt: string;
                            name: string;
                            scopes: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string;
                        clientSecret: string;
                        createdAt: string;
                        name: string;
                        scopes: string[];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                entity?: string;
                entityId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                id: string;
                                name: string | null;
                            } | null;
                            actorId: string | null;
                            actorType: string;
                            after: unknown;
                            at: string;
                            before: unknown;
                            entity: string;
                            entityId: string;
                            id: number;
                            requestId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @description seconds until the access token expires */
                        expiresIn: number;
                        refreshToken: string;
                        user: {
                            active: boolean;
                            createdAt: string;
                            displayName: string;
                            id: string;
                            managerId: string | null;
                            permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                            region: string | null;
                            roleCode: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            startDate: string;
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @description seconds until the access token expires */
                        expiresIn: number;
                        refreshToken: string;
                        user: {
                            active: boolean;
                            createdAt: string;
                            displayName: string;
                            id: string;
                            managerId: string | null;
                            permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                            region: string | null;
                            roleCode: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            startDate: string;
                            updatedAt: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueClientToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clientId: string;
                    clientSecret: string;
                    /** @enum {string} */
                    grantType: "client_credentials";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        scopes: string[];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        holidays: string[];
                        /** @description organisation: saved by the organisation; official: the State Council's published schedule (the default until the organisation saves its own); none: no schedule published for the year */
                        source: "organisation" | "official" | "none";
                        /** @description make-up working days (调休) */
                        workdays: string[];
                        year: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: string[];
                    workdays: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        holidays: string[];
                        /** @description organisation: saved by the organisation; official: the State Council's published schedule (the default until the organisation saves its own); none: no schedule published for the year */
                        source: "organisation" | "official" | "none";
                        /** @description make-up working days (调休) */
                        workdays: string[];
                        year: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCollectionPlans: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
                /** @description YYYY-MM */
                month?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description the month’s own plan (本月计划回款额), major units; carry-in is added on the scorecard */
                            amount: number;
                            /** @description YYYY-MM */
                            month: string;
                            updatedAt: string;
                            userId: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCollectionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM */
                month: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the month’s own plan (本月计划回款额), major units; carry-in is added on the scorecard */
                        amount: number;
                        /** @description YYYY-MM */
                        month: string;
                        updatedAt: string;
                        userId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCollectionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM */
                month: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description major units, at most 2 decimals */
                    amount: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the month’s own plan (本月计划回款额), major units; carry-in is added on the scorecard */
                        amount: number;
                        /** @description YYYY-MM */
                        month: string;
                        updatedAt: string;
                        userId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCollections: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                /** @description YYYY-MM-DD */
                from?: string;
                limit?: number;
                /** @description YYYY-MM-DD */
                to?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description major units */
                            amount: number;
                            createdAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            id: string;
                            reference: string | null;
                            userId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCollection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description major units, at most 2 decimals */
                    amount: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                    reference?: string;
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description major units */
                        amount: number;
                        createdAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        id: string;
                        reference: string | null;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                /** @description YYYY-MM-DD */
                from?: string;
                limit?: number;
                /** @description YYYY-MM-DD */
                to?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            description: string;
                            id: string;
                            storeId: string | null;
                            userId: string;
                            valid: boolean | null;
                            validatedBy: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                    description: string;
                    storeId?: string;
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        description: string;
                        id: string;
                        storeId: string | null;
                        userId: string;
                        valid: boolean | null;
                        validatedBy: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        description: string;
                        id: string;
                        storeId: string | null;
                        userId: string;
                        valid: boolean | null;
                        validatedBy: string | null;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    valid: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        description: string;
                        id: string;
                        storeId: string | null;
                        userId: string;
                        valid: boolean | null;
                        validatedBy: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDisciplineRecords: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                /** @description YYYY-MM-DD */
                from?: string;
                limit?: number;
                /** @description YYYY-MM-DD */
                to?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            createdBy: string | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            description: string;
                            id: string;
                            /** @description points deducted, inside the role’s disciplineMin..disciplineMax (2..5 by default) */
                            points: number;
                            userId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDisciplineRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                    description: string;
                    points: number;
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        description: string;
                        id: string;
                        /** @description points deducted, inside the role’s disciplineMin..disciplineMax (2..5 by default) */
                        points: number;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            promotions: number;
                            returns: number;
                            surveys: number;
                            tasks: number;
                        };
                        promotions: {
                            actualCost: number | null;
                            actualEffect: string | null;
                            actualMaterials: {
                                name: string;
                                qty: number;
                            }[] | null;
                            actualStaff: number | null;
                            applicantId: string;
                            awaiting: "approval" | "gm_approval";
                            baselineSales: (number | string) | null;
                            createdAt: string;
                            endDate: string;
                            estimatedCost: number;
                            estimatedEffect: string;
                            gmApproverId: string | null;
                            id: string;
                            improvementPlan: string | null;
                            issues: string | null;
                            materials: {
                                name: string;
                                qty: number;
                            }[];
                            productIds: string[];
                            purpose: string;
                            reviewerId: string | null;
                            /** @enum {unknown} */
                            source: "company" | "store_request" | "rep_initiated";
                            staffCount: number;
                            startDate: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                            storeIds: string[];
                            storeSupport: string | null;
                            title: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        returns: {
                            approvedBy: string | null;
                            approverId: string | null;
                            contentsRemaining: number | null;
                            contentsTotal: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            decision: {
                                decidedAt: string;
                                decidedBy: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                note: string | null;
                                outcome: "approved" | "rejected";
                            } | null;
                            decisionNote: string | null;
                            eligibility: {
                                /** @enum {unknown} */
                                branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                                eligible: boolean;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                /** @enum {unknown} */
                                reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                            };
                            executedAt: string | null;
                            executedDate: string | null;
                            id: string;
                            notes: string | null;
                            productId: string;
                            productionDate: string | null;
                            qty: number;
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                            refundAmount: number | null;
                            rejectedBy: string | null;
                            requestDate: string;
                            requesterId: string;
                            /** @enum {unknown} */
                            status: "pending_approval" | "approved" | "rejected" | "executed";
                            storeId: string;
                            version: number;
                        }[];
                        surveys: {
                            content: string;
                            id: string;
                            month: string;
                            submittedAt: string;
                            userId: string;
                        }[];
                        tasks: {
                            assigneeId: string;
                            assignerId: string | null;
                            completedAt: string | null;
                            completionNote: string | null;
                            createdAt: string;
                            description: string;
                            dueAt: string;
                            id: string;
                            status: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMarketPlans: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
                /** @description YYYY-MM */
                month?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            completedDate: string | null;
                            createdAt: string;
                            id: string;
                            /**
                             * @description first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each
                             * @enum {unknown}
                             */
                            level: "first" | "second";
                            /** @description YYYY-MM */
                            month: string;
                            name: string;
                            storeId: string | null;
                            userId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMarketPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each
                     * @enum {unknown}
                     */
                    level: "first" | "second";
                    /** @description YYYY-MM */
                    month: string;
                    name: string;
                    storeId?: string;
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completedDate: string | null;
                        createdAt: string;
                        id: string;
                        /**
                         * @description first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each
                         * @enum {unknown}
                         */
                        level: "first" | "second";
                        /** @description YYYY-MM */
                        month: string;
                        name: string;
                        storeId: string | null;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarketPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completedDate: string | null;
                        createdAt: string;
                        id: string;
                        /**
                         * @description first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each
                         * @enum {unknown}
                         */
                        level: "first" | "second";
                        /** @description YYYY-MM */
                        month: string;
                        name: string;
                        storeId: string | null;
                        userId: string;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMarketPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completedDate: string | null;
                        createdAt: string;
                        id: string;
                        /**
                         * @description first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each
                         * @enum {unknown}
                         */
                        level: "first" | "second";
                        /** @description YYYY-MM */
                        month: string;
                        name: string;
                        storeId: string | null;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMarketSurveys: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                graded?: boolean;
                limit?: number;
                /** @description YYYY-MM */
                month?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            content: string;
                            gradedAt: string | null;
                            gradedBy: string | null;
                            id: string;
                            month: string;
                            penalty: number | null;
                            submittedAt: string;
                            userId: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMarketSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    /** @description YYYY-MM */
                    month: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: string;
                        gradedAt: string | null;
                        gradedBy: string | null;
                        id: string;
                        month: string;
                        penalty: number | null;
                        submittedAt: string;
                        userId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarketSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: string;
                        gradedAt: string | null;
                        gradedBy: string | null;
                        id: string;
                        month: string;
                        penalty: number | null;
                        submittedAt: string;
                        userId: string;
                        version: number;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    gradeMarketSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    penalty: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: string;
                        gradedAt: string | null;
                        gradedBy: string | null;
                        id: string;
                        month: string;
                        penalty: number | null;
                        submittedAt: string;
                        userId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        displayName: string;
                        id: string;
                        managerId: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        region: string | null;
                        roleCode: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        storesDue: {
                            code: string;
                            lastVisitDate: string | null;
                            name: string;
                            /** @enum {unknown} */
                            reason: "key_short_of_weekly_visits" | "key_every_other_day" | "normal_not_visited_this_week";
                            required: number;
                            storeId: string;
                            tier: "key" | "normal";
                            visitDaysThisWeek: number;
                        }[];
                        tasks: {
                            assigneeId: string;
                            assignerId: string | null;
                            completedAt: string | null;
                            completionNote: string | null;
                            createdAt: string;
                            description: string;
                            dueAt: string;
                            id: string;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @description counts in the assigned_task score line */
                            scored: boolean;
                            /**
                             * @description duty: a checklist task generated from a role duty (R6)
                             * @enum {unknown}
                             */
                            source: "manual" | "duty";
                            /** @enum {unknown} */
                            status: "open" | "done" | "accepted" | "failed";
                            title: string;
                            version: number;
                        }[];
                        week: string;
                        workingDay: boolean;
                        workLogWritten: boolean;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                category?: string;
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            barcode: string | null;
                            brand: string | null;
                            category: string | null;
                            clearance: {
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                to: string;
                            } | null;
                            createdAt: string;
                            id: string;
                            isKey: boolean;
                            isNew: boolean;
                            name: string;
                            packSize: number;
                            retailPrice: number;
                            shelfLifeDays: number;
                            sku: string;
                            spec: string | null;
                            supplyPrice: number;
                            unit: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    barcode?: string | null;
                    brand?: string | null;
                    category?: string | null;
                    clearance?: {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                    } | null;
                    isKey?: boolean;
                    isNew?: boolean;
                    name: string;
                    packSize?: number;
                    /** @description major units per unit, at most 2 decimals */
                    retailPrice: number;
                    shelfLifeDays: number;
                    sku: string;
                    spec?: string | null;
                    /** @description major units per unit, at most 2 decimals */
                    supplyPrice: number;
                    unit: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        barcode: string | null;
                        brand: string | null;
                        category: string | null;
                        clearance: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            to: string;
                        } | null;
                        createdAt: string;
                        id: string;
                        isKey: boolean;
                        isNew: boolean;
                        name: string;
                        packSize: number;
                        retailPrice: number;
                        shelfLifeDays: number;
                        sku: string;
                        spec: string | null;
                        supplyPrice: number;
                        unit: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        barcode: string | null;
                        brand: string | null;
                        category: string | null;
                        clearance: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            to: string;
                        } | null;
                        createdAt: string;
                        id: string;
                        isKey: boolean;
                        isNew: boolean;
                        name: string;
                        packSize: number;
                        retailPrice: number;
                        shelfLifeDays: number;
                        sku: string;
                        spec: string | null;
                        supplyPrice: number;
                        unit: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    barcode?: string | null;
                    brand?: string | null;
                    category?: string | null;
                    clearance?: {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                    } | null;
                    isKey?: boolean;
                    isNew?: boolean;
                    name?: string;
                    packSize?: number;
                    /** @description major units per unit, at most 2 decimals */
                    retailPrice?: number;
                    shelfLifeDays?: number;
                    sku?: string;
                    spec?: string | null;
                    /** @description major units per unit, at most 2 decimals */
                    supplyPrice?: number;
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        barcode: string | null;
                        brand: string | null;
                        category: string | null;
                        clearance: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            to: string;
                        } | null;
                        createdAt: string;
                        id: string;
                        isKey: boolean;
                        isNew: boolean;
                        name: string;
                        packSize: number;
                        retailPrice: number;
                        shelfLifeDays: number;
                        sku: string;
                        spec: string | null;
                        supplyPrice: number;
                        unit: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPromotions: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
                status?: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actualCost: number | null;
                            actualEffect: string | null;
                            actualMaterials: {
                                name: string;
                                qty: number;
                            }[] | null;
                            actualStaff: number | null;
                            applicantId: string;
                            baselineSales: (number | string) | null;
                            createdAt: string;
                            decision: {
                                decidedAt: string;
                                decidedBy: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                note: string | null;
                                outcome: "approved" | "rejected";
                            } | null;
                            endDate: string;
                            estimatedCost: number;
                            estimatedEffect: string;
                            gmApproverId: string | null;
                            history?: {
                                action: string;
                                /** @description who did it: id and display name */
                                actor: {
                                    id: string;
                                    name: string | null;
                                };
                                actorId: string;
                                actorName: string | null;
                                at: string;
                                from: string | null;
                                note: string | null;
                                to: string;
                            }[];
                            id: string;
                            improvementPlan: string | null;
                            issues: string | null;
                            materials: {
                                name: string;
                                qty: number;
                            }[];
                            productIds: string[];
                            purpose: string;
                            reviewerId: string | null;
                            /** @enum {unknown} */
                            source: "company" | "store_request" | "rep_initiated";
                            staffCount: number;
                            startDate: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                            storeIds: string[];
                            storeSupport: string | null;
                            title: string;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    baselineSales?: (number | string) | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endDate: string;
                    /** @description major units, at most 2 decimals */
                    estimatedCost: number;
                    estimatedEffect: number | string;
                    materials: {
                        name: string;
                        qty: number;
                    }[];
                    productIds: string[];
                    purpose: string;
                    /** @enum {unknown} */
                    source: "company" | "store_request" | "rep_initiated";
                    staffCount: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startDate: string;
                    storeIds: string[];
                    storeSupport?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromotionEffect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        baselineWindow: {
                            end: string;
                            start: string;
                        };
                        cost: number;
                        costBasis: "actual" | "estimated";
                        costPerExtraUnit: number | null;
                        costVsEstimate: {
                            actual: number;
                            difference: number;
                            estimated: number;
                        } | null;
                        estimatedCost: number;
                        /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                        explanation: string;
                        /** @description the template key of the sentence */
                        explanationKey: string;
                        /** @description the facts the rule used, the template parameters of explanationKey */
                        explanationParams: {
                            [key: string]: string | number;
                        };
                        extraUnits: number;
                        promotionId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        unitsBefore: number;
                        unitsInWindow: number;
                        upliftPct: number | null;
                        vsEstimate: {
                            differenceUnits: number;
                            estimatedExtraUnits: number;
                        } | null;
                        window: {
                            end: string;
                            start: string;
                        };
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description major units, at most 2 decimals */
                    actualCost: number;
                    actualEffect: string;
                    actualMaterials: {
                        name: string;
                        qty: number;
                    }[];
                    actualStaff: number;
                    improvementPlan: string;
                    issues: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actualCost: number | null;
                        actualEffect: string | null;
                        actualMaterials: {
                            name: string;
                            qty: number;
                        }[] | null;
                        actualStaff: number | null;
                        applicantId: string;
                        baselineSales: (number | string) | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        endDate: string;
                        estimatedCost: number;
                        estimatedEffect: string;
                        gmApproverId: string | null;
                        history?: {
                            action: string;
                            /** @description who did it: id and display name */
                            actor: {
                                id: string;
                                name: string | null;
                            };
                            actorId: string;
                            actorName: string | null;
                            at: string;
                            from: string | null;
                            note: string | null;
                            to: string;
                        }[];
                        id: string;
                        improvementPlan: string | null;
                        issues: string | null;
                        materials: {
                            name: string;
                            qty: number;
                        }[];
                        productIds: string[];
                        purpose: string;
                        reviewerId: string | null;
                        /** @enum {unknown} */
                        source: "company" | "store_request" | "rep_initiated";
                        staffCount: number;
                        startDate: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "pending_gm" | "approved" | "rejected" | "withdrawn" | "completed";
                        storeIds: string[];
                        storeSupport: string | null;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDisplayIssuesReport: {
        parameters: {
            query: {
                /** @description json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept */
                format?: "json" | "csv" | "xlsx";
                /** @description YYYY-MM-DD */
                from: string;
                groupBy?: "store_sku" | "store" | "sku";
                /** @description YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * @default store_sku
                         * @enum {unknown}
                         */
                        groupBy: "store_sku" | "store" | "sku";
                        items: {
                            facingsBelowMinimum: number;
                            lastIssueDate: string | null;
                            /** @description visit lines counted in the range */
                            linesChecked: number;
                            linesWithIssues: number;
                            priceMismatch: number;
                            priceTagMissing: number;
                            productId: string | null;
                            productName: string | null;
                            promoTagExpired: number;
                            sku: string | null;
                            storeCode: string | null;
                            storeId: string | null;
                            storeName: string | null;
                        }[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromotionEffectsReport: {
        parameters: {
            query?: {
                /** @description json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept */
                format?: "json" | "csv" | "xlsx";
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description YYYY-MM-DD */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actualCost: number | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            baselineEnd: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            baselineStart: string;
                            costPerExtraUnit: number | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            endDate: string;
                            estimatedCost: number;
                            estimatedEffect: string;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            extraUnits: number;
                            promotionId: string;
                            source: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            startDate: string;
                            status: string;
                            title: string;
                            unitsBefore: number;
                            unitsInWindow: number;
                            upliftPct: number | null;
                            vsEstimateUnits: number | null;
                        }[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSalesReport: {
        parameters: {
            query: {
                /** @description json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept */
                format?: "json" | "csv" | "xlsx";
                /** @description YYYY-MM-DD */
                from: string;
                groupBy?: "sku" | "store" | "category" | "rep";
                /** @description YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description major units */
                        anomalyMinAmount: number;
                        anomalyMinUnits: number;
                        anomalyThresholdPct: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * @default sku
                         * @enum {unknown}
                         */
                        groupBy: "sku" | "store" | "category" | "rep";
                        items: {
                            /** @description 异动: both periods reach the minimum volume (anomalyMinUnits and anomalyMinAmount) and the change is beyond anomalyThresholdPct either way */
                            anomaly: boolean;
                            /** @description the branch of the rule taken: too little volume to compare, an ordinary change, an anomaly */
                            anomalyBranch: "below_minimum" | "within_threshold" | "beyond_threshold";
                            changePct: number | null;
                            code: string | null;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @description product id, store id, category name or rep (user) id */
                            key: string;
                            label: string;
                            /** @description order quantity at supply price, major units */
                            orderAmount: number;
                            orderQty: number;
                            previousOrderAmount: number;
                            previousOrderQty: number;
                            previousSoldQty: number;
                            /** @description R1 sell-out estimate: the sum of `sold` over the visit lines */
                            soldQty: number;
                        }[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        previousFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        previousTo: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVisitComplianceReport: {
        parameters: {
            query?: {
                /** @description json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept */
                format?: "json" | "csv" | "xlsx";
                /** @description YYYY-Www */
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the week is the current one: its rows are the visits so far */
                        inProgress: boolean;
                        items: {
                            code: string;
                            days: string[];
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            frequencyOk: boolean;
                            name: string;
                            ownerId: string;
                            required: number;
                            spacingOk: boolean;
                            storeId: string;
                            tier: "key" | "normal";
                            visitDays: number;
                        }[];
                        summary: {
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            from: string;
                            /** @description the current ISO week (organisation time zone): the rate so far, not a verdict */
                            inProgress: boolean;
                            met: number;
                            ratePct: number | null;
                            status: "complete" | "in_progress" | "future" | "no_stores" | "no_visits";
                            stores: number;
                            to: string;
                            visitDays: number;
                            week: string;
                        };
                        week: string;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVisitComplianceWeeks: {
        parameters: {
            query?: {
                count?: number;
                /** @description json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept */
                format?: "json" | "csv" | "xlsx";
                /** @description YYYY-Www */
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        week: string;
                        weeks: {
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            from: string;
                            /** @description the current ISO week (organisation time zone): the rate so far, not a verdict */
                            inProgress: boolean;
                            met: number;
                            ratePct: number | null;
                            status: "complete" | "in_progress" | "future" | "no_stores" | "no_visits";
                            stores: number;
                            to: string;
                            visitDays: number;
                            week: string;
                        }[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReturns: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
                status?: "pending_approval" | "approved" | "rejected" | "executed";
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approvedBy: string | null;
                            approverId: string | null;
                            contentsRemaining: number | null;
                            contentsTotal: number | null;
                            createdAt: string;
                            decidedAt: string | null;
                            decision: {
                                decidedAt: string;
                                decidedBy: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                note: string | null;
                                outcome: "approved" | "rejected";
                            } | null;
                            decisionNote: string | null;
                            eligibility: {
                                /** @enum {unknown} */
                                branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                                eligible: boolean;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                /** @enum {unknown} */
                                reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                            };
                            executedAt: string | null;
                            executedDate: string | null;
                            id: string;
                            notes: string | null;
                            productId: string;
                            productionDate: string | null;
                            qty: number;
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                            refundAmount: number | null;
                            rejectedBy: string | null;
                            requestDate: string;
                            requesterId: string;
                            /** @enum {unknown} */
                            status: "pending_approval" | "approved" | "rejected" | "executed";
                            storeId: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentsRemaining?: number | null;
                    contentsTotal?: number | null;
                    /**
                     * Format: uuid
                     * @description client-generated for offline capture: a replay with the same body answers 200
                     */
                    id?: string;
                    notes?: string | null;
                    productId: string;
                    productionDate?: string | null;
                    qty: number;
                    /** @enum {unknown} */
                    reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    requestDate?: string;
                    storeId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string | null;
                        approverId: string | null;
                        contentsRemaining: number | null;
                        contentsTotal: number | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        decisionNote: string | null;
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        executedAt: string | null;
                        executedDate: string | null;
                        id: string;
                        notes: string | null;
                        productId: string;
                        productionDate: string | null;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        refundAmount: number | null;
                        rejectedBy: string | null;
                        requestDate: string;
                        requesterId: string;
                        /** @enum {unknown} */
                        status: "pending_approval" | "approved" | "rejected" | "executed";
                        storeId: string;
                        version: number;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string | null;
                        approverId: string | null;
                        contentsRemaining: number | null;
                        contentsTotal: number | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        decisionNote: string | null;
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        executedAt: string | null;
                        executedDate: string | null;
                        id: string;
                        notes: string | null;
                        productId: string;
                        productionDate: string | null;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        refundAmount: number | null;
                        rejectedBy: string | null;
                        requestDate: string;
                        requesterId: string;
                        /** @enum {unknown} */
                        status: "pending_approval" | "approved" | "rejected" | "executed";
                        storeId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string | null;
                        approverId: string | null;
                        contentsRemaining: number | null;
                        contentsTotal: number | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        decisionNote: string | null;
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        executedAt: string | null;
                        executedDate: string | null;
                        id: string;
                        notes: string | null;
                        productId: string;
                        productionDate: string | null;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        refundAmount: number | null;
                        rejectedBy: string | null;
                        requestDate: string;
                        requesterId: string;
                        /** @enum {unknown} */
                        status: "pending_approval" | "approved" | "rejected" | "executed";
                        storeId: string;
                        version: number;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string | null;
                        approverId: string | null;
                        contentsRemaining: number | null;
                        contentsTotal: number | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        decisionNote: string | null;
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        executedAt: string | null;
                        executedDate: string | null;
                        id: string;
                        notes: string | null;
                        productId: string;
                        productionDate: string | null;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        refundAmount: number | null;
                        rejectedBy: string | null;
                        requestDate: string;
                        requesterId: string;
                        /** @enum {unknown} */
                        status: "pending_approval" | "approved" | "rejected" | "executed";
                        storeId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    executeReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description major units, at most 2 decimals */
                    refundAmount: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string | null;
                        approverId: string | null;
                        contentsRemaining: number | null;
                        contentsTotal: number | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        decisionNote: string | null;
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        executedAt: string | null;
                        executedDate: string | null;
                        id: string;
                        notes: string | null;
                        productId: string;
                        productionDate: string | null;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        refundAmount: number | null;
                        rejectedBy: string | null;
                        requestDate: string;
                        requesterId: string;
                        /** @enum {unknown} */
                        status: "pending_approval" | "approved" | "rejected" | "executed";
                        storeId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string | null;
                        approverId: string | null;
                        contentsRemaining: number | null;
                        contentsTotal: number | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decision: {
                            decidedAt: string;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            note: string | null;
                            outcome: "approved" | "rejected";
                        } | null;
                        decisionNote: string | null;
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        executedAt: string | null;
                        executedDate: string | null;
                        id: string;
                        notes: string | null;
                        productId: string;
                        productionDate: string | null;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        refundAmount: number | null;
                        rejectedBy: string | null;
                        requestDate: string;
                        requesterId: string;
                        /** @enum {unknown} */
                        status: "pending_approval" | "approved" | "rejected" | "executed";
                        storeId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentsRemaining?: number | null;
                    contentsTotal?: number | null;
                    /**
                     * Format: uuid
                     * @description client-generated for offline capture: a replay with the same body answers 200
                     */
                    id?: string;
                    notes?: string | null;
                    productId: string;
                    productionDate?: string | null;
                    qty: number;
                    /** @enum {unknown} */
                    reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    requestDate?: string;
                    storeId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        eligibility: {
                            /** @enum {unknown} */
                            branch: "packaging_above_two_thirds" | "packaging_not_above_two_thirds" | "packaging_contents_missing" | "packaging_contents_inconsistent" | "quality_defect" | "slow_moving_enough_shelf_life" | "slow_moving_too_close_to_expiry" | "slow_moving_production_date_missing" | "slow_moving_shelf_life_missing" | "slow_moving_produced_after_request" | "clearance_window_covers" | "clearance_window_outside" | "clearance_not_listed" | "store_closing" | "store_active" | "store_status_missing" | "other_non_standard";
                            eligible: boolean;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @enum {unknown} */
                            reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        };
                        productId: string;
                        qty: number;
                        /** @enum {unknown} */
                        reason: "packaging_damage" | "quality_defect" | "slow_moving" | "company_clearance" | "store_closure" | "other";
                        requestDate: string;
                        status: "approved" | "pending_approval";
                        storeId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authorities?: string[];
                            code: string;
                            createdAt: string;
                            createdBy: string | null;
                            createdByName: string | null;
                            department?: string | null;
                            duties?: {
                                cadence?: ({
                                    /** @enum {string} */
                                    kind: "daily";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "monthly";
                                    workingDay: number;
                                }) | null;
                                closedBy?: ("work_log" | "market_survey") | null;
                                scored?: boolean;
                                /** @description The duty as the handbook words it; a generated task’s description. */
                                text: string;
                                title?: string | null;
                            }[];
                            /** @description the first month whose scorecards use this version */
                            effectiveFrom: string;
                            headcount?: number | null;
                            kpis?: {
                                name: string;
                                target?: (number | string) | null;
                                unit?: string | null;
                            }[];
                            note: string | null;
                            permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                            reportsTo?: string | null;
                            requirements?: string[];
                            scoring: {
                                baseScore: number;
                                collectionPointsPerPercent: number;
                                complaintPenalty: number;
                                disciplineMax: number;
                                disciplineMin: number;
                                firstLevelMarketPenalty: number;
                                missingLogPenalty: number;
                                secondLevelMarketPenalty: number;
                                surveyMaxPenalty: number;
                                taskPenalty: number;
                                vagueLogPenalty: number;
                            };
                            summary?: string | null;
                            title: string;
                            titleEn?: string | null;
                            version: number;
                            workContent?: string[];
                            workingConditions?: (string | {
                                [key: string]: string;
                            }) | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    authorities?: string[];
                    code: string;
                    department?: string | null;
                    duties?: {
                        cadence?: ({
                            /** @enum {string} */
                            kind: "daily";
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            weekday: number;
                        } | {
                            /** @enum {string} */
                            kind: "monthly";
                            workingDay: number;
                        }) | null;
                        closedBy?: ("work_log" | "market_survey") | null;
                        scored?: boolean;
                        /** @description The duty as the handbook words it; a generated task’s description. */
                        text: string;
                        title?: string | null;
                    }[];
                    /** @description the first month whose scorecards use this version (YYYY-MM); default the current month. An earlier month only while no scorecard of the role is final for it or a later month; at most 12 months ahead. */
                    effectiveFrom?: string;
                    headcount?: number | null;
                    kpis?: {
                        name: string;
                        target?: (number | string) | null;
                        unit?: string | null;
                    }[];
                    note?: string | null;
                    permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                    reportsTo?: string | null;
                    requirements?: string[];
                    scoring?: {
                        baseScore: number;
                        collectionPointsPerPercent: number;
                        complaintPenalty: number;
                        disciplineMax: number;
                        disciplineMin: number;
                        firstLevelMarketPenalty: number;
                        missingLogPenalty: number;
                        secondLevelMarketPenalty: number;
                        surveyMaxPenalty: number;
                        taskPenalty: number;
                        vagueLogPenalty: number;
                    };
                    summary?: string | null;
                    title: string;
                    titleEn?: string | null;
                    workContent?: string[];
                    workingConditions?: (string | {
                        [key: string]: string;
                    }) | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorities?: string[];
                        code: string;
                        createdAt: string;
                        createdBy: string | null;
                        createdByName: string | null;
                        department?: string | null;
                        duties?: {
                            cadence?: ({
                                /** @enum {string} */
                                kind: "daily";
                            } | {
                                /** @enum {string} */
                                kind: "weekly";
                                weekday: number;
                            } | {
                                /** @enum {string} */
                                kind: "monthly";
                                workingDay: number;
                            }) | null;
                            closedBy?: ("work_log" | "market_survey") | null;
                            scored?: boolean;
                            /** @description The duty as the handbook words it; a generated task’s description. */
                            text: string;
                            title?: string | null;
                        }[];
                        /** @description the first month whose scorecards use this version */
                        effectiveFrom: string;
                        headcount?: number | null;
                        kpis?: {
                            name: string;
                            target?: (number | string) | null;
                            unit?: string | null;
                        }[];
                        note: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        reportsTo?: string | null;
                        requirements?: string[];
                        scoring: {
                            baseScore: number;
                            collectionPointsPerPercent: number;
                            complaintPenalty: number;
                            disciplineMax: number;
                            disciplineMin: number;
                            firstLevelMarketPenalty: number;
                            missingLogPenalty: number;
                            secondLevelMarketPenalty: number;
                            surveyMaxPenalty: number;
                            taskPenalty: number;
                            vagueLogPenalty: number;
                        };
                        summary?: string | null;
                        title: string;
                        titleEn?: string | null;
                        version: number;
                        workContent?: string[];
                        workingConditions?: (string | {
                            [key: string]: string;
                        }) | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorities?: string[];
                        code: string;
                        createdAt: string;
                        createdBy: string | null;
                        createdByName: string | null;
                        department?: string | null;
                        duties?: {
                            cadence?: ({
                                /** @enum {string} */
                                kind: "daily";
                            } | {
                                /** @enum {string} */
                                kind: "weekly";
                                weekday: number;
                            } | {
                                /** @enum {string} */
                                kind: "monthly";
                                workingDay: number;
                            }) | null;
                            closedBy?: ("work_log" | "market_survey") | null;
                            scored?: boolean;
                            /** @description The duty as the handbook words it; a generated task’s description. */
                            text: string;
                            title?: string | null;
                        }[];
                        /** @description the first month whose scorecards use this version */
                        effectiveFrom: string;
                        headcount?: number | null;
                        kpis?: {
                            name: string;
                            target?: (number | string) | null;
                            unit?: string | null;
                        }[];
                        note: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        reportsTo?: string | null;
                        requirements?: string[];
                        scoring: {
                            baseScore: number;
                            collectionPointsPerPercent: number;
                            complaintPenalty: number;
                            disciplineMax: number;
                            disciplineMin: number;
                            firstLevelMarketPenalty: number;
                            missingLogPenalty: number;
                            secondLevelMarketPenalty: number;
                            surveyMaxPenalty: number;
                            taskPenalty: number;
                            vagueLogPenalty: number;
                        };
                        summary?: string | null;
                        title: string;
                        titleEn?: string | null;
                        version: number;
                        workContent?: string[];
                        workingConditions?: (string | {
                            [key: string]: string;
                        }) | null;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    authorities?: string[];
                    code?: string;
                    department?: string | null;
                    duties?: {
                        cadence?: ({
                            /** @enum {string} */
                            kind: "daily";
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            weekday: number;
                        } | {
                            /** @enum {string} */
                            kind: "monthly";
                            workingDay: number;
                        }) | null;
                        closedBy?: ("work_log" | "market_survey") | null;
                        scored?: boolean;
                        /** @description The duty as the handbook words it; a generated task’s description. */
                        text: string;
                        title?: string | null;
                    }[];
                    /** @description the first month whose scorecards use this version (YYYY-MM); default the current month. An earlier month only while no scorecard of the role is final for it or a later month; at most 12 months ahead. */
                    effectiveFrom?: string;
                    headcount?: number | null;
                    kpis?: {
                        name: string;
                        target?: (number | string) | null;
                        unit?: string | null;
                    }[];
                    /** @description why the role changed (the change note), kept with the version */
                    note: string;
                    permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                    reportsTo?: string | null;
                    requirements?: string[];
                    scoring?: {
                        baseScore: number;
                        collectionPointsPerPercent: number;
                        complaintPenalty: number;
                        disciplineMax: number;
                        disciplineMin: number;
                        firstLevelMarketPenalty: number;
                        missingLogPenalty: number;
                        secondLevelMarketPenalty: number;
                        surveyMaxPenalty: number;
                        taskPenalty: number;
                        vagueLogPenalty: number;
                    };
                    summary?: string | null;
                    title: string;
                    titleEn?: string | null;
                    workContent?: string[];
                    workingConditions?: (string | {
                        [key: string]: string;
                    }) | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorities?: string[];
                        code: string;
                        createdAt: string;
                        createdBy: string | null;
                        createdByName: string | null;
                        department?: string | null;
                        duties?: {
                            cadence?: ({
                                /** @enum {string} */
                                kind: "daily";
                            } | {
                                /** @enum {string} */
                                kind: "weekly";
                                weekday: number;
                            } | {
                                /** @enum {string} */
                                kind: "monthly";
                                workingDay: number;
                            }) | null;
                            closedBy?: ("work_log" | "market_survey") | null;
                            scored?: boolean;
                            /** @description The duty as the handbook words it; a generated task’s description. */
                            text: string;
                            title?: string | null;
                        }[];
                        /** @description the first month whose scorecards use this version */
                        effectiveFrom: string;
                        headcount?: number | null;
                        kpis?: {
                            name: string;
                            target?: (number | string) | null;
                            unit?: string | null;
                        }[];
                        note: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        reportsTo?: string | null;
                        requirements?: string[];
                        scoring: {
                            baseScore: number;
                            collectionPointsPerPercent: number;
                            complaintPenalty: number;
                            disciplineMax: number;
                            disciplineMin: number;
                            firstLevelMarketPenalty: number;
                            missingLogPenalty: number;
                            secondLevelMarketPenalty: number;
                            surveyMaxPenalty: number;
                            taskPenalty: number;
                            vagueLogPenalty: number;
                        };
                        summary?: string | null;
                        title: string;
                        titleEn?: string | null;
                        version: number;
                        workContent?: string[];
                        workingConditions?: (string | {
                            [key: string]: string;
                        }) | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoleVersions: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authorities?: string[];
                            code: string;
                            createdAt: string;
                            createdBy: string | null;
                            createdByName: string | null;
                            department?: string | null;
                            duties?: {
                                cadence?: ({
                                    /** @enum {string} */
                                    kind: "daily";
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    weekday: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "monthly";
                                    workingDay: number;
                                }) | null;
                                closedBy?: ("work_log" | "market_survey") | null;
                                scored?: boolean;
                                /** @description The duty as the handbook words it; a generated task’s description. */
                                text: string;
                                title?: string | null;
                            }[];
                            /** @description the first month whose scorecards use this version */
                            effectiveFrom: string;
                            headcount?: number | null;
                            kpis?: {
                                name: string;
                                target?: (number | string) | null;
                                unit?: string | null;
                            }[];
                            note: string | null;
                            permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                            reportsTo?: string | null;
                            requirements?: string[];
                            scoring: {
                                baseScore: number;
                                collectionPointsPerPercent: number;
                                complaintPenalty: number;
                                disciplineMax: number;
                                disciplineMin: number;
                                firstLevelMarketPenalty: number;
                                missingLogPenalty: number;
                                secondLevelMarketPenalty: number;
                                surveyMaxPenalty: number;
                                taskPenalty: number;
                                vagueLogPenalty: number;
                            };
                            summary?: string | null;
                            title: string;
                            titleEn?: string | null;
                            version: number;
                            workContent?: string[];
                            workingConditions?: (string | {
                                [key: string]: string;
                            }) | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScorecards: {
        parameters: {
            query: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                /** @description json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept */
                format?: "json" | "csv" | "xlsx";
                limit?: number;
                managerId?: string;
                /** @description YYYY-MM */
                month: string;
                roleCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            baseScore: number;
                            computedAt: string;
                            /** @description the paperwork deadline: end of the 2nd working day of the next month */
                            deadlineAt: string;
                            displayName: string;
                            finalizedAt: string | null;
                            finalizedBy: string | null;
                            finalizedByName: string | null;
                            items: {
                                /** @enum {unknown} */
                                code: "collection" | "market_first_level" | "market_second_level" | "work_log_missing" | "work_log_vague" | "market_survey" | "complaint" | "assigned_task" | "discipline";
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                /** @description the data the line used; money in major units */
                                inputs: {
                                    [key: string]: unknown;
                                };
                                /** @description signed: collection may add, every other line deducts */
                                points: number;
                                /** @description the line can still change: its deadline has not passed or a decision is pending */
                                provisional: boolean;
                            }[];
                            /** @description YYYY-MM */
                            month: string;
                            projectedTotal: number | null;
                            projection: {
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            } | null;
                            provisional: boolean;
                            /** @description the place among the people of the same role (reps against reps, managers against managers) */
                            rank: number;
                            /** @description how many people of that role are ranked */
                            rankedAmong: number;
                            reopenedAt: string | null;
                            reopenNote: string | null;
                            roleCode: string;
                            /** @description the title of that role version in the caller’s language (its English title on English screens when it has one) */
                            roleTitle: string;
                            /** @description the role definition version in force in the month (its effectiveFrom is the month or earlier) */
                            roleVersion: number;
                            status: "draft" | "final";
                            /** @description the counted total: lines not yet due deduct nothing */
                            total: number;
                            userId: string;
                        }[];
                        nextCursor: string | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM */
                month: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseScore: number;
                        computedAt: string;
                        /** @description the paperwork deadline: end of the 2nd working day of the next month */
                        deadlineAt: string;
                        displayName: string;
                        finalizedAt: string | null;
                        finalizedBy: string | null;
                        finalizedByName: string | null;
                        items: {
                            /** @enum {unknown} */
                            code: "collection" | "market_first_level" | "market_second_level" | "work_log_missing" | "work_log_vague" | "market_survey" | "complaint" | "assigned_task" | "discipline";
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @description the data the line used; money in major units */
                            inputs: {
                                [key: string]: unknown;
                            };
                            /** @description signed: collection may add, every other line deducts */
                            points: number;
                            /** @description the line can still change: its deadline has not passed or a decision is pending */
                            provisional: boolean;
                        }[];
                        /** @description YYYY-MM */
                        month: string;
                        projectedTotal: number | null;
                        projection: {
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        } | null;
                        provisional: boolean;
                        reopenedAt: string | null;
                        reopenNote: string | null;
                        roleCode: string;
                        /** @description the title of that role version in the caller’s language (its English title on English screens when it has one) */
                        roleTitle: string;
                        /** @description the role definition version in force in the month (its effectiveFrom is the month or earlier) */
                        roleVersion: number;
                        status: "draft" | "final";
                        /** @description the counted total: lines not yet due deduct nothing */
                        total: number;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finalizeScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM */
                month: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseScore: number;
                        computedAt: string;
                        /** @description the paperwork deadline: end of the 2nd working day of the next month */
                        deadlineAt: string;
                        displayName: string;
                        finalizedAt: string | null;
                        finalizedBy: string | null;
                        finalizedByName: string | null;
                        items: {
                            /** @enum {unknown} */
                            code: "collection" | "market_first_level" | "market_second_level" | "work_log_missing" | "work_log_vague" | "market_survey" | "complaint" | "assigned_task" | "discipline";
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @description the data the line used; money in major units */
                            inputs: {
                                [key: string]: unknown;
                            };
                            /** @description signed: collection may add, every other line deducts */
                            points: number;
                            /** @description the line can still change: its deadline has not passed or a decision is pending */
                            provisional: boolean;
                        }[];
                        /** @description YYYY-MM */
                        month: string;
                        projectedTotal: number | null;
                        projection: {
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        } | null;
                        provisional: boolean;
                        reopenedAt: string | null;
                        reopenNote: string | null;
                        roleCode: string;
                        /** @description the title of that role version in the caller’s language (its English title on English screens when it has one) */
                        roleTitle: string;
                        /** @description the role definition version in force in the month (its effectiveFrom is the month or earlier) */
                        roleVersion: number;
                        status: "draft" | "final";
                        /** @description the counted total: lines not yet due deduct nothing */
                        total: number;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM */
                month: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseScore: number;
                        computedAt: string;
                        /** @description the paperwork deadline: end of the 2nd working day of the next month */
                        deadlineAt: string;
                        displayName: string;
                        finalizedAt: string | null;
                        finalizedBy: string | null;
                        finalizedByName: string | null;
                        items: {
                            /** @enum {unknown} */
                            code: "collection" | "market_first_level" | "market_second_level" | "work_log_missing" | "work_log_vague" | "market_survey" | "complaint" | "assigned_task" | "discipline";
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                            /** @description the data the line used; money in major units */
                            inputs: {
                                [key: string]: unknown;
                            };
                            /** @description signed: collection may add, every other line deducts */
                            points: number;
                            /** @description the line can still change: its deadline has not passed or a decision is pending */
                            provisional: boolean;
                        }[];
                        /** @description YYYY-MM */
                        month: string;
                        projectedTotal: number | null;
                        projection: {
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        } | null;
                        provisional: boolean;
                        reopenedAt: string | null;
                        reopenNote: string | null;
                        roleCode: string;
                        /** @description the title of that role version in the caller’s language (its English title on English screens when it has one) */
                        roleTitle: string;
                        /** @description the role definition version in force in the month (its effectiveFrom is the month or earlier) */
                        roleVersion: number;
                        status: "draft" | "final";
                        /** @description the counted total: lines not yet due deduct nothing */
                        total: number;
                        userId: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description sales report: amount at supply price (major units) each period must reach (0: none) */
                        anomalyMinAmount: number;
                        /** @description sales report: units each period must reach before a change can be an anomaly (0: none) */
                        anomalyMinUnits: number;
                        anomalyThresholdPct: number;
                        geofenceMeters: number;
                        gmApprovalThreshold: number;
                        keyStoreVisitsPerWeek: number;
                        minFacings: number;
                        normalStoreVisitsPerWeek: number;
                        reorderFactor: number;
                        timezone: string;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description sales report: amount at supply price (major units) each period must reach (0: none) */
                    anomalyMinAmount?: number;
                    /** @description sales report: units each period must reach before a change can be an anomaly (0: none) */
                    anomalyMinUnits?: number;
                    anomalyThresholdPct: number;
                    geofenceMeters: number;
                    gmApprovalThreshold: number;
                    keyStoreVisitsPerWeek: number;
                    minFacings: number;
                    normalStoreVisitsPerWeek: number;
                    reorderFactor: number;
                    timezone: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description sales report: amount at supply price (major units) each period must reach (0: none) */
                        anomalyMinAmount: number;
                        /** @description sales report: units each period must reach before a change can be an anomaly (0: none) */
                        anomalyMinUnits: number;
                        anomalyThresholdPct: number;
                        geofenceMeters: number;
                        gmApprovalThreshold: number;
                        keyStoreVisitsPerWeek: number;
                        minFacings: number;
                        normalStoreVisitsPerWeek: number;
                        reorderFactor: number;
                        timezone: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStores: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
                status?: "active" | "closing" | "closed";
                tier?: "key" | "normal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string | null;
                            channel: "ka" | "agent" | "wholesale" | "retail";
                            code: string;
                            contacts: {
                                name: string;
                                notes?: string;
                                phone?: string;
                                title?: string;
                            }[];
                            createdAt: string;
                            id: string;
                            lat: number | null;
                            lng: number | null;
                            name: string;
                            ownerId: string;
                            /** @description the customer card (客户资料卡): trade area, business status, size, staff … */
                            profile: {
                                [key: string]: string | number | boolean | null;
                            };
                            region: string | null;
                            status: "active" | "closing" | "closed";
                            tier: "key" | "normal";
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    channel: "ka" | "agent" | "wholesale" | "retail";
                    code: string;
                    contacts?: {
                        name: string;
                        notes?: string;
                        phone?: string;
                        title?: string;
                    }[];
                    lat?: number | null;
                    lng?: number | null;
                    name: string;
                    ownerId: string;
                    /** @description the customer card (客户资料卡): trade area, business status, size, staff … */
                    profile?: {
                        [key: string]: string | number | boolean | null;
                    };
                    region?: string | null;
                    status?: "active" | "closing" | "closed";
                    tier: "key" | "normal";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        channel: "ka" | "agent" | "wholesale" | "retail";
                        code: string;
                        contacts: {
                            name: string;
                            notes?: string;
                            phone?: string;
                            title?: string;
                        }[];
                        createdAt: string;
                        id: string;
                        lat: number | null;
                        lng: number | null;
                        name: string;
                        ownerId: string;
                        /** @description the customer card (客户资料卡): trade area, business status, size, staff … */
                        profile: {
                            [key: string]: string | number | boolean | null;
                        };
                        region: string | null;
                        status: "active" | "closing" | "closed";
                        tier: "key" | "normal";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        channel: "ka" | "agent" | "wholesale" | "retail";
                        code: string;
                        contacts: {
                            name: string;
                            notes?: string;
                            phone?: string;
                            title?: string;
                        }[];
                        createdAt: string;
                        id: string;
                        lat: number | null;
                        lng: number | null;
                        name: string;
                        ownerId: string;
                        /** @description the customer card (客户资料卡): trade area, business status, size, staff … */
                        profile: {
                            [key: string]: string | number | boolean | null;
                        };
                        region: string | null;
                        status: "active" | "closing" | "closed";
                        tier: "key" | "normal";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    channel?: "ka" | "agent" | "wholesale" | "retail";
                    code?: string;
                    contacts?: {
                        name: string;
                        notes?: string;
                        phone?: string;
                        title?: string;
                    }[];
                    lat?: number | null;
                    lng?: number | null;
                    name?: string;
                    ownerId?: string;
                    /** @description the customer card (客户资料卡): trade area, business status, size, staff … */
                    profile?: {
                        [key: string]: string | number | boolean | null;
                    };
                    region?: string | null;
                    status?: "active" | "closing" | "closed";
                    tier?: "key" | "normal";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        channel: "ka" | "agent" | "wholesale" | "retail";
                        code: string;
                        contacts: {
                            name: string;
                            notes?: string;
                            phone?: string;
                            title?: string;
                        }[];
                        createdAt: string;
                        id: string;
                        lat: number | null;
                        lng: number | null;
                        name: string;
                        ownerId: string;
                        /** @description the customer card (客户资料卡): trade area, business status, size, staff … */
                        profile: {
                            [key: string]: string | number | boolean | null;
                        };
                        region: string | null;
                        status: "active" | "closing" | "closed";
                        tier: "key" | "normal";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                assigneeId?: string;
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                /** @description a date (local day in the organisation time zone) or a timestamp */
                dueFrom?: string;
                /** @description a date (local day in the organisation time zone) or a timestamp */
                dueTo?: string;
                limit?: number;
                status?: "open" | "done" | "accepted" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assigneeId: string;
                            assignerId: string | null;
                            completedAt: string | null;
                            completionNote: string | null;
                            createdAt: string;
                            description: string;
                            dueAt: string;
                            id: string;
                            reviewedAt: string | null;
                            reviewNote: string | null;
                            /** @description counts in the assigned_task score line */
                            scored: boolean;
                            /**
                             * @description duty: a checklist task generated from a role duty (R6)
                             * @enum {unknown}
                             */
                            source: "manual" | "duty";
                            /** @enum {unknown} */
                            status: "open" | "done" | "accepted" | "failed";
                            title: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId: string;
                    description: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 with offset
                     */
                    dueAt: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string;
                        assignerId: string | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        dueAt: string;
                        id: string;
                        reviewedAt: string | null;
                        reviewNote: string | null;
                        /** @description counts in the assigned_task score line */
                        scored: boolean;
                        /**
                         * @description duty: a checklist task generated from a role duty (R6)
                         * @enum {unknown}
                         */
                        source: "manual" | "duty";
                        /** @enum {unknown} */
                        status: "open" | "done" | "accepted" | "failed";
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string;
                        assignerId: string | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        dueAt: string;
                        id: string;
                        reviewedAt: string | null;
                        reviewNote: string | null;
                        /** @description counts in the assigned_task score line */
                        scored: boolean;
                        /**
                         * @description duty: a checklist task generated from a role duty (R6)
                         * @enum {unknown}
                         */
                        source: "manual" | "duty";
                        /** @enum {unknown} */
                        status: "open" | "done" | "accepted" | "failed";
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string;
                        assignerId: string | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        dueAt: string;
                        id: string;
                        reviewedAt: string | null;
                        reviewNote: string | null;
                        /** @description counts in the assigned_task score line */
                        scored: boolean;
                        /**
                         * @description duty: a checklist task generated from a role duty (R6)
                         * @enum {unknown}
                         */
                        source: "manual" | "duty";
                        /** @enum {unknown} */
                        status: "open" | "done" | "accepted" | "failed";
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    meetsRequirements: boolean;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeId: string;
                        assignerId: string | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        dueAt: string;
                        id: string;
                        reviewedAt: string | null;
                        reviewNote: string | null;
                        /** @description counts in the assigned_task score line */
                        scored: boolean;
                        /**
                         * @description duty: a checklist task generated from a role duty (R6)
                         * @enum {unknown}
                         */
                        source: "manual" | "duty";
                        /** @enum {unknown} */
                        status: "open" | "done" | "accepted" | "failed";
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            createdAt: string;
                            displayName: string;
                            id: string;
                            managerId: string | null;
                            permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                            region: string | null;
                            roleCode: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            startDate: string;
                            updatedAt: string;
                            username: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    displayName: string;
                    managerId?: string | null;
                    /** @description write only; at least 12 characters, not only spaces, not a common password (docs/security.md) */
                    password: string;
                    region?: string | null;
                    roleCode: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startDate?: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        displayName: string;
                        id: string;
                        managerId: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        region: string | null;
                        roleCode: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        displayName: string;
                        id: string;
                        managerId: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        region: string | null;
                        roleCode: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    displayName?: string;
                    managerId?: string | null;
                    /** @description write only; at least 12 characters, not only spaces, not a common password (docs/security.md) */
                    password?: string;
                    region?: string | null;
                    roleCode?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startDate?: string;
                    username?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        displayName: string;
                        id: string;
                        managerId: string | null;
                        permissions: ("roles.manage" | "users.manage" | "masterdata.manage" | "settings.manage" | "visits.log" | "visits.read_team" | "tasks.assign" | "promotions.apply" | "promotions.approve" | "promotions.approve_gm" | "returns.request" | "returns.approve" | "scores.manage" | "reports.read" | "apiclients.manage")[];
                        region: string | null;
                        roleCode: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        updatedAt: string;
                        username: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVisits: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description list items with their lines and photos (the full visit) */
                include?: "lines";
                limit?: number;
                repId?: string;
                storeId?: string;
                /** @description YYYY-MM-DD */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description UTC */
                            checkInAt: string;
                            checkOutAt: string | null;
                            competitorNotes: string | null;
                            createdAt: string;
                            distanceMeters: number | null;
                            geofence: {
                                distanceMeters: number | null;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            };
                            id: string;
                            issueDetails: {
                                code: string;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            }[];
                            /** @description outside_geofence */
                            issues: string[];
                            lineCount: number;
                            /** @description only with include=lines */
                            lines?: {
                                facings: number;
                                issueDetails: {
                                    code: string;
                                    /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                    explanation: string;
                                    /** @description the template key of the sentence */
                                    explanationKey: string;
                                    /** @description the facts the rule used, the template parameters of explanationKey */
                                    explanationParams: {
                                        [key: string]: string | number;
                                    };
                                }[];
                                /** @description R3 display issue codes */
                                issues: string[];
                                onPromo: boolean;
                                orderQty: number;
                                priceTagOk: boolean;
                                productId: string;
                                productionDate: string | null;
                                promoEnd: string | null;
                                promoStart: string | null;
                                promoType: string | null;
                                shelfLayer: string | null;
                                shelfPrice: number;
                                stockQty: number;
                                suggestedOrderQty: number | null;
                                /** @description R1 (1.5倍订量原则) with its inputs, the previous count it used and why */
                                suggestion: {
                                    /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                    explanation: string;
                                    /** @description the template key of the sentence */
                                    explanationKey: string;
                                    /** @description the facts the rule used, the template parameters of explanationKey */
                                    explanationParams: {
                                        [key: string]: string | number;
                                    };
                                    flags: string[];
                                    formula: string;
                                    inputs: {
                                        currentStock: number;
                                        factor: number;
                                        packSize: number;
                                        prevOrder: number | null;
                                        prevStock: number | null;
                                    };
                                    previousCheckInAt: string | null;
                                    previousVisitId: string | null;
                                    raw: number | null;
                                    reason: "no_history" | "computed";
                                    sold: number | null;
                                    suggested: number | null;
                                };
                            }[];
                            location: {
                                accuracy: number | null;
                                lat: number;
                                lng: number;
                            } | null;
                            photoCount: number;
                            /** @description only with include=lines */
                            photos?: {
                                contentType: string;
                                createdAt: string;
                                duplicateOfVisitId: string | null;
                                id: string;
                                /**
                                 * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                                 * @enum {unknown}
                                 */
                                kind: "shelf" | "signature";
                                sha256: string;
                                size: number;
                            }[];
                            promoterNotes: string | null;
                            /** @description 重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s */
                            relocations: {
                                accuracy: number | null;
                                /** @description UTC */
                                at: string;
                                distanceMeters: number | null;
                                lat: number;
                                lng: number;
                            }[];
                            repId: string;
                            repSuggestion: string | null;
                            /** @description the store’s signature, uploaded with kind=signature (the latest); null when none */
                            signature?: {
                                contentType: string;
                                createdAt: string;
                                duplicateOfVisitId: string | null;
                                id: string;
                                /**
                                 * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                                 * @enum {unknown}
                                 */
                                kind: "shelf" | "signature";
                                sha256: string;
                                size: number;
                            } | null;
                            signedBy: string | null;
                            storeId: string;
                            storeOpinion: string | null;
                            /** @description the check-in's date in the organisation's time zone */
                            visitDate: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVisit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601 with offset
                     */
                    checkInAt: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 with offset
                     */
                    checkOutAt?: string;
                    competitorNotes?: string;
                    /**
                     * Format: uuid
                     * @description a client-generated UUID (offline capture); compared in lower case
                     */
                    id?: string;
                    lines: {
                        facings: number;
                        onPromo?: boolean;
                        orderQty?: number;
                        priceTagOk: boolean;
                        productId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        productionDate?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        promoEnd?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        promoStart?: string;
                        promoType?: string;
                        shelfLayer?: string | number;
                        /** @description major units, at most 2 decimals */
                        shelfPrice: number;
                        stockQty: number;
                    }[];
                    /** @description the check-in's position: the geofence is computed from it alone */
                    location?: {
                        /** @description metres */
                        accuracy?: number;
                        lat: number;
                        lng: number;
                    };
                    promoterNotes?: string;
                    /** @description later fixes (重新定位), oldest first; stored as history, never used for the geofence; only with a location */
                    relocations?: {
                        /** @description metres */
                        accuracy?: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with offset
                         */
                        at: string;
                        lat: number;
                        lng: number;
                    }[];
                    repSuggestion?: string;
                    signedBy?: string;
                    storeId: string;
                    storeOpinion?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description UTC */
                        checkInAt: string;
                        checkOutAt: string | null;
                        competitorNotes: string | null;
                        createdAt: string;
                        distanceMeters: number | null;
                        geofence: {
                            distanceMeters: number | null;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        };
                        id: string;
                        issueDetails: {
                            code: string;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        }[];
                        /** @description outside_geofence */
                        issues: string[];
                        lines: {
                            facings: number;
                            issueDetails: {
                                code: string;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            }[];
                            /** @description R3 display issue codes */
                            issues: string[];
                            onPromo: boolean;
                            orderQty: number;
                            priceTagOk: boolean;
                            productId: string;
                            productionDate: string | null;
                            promoEnd: string | null;
                            promoStart: string | null;
                            promoType: string | null;
                            shelfLayer: string | null;
                            shelfPrice: number;
                            stockQty: number;
                            suggestedOrderQty: number | null;
                            /** @description R1 (1.5倍订量原则) with its inputs, the previous count it used and why */
                            suggestion: {
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                flags: string[];
                                formula: string;
                                inputs: {
                                    currentStock: number;
                                    factor: number;
                                    packSize: number;
                                    prevOrder: number | null;
                                    prevStock: number | null;
                                };
                                previousCheckInAt: string | null;
                                previousVisitId: string | null;
                                raw: number | null;
                                reason: "no_history" | "computed";
                                sold: number | null;
                                suggested: number | null;
                            };
                        }[];
                        location: {
                            accuracy: number | null;
                            lat: number;
                            lng: number;
                        } | null;
                        photos: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        }[];
                        promoterNotes: string | null;
                        /** @description 重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s */
                        relocations: {
                            accuracy: number | null;
                            /** @description UTC */
                            at: string;
                            distanceMeters: number | null;
                            lat: number;
                            lng: number;
                        }[];
                        repId: string;
                        repSuggestion: string | null;
                        /** @description the store’s signature, uploaded with kind=signature (the latest); null when none */
                        signature: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        } | null;
                        signedBy: string | null;
                        storeId: string;
                        storeOpinion: string | null;
                        /** @description the check-in's date in the organisation's time zone */
                        visitDate: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description UTC */
                        checkInAt: string;
                        checkOutAt: string | null;
                        competitorNotes: string | null;
                        createdAt: string;
                        distanceMeters: number | null;
                        geofence: {
                            distanceMeters: number | null;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        };
                        id: string;
                        issueDetails: {
                            code: string;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        }[];
                        /** @description outside_geofence */
                        issues: string[];
                        lines: {
                            facings: number;
                            issueDetails: {
                                code: string;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            }[];
                            /** @description R3 display issue codes */
                            issues: string[];
                            onPromo: boolean;
                            orderQty: number;
                            priceTagOk: boolean;
                            productId: string;
                            productionDate: string | null;
                            promoEnd: string | null;
                            promoStart: string | null;
                            promoType: string | null;
                            shelfLayer: string | null;
                            shelfPrice: number;
                            stockQty: number;
                            suggestedOrderQty: number | null;
                            /** @description R1 (1.5倍订量原则) with its inputs, the previous count it used and why */
                            suggestion: {
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                flags: string[];
                                formula: string;
                                inputs: {
                                    currentStock: number;
                                    factor: number;
                                    packSize: number;
                                    prevOrder: number | null;
                                    prevStock: number | null;
                                };
                                previousCheckInAt: string | null;
                                previousVisitId: string | null;
                                raw: number | null;
                                reason: "no_history" | "computed";
                                sold: number | null;
                                suggested: number | null;
                            };
                        }[];
                        location: {
                            accuracy: number | null;
                            lat: number;
                            lng: number;
                        } | null;
                        photos: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        }[];
                        promoterNotes: string | null;
                        /** @description 重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s */
                        relocations: {
                            accuracy: number | null;
                            /** @description UTC */
                            at: string;
                            distanceMeters: number | null;
                            lat: number;
                            lng: number;
                        }[];
                        repId: string;
                        repSuggestion: string | null;
                        /** @description the store’s signature, uploaded with kind=signature (the latest); null when none */
                        signature: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        } | null;
                        signedBy: string | null;
                        storeId: string;
                        storeOpinion: string | null;
                        /** @description the check-in's date in the organisation's time zone */
                        visitDate: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description UTC */
                        checkInAt: string;
                        checkOutAt: string | null;
                        competitorNotes: string | null;
                        createdAt: string;
                        distanceMeters: number | null;
                        geofence: {
                            distanceMeters: number | null;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        };
                        id: string;
                        issueDetails: {
                            code: string;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        }[];
                        /** @description outside_geofence */
                        issues: string[];
                        lines: {
                            facings: number;
                            issueDetails: {
                                code: string;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            }[];
                            /** @description R3 display issue codes */
                            issues: string[];
                            onPromo: boolean;
                            orderQty: number;
                            priceTagOk: boolean;
                            productId: string;
                            productionDate: string | null;
                            promoEnd: string | null;
                            promoStart: string | null;
                            promoType: string | null;
                            shelfLayer: string | null;
                            shelfPrice: number;
                            stockQty: number;
                            suggestedOrderQty: number | null;
                            /** @description R1 (1.5倍订量原则) with its inputs, the previous count it used and why */
                            suggestion: {
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                flags: string[];
                                formula: string;
                                inputs: {
                                    currentStock: number;
                                    factor: number;
                                    packSize: number;
                                    prevOrder: number | null;
                                    prevStock: number | null;
                                };
                                previousCheckInAt: string | null;
                                previousVisitId: string | null;
                                raw: number | null;
                                reason: "no_history" | "computed";
                                sold: number | null;
                                suggested: number | null;
                            };
                        }[];
                        location: {
                            accuracy: number | null;
                            lat: number;
                            lng: number;
                        } | null;
                        photos: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        }[];
                        promoterNotes: string | null;
                        /** @description 重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s */
                        relocations: {
                            accuracy: number | null;
                            /** @description UTC */
                            at: string;
                            distanceMeters: number | null;
                            lat: number;
                            lng: number;
                        }[];
                        repId: string;
                        repSuggestion: string | null;
                        /** @description the store’s signature, uploaded with kind=signature (the latest); null when none */
                        signature: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        } | null;
                        signedBy: string | null;
                        storeId: string;
                        storeOpinion: string | null;
                        /** @description the check-in's date in the organisation's time zone */
                        visitDate: string;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadVisitPhoto: {
        parameters: {
            query?: {
                /** @description signature: the store’s signature (not counted as a photo) */
                kind?: "shelf" | "signature";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentType: string;
                        createdAt: string;
                        duplicateOfVisitId: string | null;
                        id: string;
                        /**
                         * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                         * @enum {unknown}
                         */
                        kind: "shelf" | "signature";
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVisitPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the image bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description application/problem+json (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                    "image/png": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                    "image/webp": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description application/problem+json (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                    "image/png": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                    "image/webp": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description application/problem+json (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                    "image/png": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                    "image/webp": {
                        detail: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewVisit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description ISO 8601 with offset
                     */
                    checkInAt: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 with offset
                     */
                    checkOutAt?: string;
                    competitorNotes?: string;
                    /**
                     * Format: uuid
                     * @description a client-generated UUID (offline capture); compared in lower case
                     */
                    id?: string;
                    lines: {
                        facings: number;
                        onPromo?: boolean;
                        orderQty?: number;
                        priceTagOk: boolean;
                        productId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        productionDate?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        promoEnd?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        promoStart?: string;
                        promoType?: string;
                        shelfLayer?: string | number;
                        /** @description major units, at most 2 decimals */
                        shelfPrice: number;
                        stockQty: number;
                    }[];
                    /** @description the check-in's position: the geofence is computed from it alone */
                    location?: {
                        /** @description metres */
                        accuracy?: number;
                        lat: number;
                        lng: number;
                    };
                    promoterNotes?: string;
                    /** @description later fixes (重新定位), oldest first; stored as history, never used for the geofence; only with a location */
                    relocations?: {
                        /** @description metres */
                        accuracy?: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with offset
                         */
                        at: string;
                        lat: number;
                        lng: number;
                    }[];
                    repSuggestion?: string;
                    signedBy?: string;
                    storeId: string;
                    storeOpinion?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description UTC */
                        checkInAt: string;
                        checkOutAt: string | null;
                        competitorNotes: string | null;
                        createdAt: string | null;
                        distanceMeters: number | null;
                        geofence: {
                            distanceMeters: number | null;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        };
                        id: string | null;
                        issueDetails: {
                            code: string;
                            /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                            explanation: string;
                            /** @description the template key of the sentence */
                            explanationKey: string;
                            /** @description the facts the rule used, the template parameters of explanationKey */
                            explanationParams: {
                                [key: string]: string | number;
                            };
                        }[];
                        /** @description outside_geofence */
                        issues: string[];
                        lines: {
                            facings: number;
                            issueDetails: {
                                code: string;
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                            }[];
                            /** @description R3 display issue codes */
                            issues: string[];
                            onPromo: boolean;
                            orderQty: number;
                            priceTagOk: boolean;
                            productId: string;
                            productionDate: string | null;
                            promoEnd: string | null;
                            promoStart: string | null;
                            promoType: string | null;
                            shelfLayer: string | null;
                            shelfPrice: number;
                            stockQty: number;
                            suggestedOrderQty: number | null;
                            /** @description R1 (1.5倍订量原则) with its inputs, the previous count it used and why */
                            suggestion: {
                                /** @description why, as a sentence in the caller's language (Accept-Language; zh-CN by default) */
                                explanation: string;
                                /** @description the template key of the sentence */
                                explanationKey: string;
                                /** @description the facts the rule used, the template parameters of explanationKey */
                                explanationParams: {
                                    [key: string]: string | number;
                                };
                                flags: string[];
                                formula: string;
                                inputs: {
                                    currentStock: number;
                                    factor: number;
                                    packSize: number;
                                    prevOrder: number | null;
                                    prevStock: number | null;
                                };
                                previousCheckInAt: string | null;
                                previousVisitId: string | null;
                                raw: number | null;
                                reason: "no_history" | "computed";
                                sold: number | null;
                                suggested: number | null;
                            };
                        }[];
                        location: {
                            accuracy: number | null;
                            lat: number;
                            lng: number;
                        } | null;
                        photos: {
                            contentType: string;
                            createdAt: string;
                            duplicateOfVisitId: string | null;
                            id: string;
                            /**
                             * @description shelf: a shelf photo (counted in photoCount); signature: the store’s signature (the visit’s signature, never counted as a photo)
                             * @enum {unknown}
                             */
                            kind: "shelf" | "signature";
                            sha256: string;
                            size: number;
                        }[];
                        promoterNotes: string | null;
                        /** @description 重新定位 history, oldest first (empty when none); the check-in location and its geofence stay the visit’s */
                        relocations: {
                            accuracy: number | null;
                            /** @description UTC */
                            at: string;
                            distanceMeters: number | null;
                            lat: number;
                            lng: number;
                        }[];
                        repId: string;
                        repSuggestion: string | null;
                        signedBy: string | null;
                        storeId: string;
                        storeOpinion: string | null;
                        /** @description the check-in's date in the organisation's time zone */
                        visitDate: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            allowPrivateNetwork: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            events: string[];
                            id: string;
                            url: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description allow loopback, link-local and private addresses (default false) */
                    allowPrivateNetwork?: boolean;
                    events: ("visit.created" | "promotion.submitted" | "promotion.approved" | "promotion.rejected" | "promotion.completed" | "return.created" | "return.approved" | "return.executed" | "scorecard.finalized")[];
                    url: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowPrivateNetwork: boolean;
                        createdAt: string;
                        createdBy: string | null;
                        events: string[];
                        id: string;
                        secret: string;
                        url: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            createdAt: string;
                            event: string;
                            id: string;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            responseStatus: number | null;
                            status: "pending" | "succeeded" | "failed";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkLogs: {
        parameters: {
            query?: {
                /** @description the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400 */
                cursor?: string;
                limit?: number;
                /** @description YYYY-MM */
                month?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            content: string;
                            date: string;
                            /** @description the time of the latest write */
                            submittedAt: string;
                            userId: string;
                            /** @description a manager flagged it 填写含糊不清 */
                            vague: boolean;
                            vagueFlaggedAt: string | null;
                            vagueFlaggedBy: string | null;
                            vagueNote: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    writeWorkLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: string;
                        date: string;
                        /** @description the time of the latest write */
                        submittedAt: string;
                        userId: string;
                        /** @description a manager flagged it 填写含糊不清 */
                        vague: boolean;
                        vagueFlaggedAt: string | null;
                        vagueFlaggedBy: string | null;
                        vagueNote: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD */
                date: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: string;
                        date: string;
                        /** @description the time of the latest write */
                        submittedAt: string;
                        userId: string;
                        /** @description a manager flagged it 填写含糊不清 */
                        vague: boolean;
                        vagueFlaggedAt: string | null;
                        vagueFlaggedBy: string | null;
                        vagueNote: string | null;
                    };
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    flagWorkLogVague: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD */
                date: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: string;
                        date: string;
                        /** @description the time of the latest write */
                        submittedAt: string;
                        userId: string;
                        /** @description a manager flagged it 填写含糊不清 */
                        vague: boolean;
                        vagueFlaggedAt: string | null;
                        vagueFlaggedBy: string | null;
                        vagueNote: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but without the permission this needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (a duplicate, or a transition the state does not allow). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Idempotency-Key` was used before with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait for the seconds in `Retry-After`. */
            429: {
                headers: {
                    /** @description seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    onPromotionApproved: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "promotion.approved";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        /** @description the approver’s note, if any */
                        note?: string | null;
                        promotion: components["schemas"]["WebhookPromotion"];
                    };
                    /** @constant */
                    event: "promotion.approved";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPromotionCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "promotion.completed";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        note?: string | null;
                        promotion: components["schemas"]["WebhookPromotion"];
                    };
                    /** @constant */
                    event: "promotion.completed";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPromotionRejected: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "promotion.rejected";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        /** @description the reason for the rejection */
                        note?: string | null;
                        promotion: components["schemas"]["WebhookPromotion"];
                    };
                    /** @constant */
                    event: "promotion.rejected";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPromotionSubmitted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "promotion.submitted";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        /** @description the note given with the transition, if any */
                        note?: string | null;
                        promotion: components["schemas"]["WebhookPromotion"];
                    };
                    /** @constant */
                    event: "promotion.submitted";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onReturnApproved: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "return.approved";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        /**
                         * @description present when the return standard approved the request at once (R2), with no approver
                         * @constant
                         */
                        approvedBy?: "standard";
                        return: components["schemas"]["WebhookReturn"];
                    };
                    /** @constant */
                    event: "return.approved";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onReturnCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "return.created";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        return: components["schemas"]["WebhookReturn"];
                    };
                    /** @constant */
                    event: "return.created";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onReturnExecuted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "return.executed";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        return: components["schemas"]["WebhookReturn"];
                    };
                    /** @constant */
                    event: "return.executed";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onScorecardFinalized: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "scorecard.finalized";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        scorecard: components["schemas"]["WebhookScorecard"];
                    };
                    /** @constant */
                    event: "scorecard.finalized";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onVisitCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once. */
                "Fieldbeat-Delivery": string;
                /** @description The event name, the same as the body’s `event`. */
                "Fieldbeat-Event": "visit.created";
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).
                 * @example t=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Fieldbeat-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description when the event happened
                     */
                    createdAt: string;
                    data: {
                        /** @description who caused the event (a user or API client id); null for the system */
                        actorId: string | null;
                        visit: components["schemas"]["WebhookVisit"];
                    };
                    /** @constant */
                    event: "visit.created";
                    /** @description the delivery id (also in `Fieldbeat-Delivery`) */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Received: the delivery is done. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (for example a signature that does not verify): retried like any answer other than 2xx. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed: retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
