/**
 * Generated from openapi/openapi.json by `npm run gen:api`. Do not edit by hand.
 */

export interface paths {
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Api Clients
         * @description List the organisation's machine clients (never their secrets).
         */
        get: operations["listApiClients"];
        put?: never;
        /**
         * Create Api Client
         * @description Create a machine client; its token is returned once and stored hashed.
         */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{client_id}": {
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
         * Revoke Api Client
         * @description Revoke a machine client; its token stops working at once.
         */
        delete: operations["revokeApiClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Audit Events
         * @description The organisation's audit log (who, what, which object, when), newest first.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discover
         * @description How this e-mail signs in: password, or its organisation's provider (decided by the
         *     e-mail's domain, so the answer never tells whether the e-mail exists).
         */
        post: operations["discoverSignIn"];
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
        /**
         * Login
         * @description Sign in with email and password (and a TOTP code when enabled).
         */
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
        /**
         * Logout
         * @description Sign out of this browser: the refresh token's whole family is revoked.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout All
         * @description Sign out everywhere: every access and refresh token of the person stops working.
         */
        post: operations["logoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Password Reset
         * @description Send a reset link if an account has this address; the answer never tells.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Password Reset
         * @description Choose a new password with an e-mailed link; every session of the account ends.
         */
        post: operations["confirmPasswordReset"];
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
        /**
         * Refresh
         * @description Exchange the refresh cookie for a new access token; the refresh token rotates.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/backchannel-logout/{configuration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Backchannel Logout
         * @description The provider ends a session: the matching Constel sign-ins are revoked at once
         *     (OpenID Connect Back-Channel Logout 1.0).
         */
        post: operations["backchannelLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Callback
         * @description The provider sends the browser back here; the session starts as after a password.
         */
        get: operations["finishSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/jwks/{configuration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Client Keys
         * @description The public key Constel signs its client assertions with (private_key_jwt).
         */
        get: operations["getSsoClientKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Sign out of this browser and, after single sign-on, where to end the provider's
         *     session too (RP-initiated logout).
         */
        post: operations["logoutWithProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start
         * @description Send the browser to its organisation's provider (Authorization Code with PKCE).
         */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar Feed
         * @description Whether I have a calendar subscription URL (never the URL itself).
         */
        get: operations["getCalendarFeed"];
        put?: never;
        /**
         * Create Calendar Feed
         * @description A new secret subscription URL for my séances; the previous one stops working.
         */
        post: operations["createCalendarFeed"];
        /**
         * Revoke Calendar Feed
         * @description Revoke my subscription URL.
         */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/sessions.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar Ics
         * @description My séances as iCalendar; the secret ``key`` is the only credential.
         */
        get: operations["getCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Imports
         * @description Past imports of the organisation, newest first: who, when and what changed.
         */
        get: operations["listDirectoryImports"];
        put?: never;
        /**
         * Import Csv
         * @description Import the directory from CSV: a dry run returns the diff; applying is all or nothing.
         */
        post: operations["importDirectoryCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List People
         * @description List the organisation's people, filtered by text, unit (and sub-units), site and status.
         */
        get: operations["listDirectoryPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/people/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Person
         * @description One person of the directory with their unit, management chain and reports count.
         */
        get: operations["getDirectoryPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Units
         * @description The organisation's unit tree (flat, parents first by name) with active head counts.
         */
        get: operations["listDirectoryUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpis.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Csv
         * @description KPIs as CSV for French Excel (UTF-8 BOM, ';'); audited; streamed.
         */
        get: operations["exportKpisCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpis.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Xlsx
         * @description KPIs as an Excel workbook; audited; streamed from a temporary file.
         */
        get: operations["exportKpisXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gdpr/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Erasure Requests
         * @description Erasure requests of the organisation, newest first.
         */
        get: operations["listErasureRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gdpr/erasure-requests/{request_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute Erasure Request
         * @description Erase the requester: pseudonymised, signed out for good, their vault content gone.
         */
        post: operations["executeErasureRequest"];
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
        /**
         * Me
         * @description The signed-in person, their roles and their organisation's support contact.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export My Data
         * @description Everything held about me, machine-readable; encrypted content as stored ciphertext.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/erasure-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request My Erasure
         * @description Ask for erasure of my account and data; an organisation admin executes it.
         */
        post: operations["requestMyErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Preferences
         * @description My language for e-mails, reminders on or off, immediate or daily digest.
         */
        get: operations["getNotificationPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Preferences
         * @description Change my notification preferences.
         */
        patch: operations["updateNotificationPreferences"];
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Notifications
         * @description My latest notifications and how many are unread.
         */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read One
         * @description Mark one notification of mine as read.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read All
         * @description Mark every notification of mine as read.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Password
         * @description Change the sign-in password; other sessions end, this one gets fresh tokens.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Totp Disable
         * @description Turn two-factor sign-in off with a fresh TOTP code or an unused recovery code.
         */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Totp Enable
         * @description Turn two-factor sign-in on with a code from the app; answers the recovery codes.
         */
        post: operations["enableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate Recovery Codes
         * @description Ten new recovery codes for a fresh TOTP code; the previous ones stop working.
         */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Totp Setup
         * @description Create a TOTP secret to scan; it becomes active once a code is confirmed.
         */
        post: operations["startTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Mentorships
         * @description My mentorships, as mentor or mentee, newest first.
         */
        get: operations["listMyMentorships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Mentorship
         * @description One of my mentorships: status, consents, signatures, first meeting, ending.
         */
        get: operations["getMentorship"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Mentorship
         * @description Accept the proposed pairing; active once both accepted and signed the charter.
         */
        post: operations["acceptMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Action Items
         * @description The pair's action plan, optionally for one séance or status.
         */
        get: operations["listActionItems"];
        put?: never;
        /**
         * Create Action Item
         * @description Add an action item; its content is a vault record about it.
         */
        post: operations["createActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/action-items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Action Item
         * @description One action item of the pair.
         */
        get: operations["getActionItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Action Item
         * @description Change owner, due date, séance or status (open/done).
         */
        patch: operations["updateActionItem"];
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/charter-signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign Mentorship Charter
         * @description Sign the program's current charter version (an older version is refused).
         */
        post: operations["signMentorshipCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete Mentorship
         * @description Complete: at the program's end, or ask and then agree (both sides).
         */
        post: operations["completeMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Feedback
         * @description Feedback given in the pair; the text of each is a vault record about it.
         */
        get: operations["listFeedback"];
        put?: never;
        /**
         * Give Feedback
         * @description Give feedback (ongoing, or closing after completion) with an optional score.
         */
        post: operations["giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/feedback/{feedback_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Feedback
         * @description One feedback of the pair.
         */
        get: operations["getFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/first-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm First Meeting
         * @description Mentor: the mentee wants to be accompanied and knows the process and the charter.
         */
        post: operations["confirmFirstMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/introductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Introductions
         * @description The pair's introductions, oldest first.
         */
        get: operations["listIntroductions"];
        put?: never;
        /**
         * Propose Introduction
         * @description Mentor: propose a contact; the details are a vault record about it.
         */
        post: operations["proposeIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/introductions/{introduction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Introduction
         * @description One introduction of the pair.
         */
        get: operations["getIntroduction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Introduction Status
         * @description Mentee accepts a proposed introduction; either marks an accepted one done.
         */
        patch: operations["updateIntroductionStatus"];
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Objectives
         * @description The pair's objectives, oldest first.
         */
        get: operations["listObjectives"];
        put?: never;
        /**
         * Create Objective
         * @description Define an objective; write its wording as a vault record about it.
         */
        post: operations["createObjective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/objectives/{objective_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Objective
         * @description One objective of the pair.
         */
        get: operations["getObjective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Objective Status
         * @description Move an objective on: in progress, achieved or abandoned.
         */
        patch: operations["updateObjectiveStatus"];
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse Mentorship
         * @description Refuse the proposed pairing; no reason is asked.
         */
        post: operations["refuseMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/replacement/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline Replacement
         * @description Mentee: decline a replacement mentor; the withdrawal becomes final.
         */
        post: operations["declineReplacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Mentoring Sessions
         * @description The pair's séances, by start date.
         */
        get: operations["listMentoringSessions"];
        put?: never;
        /**
         * Schedule Mentoring Session
         * @description Schedule a séance; its place or link is a vault record about it.
         */
        post: operations["scheduleMentoringSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Mentoring Session
         * @description One séance of the pair.
         */
        get: operations["getMentoringSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Reschedule Mentoring Session
         * @description Move a scheduled séance, or change its length or mode.
         */
        patch: operations["rescheduleMentoringSession"];
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/sessions/{session_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Mentoring Session
         * @description Cancel a scheduled séance; who cancelled is recorded.
         */
        post: operations["cancelMentoringSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/sessions/{session_id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Mentoring Session Held
         * @description Mark a séance held (only after the mentor confirmed the first meeting).
         */
        post: operations["markMentoringSessionHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/sessions/{session_id}/missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Mentoring Session Missed
         * @description Mark a séance missed, saying who was absent.
         */
        post: operations["markMentoringSessionMissed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Mentorship Transitions
         * @description Every change of the mentorship: what, who (side) and when.
         */
        get: operations["listMentorshipTransitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentorships/{mentorship_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw From Mentorship
         * @description Right of withdrawal: end the mentorship with a reason category.
         */
        post: operations["withdrawFromMentorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisation Metrics
         * @description Organisation-wide pilotage figures (all programs, or one) by unit and period.
         */
        get: operations["getOrganisationMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsubscribe
         * @description RFC 8058 one-click unsubscribe from reminders (mandatory messages stay).
         */
        post: operations["unsubscribeReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs
         * @description Jobs in the queue; ``failed`` are the dead letters, kept after their last retry.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/mail-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mail Deliveries
         * @description Per-message delivery status across organisations; never a body or an address.
         */
        get: operations["listMailDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get My Organisation
         * @description The settings of the admin's own organisation.
         */
        get: operations["getMyOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update My Organisation
         * @description Change the organisation's settings (support contact, TOTP policy, thresholds).
         */
        patch: operations["updateMyOrganisation"];
        trace?: never;
    };
    "/api/v1/organisation/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Configuration
         * @description The organisation's identity provider settings (the secret is never returned).
         */
        get: operations["getSsoConfiguration"];
        /**
         * Put Configuration
         * @description Set the organisation's identity provider; omit the secret to keep the stored one.
         */
        put: operations["putSsoConfiguration"];
        post?: never;
        /**
         * Delete Configuration
         * @description Remove single sign-on: everyone signs in with their password again.
         */
        delete: operations["deleteSsoConfiguration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/sso/signing-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate Signing Key
         * @description A new key pair for private_key_jwt; register its public key at the provider.
         */
        post: operations["rotateSsoSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Organisation
         * @description Create an organisation (tenant) and its first admin, e-mailed a set-password link.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pair_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Messages
         * @description What happened after the cursor ``after``: new messages, edits and deletions.
         */
        get: operations["listPairMessages"];
        put?: never;
        /**
         * Send Message
         * @description Send a message (a reply with ``parent_id``); 409 ``conversation_closed`` once the
         *     mentorship ended, 413 ``message_too_large`` above 64 KiB of text.
         */
        post: operations["sendPairMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pair_id}/messages/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Edit Message
         * @description The author's next version, within 15 minutes (409 ``edit_window_closed``).
         */
        put: operations["editPairMessage"];
        post?: never;
        /**
         * Delete Message
         * @description The author deletes a message: its ciphertext goes, a tombstone stays.
         */
        delete: operations["deletePairMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairs/{pair_id}/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Read State
         * @description My read position and how many messages of my partner I have not read.
         */
        get: operations["getPairMessagesReadState"];
        /**
         * Set Read State
         * @description I have read up to message ``seq`` (the position never moves back).
         */
        put: operations["setPairMessagesReadState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Programs
         * @description Programs the caller runs: all of the organisation for admins, assigned ones for managers.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Create Program
         * @description Create a program as a draft.
         */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Program
         * @description A program's full configuration, for its admins.
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Program
         * @description Change a program's configuration (not once closed).
         */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/api/v1/programs/{program_id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transition Program
         * @description Move the program along its lifecycle; a refusal lists what is missing.
         */
        post: operations["transitionProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/charter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Charter
         * @description The charter to sign, and whether I have signed this version.
         */
        get: operations["getProgramCharter"];
        /**
         * Update Charter
         * @description Edit the charter; once enrolment has opened, this publishes a new version to sign.
         */
        put: operations["updateProgramCharter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/charter/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign Charter
         * @description Sign the current charter version (participants only).
         */
        post: operations["signProgramCharter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/charter/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Versions
         * @description Every charter version and how many people signed it.
         */
        get: operations["listProgramCharterVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate Program
         * @description Start a new draft from this program's configuration (participants are not copied).
         */
        post: operations["duplicateProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Events
         * @description All events of the program.
         */
        get: operations["listProgramEvents"];
        put?: never;
        /**
         * Create Event
         * @description Plan a training, kick-off or group meeting.
         */
        post: operations["createProgramEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Event
         * @description One event.
         */
        get: operations["getProgramEvent"];
        put?: never;
        post?: never;
        /**
         * Delete Event
         * @description Cancel an event (its invitations and attendance go with it).
         */
        delete: operations["deleteProgramEvent"];
        options?: never;
        head?: never;
        /**
         * Update Event
         * @description Change an event.
         */
        patch: operations["updateProgramEvent"];
        trace?: never;
    };
    "/api/v1/programs/{program_id}/events/{event_id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Attendance
         * @description Who was invited and who attended.
         */
        get: operations["listProgramEventAttendance"];
        /**
         * Record Attendance
         * @description Record present, absent or excused for invited people.
         */
        put: operations["recordProgramEventAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/events/{event_id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite
         * @description Invite participants, listed or by role.
         */
        post: operations["inviteToProgramEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/events/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Events
         * @description The program events I am invited to, with my recorded attendance.
         */
        get: operations["listMyProgramEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Managers
         * @description The program managers assigned to the program.
         */
        get: operations["getProgramManagers"];
        /**
         * Set Managers
         * @description Assign the program's managers (org admins only).
         */
        put: operations["setProgramManagers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check Matching Pair
         * @description Hard-constraint check of one pair (management chain, unit, history, capacity...).
         */
        get: operations["checkMatchingPair"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Matching Exclusions
         * @description Pairs ruled out of this program by its admins.
         */
        get: operations["listMatchingExclusions"];
        put?: never;
        /**
         * Create Matching Exclusion
         * @description Rule a pair out of every future run (removes it from the current draft).
         */
        post: operations["createMatchingExclusion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/exclusions/{exclusion_id}": {
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
         * Delete Matching Exclusion
         * @description Allow the pair again from the next run.
         */
        delete: operations["deleteMatchingExclusion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/rematches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Pending Rematches
         * @description Mentees whose mentor withdrew and who wait, with priority, for a new mentor.
         */
        get: operations["listPendingRematches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Mentor
         * @description Mentee-choice mode: ask one of my suggested mentors; they accept or refuse.
         */
        post: operations["requestMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Matching Runs
         * @description The program's matching runs, newest first.
         */
        get: operations["listMatchingRuns"];
        put?: never;
        /**
         * Create Matching Run
         * @description Run (or re-run) the matching: a new draft, keeping pinned pairs and exclusions.
         */
        post: operations["createMatchingRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Matching Run
         * @description A run's proposals with their breakdown, and unmatched mentees with the reason.
         */
        get: operations["getMatchingRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Manual Pair
         * @description Add a pair by hand (pinned); a conflicting pair needs a written override reason.
         */
        post: operations["addManualPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals/{proposal_id}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exclude Proposal
         * @description Rule this pair out of the program; the mentee waits for the next run.
         */
        post: operations["excludeProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals/{proposal_id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pin Proposal
         * @description Keep this pair in every re-run.
         */
        post: operations["pinProposal"];
        /**
         * Unpin Proposal
         * @description Let the next re-run change this pair.
         */
        delete: operations["unpinProposal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs/{run_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Matching Run
         * @description Send every proposal to both sides as a proposed mentorship.
         */
        post: operations["publishMatchingRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/runs/{run_id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap Proposals
         * @description Exchange the mentors of two proposals (both pinned afterwards).
         */
        post: operations["swapProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Matching Settings
         * @description Directory attributes the program scores on, and the mentee-choice list length.
         */
        get: operations["getMatchingSettings"];
        /**
         * Update Matching Settings
         * @description Replace the matching settings (questionnaire weights are set on the questions).
         */
        put: operations["updateMatchingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/matching/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Mentor Suggestions
         * @description Mentee-choice mode: my best allowed mentors, with why they fit.
         */
        get: operations["listMyMentorSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Program Metrics
         * @description A program's pilotage figures by unit and period; small groups are suppressed.
         */
        get: operations["getProgramMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pair Follow Up
         * @description Per-pair follow-up for the program's admins: metadata only, audited on every read.
         */
        get: operations["listProgramPairFollowUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Participants
         * @description The program's participants, with their answers and charter signature.
         */
        get: operations["listParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/{participant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Participant
         * @description One participant, with their answers.
         */
        get: operations["getParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Participant
         * @description Set a mentor's capacity override or the re-matching priority flag.
         */
        patch: operations["updateParticipant"];
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/{participant_id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate Participant
         * @description Check the criteria again after they or the directory changed.
         */
        post: operations["evaluateParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite
         * @description Invite people one by one or a whole unit (sub-units included by default).
         */
        post: operations["inviteParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/invitations/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite Csv
         * @description Invite the people listed by email in a CSV file.
         */
        post: operations["inviteParticipantsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Me
         * @description My participation: state, reasons if ineligible, answers, charter signature.
         */
        get: operations["getMyParticipation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/me/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept
         * @description Accept my invitation; the criteria are checked now.
         */
        post: operations["acceptProgramInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/me/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Answers
         * @description Replace my questionnaire answers (profile data visible to the program's admins).
         */
        put: operations["updateMyAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/me/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply
         * @description Apply as mentor or mentee while enrolment is open; the criteria are checked now.
         */
        post: operations["applyToProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/me/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline
         * @description Decline my invitation, without giving a reason; it will not be sent again.
         */
        post: operations["declineProgramInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/participants/me/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw
         * @description Leave the program before being matched.
         */
        post: operations["withdrawFromProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Questionnaire
         * @description The questionnaire; answers are profile data the program's admins can read.
         */
        get: operations["getProgramQuestionnaire"];
        /**
         * Replace Questionnaire
         * @description Replace the questionnaire (until someone answers or the program starts).
         */
        put: operations["replaceProgramQuestionnaire"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{program_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Program Summary
         * @description A program as participants see it: description, format, my participation.
         */
        get: operations["getProgramSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Programs
         * @description Programs I take part in, or may join now (enrolment open and I meet the criteria).
         */
        get: operations["listMyPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/bundles/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bundle
         * @description A public bundle of yourself or of someone you share or shared a mentorship with.
         */
        get: operations["getVaultBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/files/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get File
         * @description Upload progress: which chunks the server holds (to resume), and whether it is complete.
         */
        get: operations["getVaultFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/files/{record_id}/chunks/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Chunk
         * @description Upload secretstream chunk ``index`` of a ``resource_file`` record (same index replaces).
         */
        put: operations["putVaultFileChunk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/files/{record_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download File
         * @description The encrypted stream, chunk after chunk, straight from the database.
         */
        get: operations["downloadVaultFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/files/{record_id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize File
         * @description Close the upload: chunks ``0..chunk_count-1`` present, only the last one short.
         */
        post: operations["finalizeVaultFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get My Vault
         * @description Your wrapped keys, Argon2 parameters and current public bundle (only you read them).
         */
        get: operations["getMyVault"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/me/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish Identity
         * @description Publish your next key version (first identity, rotation or reset) with its wraps.
         */
        post: operations["publishVaultIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/me/key-material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Key Material
         * @description Store a new passphrase or recovery wrap of your account key (same key version).
         */
        put: operations["updateVaultKeyMaterial"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/me/keyring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get My Keyring
         * @description Your sealed keyring (pins, verification, highest epochs); 404 ``keyring_not_found``.
         */
        get: operations["getMyVaultKeyring"];
        /**
         * Put My Keyring
         * @description Store your keyring's next version; 409 ``stale_keyring`` unless it is stored + 1.
         */
        put: operations["putMyVaultKeyring"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/pairs/{pair_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Pair
         * @description The pair's current epoch and current members with their key versions.
         */
        get: operations["getVaultPair"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/pairs/{pair_id}/envelopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Envelopes
         * @description Your envelopes of this pair, every epoch and key version.
         */
        get: operations["listMyVaultEnvelopes"];
        put?: never;
        /**
         * Add Envelopes
         * @description Wrap existing epochs for a member's new key.
         */
        post: operations["addVaultEnvelopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/pairs/{pair_id}/epochs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Epoch
         * @description Start epoch 1, or rotate to the next epoch, with an envelope per current member.
         */
        post: operations["createVaultEpoch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Records
         * @description Records of a pair you belong to, oldest first, filtered by type, parent or subject.
         */
        get: operations["listVaultRecords"];
        put?: never;
        /**
         * Create Record
         * @description Store a new encrypted record (version 1) written by you.
         */
        post: operations["createVaultRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/records/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Record
         * @description One record (a tombstone has no fields).
         */
        get: operations["getVaultRecord"];
        /**
         * Update Record
         * @description Store the next version; 409 ``stale_version`` if someone saved first.
         */
        put: operations["updateVaultRecord"];
        post?: never;
        /**
         * Delete Record
         * @description Delete your record: its ciphertext goes, a tombstone stays.
         */
        delete: operations["deleteVaultRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vault/records/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Records
         * @description Store several new records in one transaction (all or none), e.g. an offline backlog.
         */
        post: operations["createVaultRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description Liveness: the process is up (no dependency is checked).
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readyz
         * @description Readiness: the database answers; load balancers send traffic only then.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Absence
         * @enum {string}
         */
        Absence: "mentor" | "mentee" | "both";
        /** AcceptInvitationRequest */
        AcceptInvitationRequest: {
            /**
             * Answers
             * @description Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers?: {
                [key: string]: unknown;
            } | null;
        };
        /** ActionItemCreate */
        ActionItemCreate: {
            /** Due On */
            due_on?: string | null;
            owner: components["schemas"]["PairSide"];
            /**
             * Session Id
             * @description A séance of this pair.
             */
            session_id?: string | null;
        };
        /** ActionItemRead */
        ActionItemRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Done At */
            done_at: string | null;
            /** Due On */
            due_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Mentorship Id
             * Format: uuid
             */
            mentorship_id: string;
            owner: components["schemas"]["PairSide"];
            /** Session Id */
            session_id: string | null;
            status: components["schemas"]["ActionItemStatus"];
            /** Version */
            version: number;
        };
        /**
         * ActionItemStatus
         * @enum {string}
         */
        ActionItemStatus: "open" | "done";
        /**
         * ActionItemUpdate
         * @description Partial: only the fields sent change (send null to clear due_on or session_id).
         */
        ActionItemUpdate: {
            /** Due On */
            due_on?: string | null;
            owner?: components["schemas"]["PairSide"] | null;
            /** Session Id */
            session_id?: string | null;
            status?: components["schemas"]["ActionItemStatus"] | null;
            /**
             * Version
             * @description The version you edited; 409 if it changed.
             */
            version: number;
        };
        /**
         * AllowListRule
         * @description These people are eligible even when another rule excludes them.
         */
        AllowListRule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "allow_list";
            /** Person Ids */
            person_ids: string[];
        };
        /** AnswersUpdate */
        AnswersUpdate: {
            /**
             * Answers
             * @description Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers: {
                [key: string]: unknown;
            };
        };
        /** ApiClientCreate */
        ApiClientCreate: {
            /**
             * Expires At
             * @description When the token stops working; never when absent.
             */
            expires_at?: string | null;
            /** Name */
            name: string;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
        };
        /** ApiClientCreated */
        ApiClientCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Last Used At
             * @description Last authenticated request, to the minute (None: never used).
             */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
            /**
             * Token
             * @description Shown once; only its hash is stored.
             */
            token: string;
        };
        /** ApiClientRead */
        ApiClientRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Last Used At
             * @description Last authenticated request, to the minute (None: never used).
             */
            last_used_at: string | null;
            /** Name */
            name: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Scopes */
            scopes: string[];
        };
        /** ApplyRequest */
        ApplyRequest: {
            /**
             * Answers
             * @description Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers?: {
                [key: string]: unknown;
            } | null;
            role: components["schemas"]["ParticipantRole"];
        };
        /** AttendanceEntry */
        AttendanceEntry: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            status: components["schemas"]["AttendanceStatus"];
        };
        /** AttendanceRead */
        AttendanceRead: {
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Invited At
             * Format: date-time
             */
            invited_at: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Recorded At */
            recorded_at: string | null;
            status: components["schemas"]["AttendanceStatus"] | null;
        };
        /**
         * AttendanceStatus
         * @enum {string}
         */
        AttendanceStatus: "present" | "absent" | "excused";
        /** AttendanceUpdate */
        AttendanceUpdate: {
            /** Entries */
            entries: components["schemas"]["AttendanceEntry"][];
        };
        /** AttributeWeight */
        AttributeWeight: {
            /**
             * Attribute
             * @description languages: a language in common; site: same site or remote; seniority: mentor's years exceed the mentee's by min_gap; unit: different units preferred.
             * @enum {string}
             */
            attribute: "languages" | "site" | "seniority" | "unit";
            /**
             * Min Gap
             * @description Seniority only: years wanted between them.
             */
            min_gap?: number | null;
            /** Weight */
            weight: number;
        };
        /** AttributeWeightRead */
        AttributeWeightRead: {
            /**
             * Attribute
             * @enum {string}
             */
            attribute: "languages" | "site" | "seniority" | "unit";
            /** Min Gap */
            min_gap?: number | null;
            /** Weight */
            weight: number;
        };
        /**
         * AuditEventRead
         * @description Who did what to which object, when: never the content, nor the details.
         */
        AuditEventRead: {
            /** Action */
            action: string;
            /** Actor Client Id */
            actor_client_id: string | null;
            /** Actor Person Id */
            actor_person_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Request Id */
            request_id: string | null;
            /** Target Id */
            target_id: string | null;
            /** Target Type */
            target_type: string | null;
        };
        /** Body_backchannelLogout */
        Body_backchannelLogout: {
            /** Logout Token */
            logout_token: string;
        };
        /**
         * BreakdownItem
         * @description One criterion's share of a pair's 0–100 score, e.g. "3 of 4 goals covered".
         */
        BreakdownItem: {
            /**
             * Code
             * @description Message key (the words below render it).
             */
            code: string;
            /** Criterion */
            criterion: string;
            /** Max Points */
            max_points: number;
            /** Params */
            params: {
                [key: string]: unknown;
            };
            /** Points */
            points: number;
            text: components["schemas"]["Words"];
            /**
             * Value
             * @description The rule's value for this pair, 0 to 1.
             */
            value: number;
        };
        /** BundleRead */
        BundleRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Ed Pk
             * Format: byte
             * @description standard base64
             */
            ed_pk: string;
            /** Key Version */
            key_version: number;
            /** Prev Sig */
            prev_sig: string | null;
            /**
             * Self Sig
             * Format: byte
             * @description standard base64
             */
            self_sig: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /**
             * X Pk
             * Format: byte
             * @description standard base64
             */
            x_pk: string;
        };
        /** BundleWrite */
        BundleWrite: {
            /**
             * Ed Pk
             * Format: byte
             * @description standard base64
             */
            ed_pk: string;
            /** Key Version */
            key_version: number;
            /** Prev Sig */
            prev_sig?: string | null;
            /**
             * Self Sig
             * Format: byte
             * @description standard base64
             */
            self_sig: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /**
             * X Pk
             * Format: byte
             * @description standard base64
             */
            x_pk: string;
        };
        /** CalendarFeedCreated */
        CalendarFeedCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Url
             * @description Secret subscription URL, shown once; revoke it to stop it.
             */
            url: string;
        };
        /** CalendarFeedRead */
        CalendarFeedRead: {
            /** Active */
            active: boolean;
            /** Created At */
            created_at: string | null;
            /** Last Fetched At */
            last_fetched_at: string | null;
        };
        /**
         * CharterRead
         * @description The charter participants sign; ``signed`` tells whether I signed this version.
         */
        CharterRead: {
            /** Body Markdown */
            body_markdown: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Published At */
            published_at: string | null;
            /** Signed */
            signed: boolean;
            /** Signed At */
            signed_at: string | null;
            /** Version */
            version: number;
        };
        /** CharterSign */
        CharterSign: {
            /**
             * Charter Version
             * @description The charter version you read and sign.
             */
            charter_version: number;
            /**
             * Version
             * @description The version you acted on; 409 stale_version if it changed.
             */
            version?: number | null;
        };
        /** CharterSignatureRead */
        CharterSignatureRead: {
            /**
             * Signed At
             * Format: date-time
             */
            signed_at: string;
            /** Version */
            version: number;
        };
        /** CharterSignRequest */
        CharterSignRequest: {
            /**
             * Version
             * @description The version the person read; it must be current.
             */
            version: number;
        };
        /** CharterState */
        CharterState: {
            /** Current Version */
            current_version: number | null;
            /** Mentee Signed */
            mentee_signed: boolean;
            /** Mentor Signed */
            mentor_signed: boolean;
        };
        /** CharterUpdate */
        CharterUpdate: {
            /** Body Markdown */
            body_markdown: string;
        };
        /** CharterVersionRead */
        CharterVersionRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Published At */
            published_at: string | null;
            /** Signature Count */
            signature_count: number;
            /** Version */
            version: number;
        };
        /** PersonBrief */
        constel_api__matching__schemas__PersonBrief: {
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title?: string | null;
            /** Site */
            site?: string | null;
            /** Unit Id */
            unit_id?: string | null;
        };
        /** ReasonRead */
        constel_api__matching__schemas__ReasonRead: {
            /**
             * Code
             * @description hierarchy, same_unit, refused_before, excluded, ineligible_mentee, ineligible_mentor, declined, no_capacity
             */
            code: string;
            /** Overridable */
            overridable: boolean;
            text: components["schemas"]["Words"];
        };
        /** ReasonRead */
        constel_api__programs__schemas__ReasonRead: {
            /** Code */
            code: string;
            /** Params */
            params?: {
                [key: string]: unknown;
            };
        };
        /** PersonBrief */
        constel_api__programs__schemas_enrolment__PersonBrief: {
            /** Email */
            email: string;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title: string | null;
            /** Site */
            site: string | null;
            /** Unit Id */
            unit_id: string | null;
        };
        /**
         * DataExport
         * @description Everything the platform holds about the signed-in person (streamed as one document).
         */
        DataExport: {
            /** Audit Events */
            audit_events: components["schemas"]["ExportAuditEvent"][];
            /** Calendar Feeds */
            calendar_feeds: components["schemas"]["ExportCalendarFeed"][];
            /** Charter Signatures */
            charter_signatures: components["schemas"]["ExportCharterSignature"][];
            directory_profile: components["schemas"]["ExportDirectoryProfile"] | null;
            /** Erasure Requests */
            erasure_requests: components["schemas"]["ExportErasureRequest"][];
            /** Event Attendances */
            event_attendances: components["schemas"]["ExportAttendance"][];
            /**
             * Format
             * @default constel-data-export/1
             */
            format: string;
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
            /** Managed Program Ids */
            managed_program_ids: string[];
            /** Matching Proposals */
            matching_proposals: components["schemas"]["ExportMatchingProposal"][];
            /** Mentorships */
            mentorships: components["schemas"]["ExportMentorship"][];
            organisation: components["schemas"]["ExportOrganisation"];
            /** Participations */
            participations: components["schemas"]["ExportParticipation"][];
            profile: components["schemas"]["ExportProfile"];
            /** Records */
            records: components["schemas"]["ExportRecord"][];
            vault: components["schemas"]["ExportVault"];
        };
        /**
         * DenyListRule
         * @description These people are never eligible.
         */
        DenyListRule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "deny_list";
            /** Person Ids */
            person_ids: string[];
        };
        /** DirectoryPersonDetail */
        DirectoryPersonDetail: {
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Direct Reports */
            direct_reports: number;
            /** Email */
            email: string;
            /** Employee Number */
            employee_number: string | null;
            /** External Id */
            external_id: string | null;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /** Hired On */
            hired_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title: string | null;
            /** Languages */
            languages: string[];
            /**
             * Management Chain
             * @description Managers from the direct manager up to the top.
             */
            management_chain: components["schemas"]["PersonSummary"][];
            manager: components["schemas"]["PersonSummary"] | null;
            /**
             * Pending Manager Ref
             * @description A manager reference received from the HRIS that matches nobody yet.
             */
            pending_manager_ref: string | null;
            /** Roles */
            roles: string[];
            /** Site */
            site: string | null;
            unit: components["schemas"]["UnitSummary"] | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** DirectoryPersonRead */
        DirectoryPersonRead: {
            /** Active */
            active: boolean;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Email */
            email: string;
            /** Employee Number */
            employee_number: string | null;
            /** External Id */
            external_id: string | null;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title: string | null;
            /** Languages */
            languages: string[];
            manager: components["schemas"]["PersonSummary"] | null;
            /** Roles */
            roles: string[];
            /** Site */
            site: string | null;
            unit: components["schemas"]["UnitSummary"] | null;
        };
        /** DiscoveryRead */
        DiscoveryRead: {
            /**
             * Method
             * @enum {string}
             */
            method: "password" | "sso";
            /**
             * Password Allowed
             * @description False when the organisation signs everyone in through its provider (its break-glass admin still can).
             * @default true
             */
            password_allowed: boolean;
            /**
             * Start Url
             * @description Where to send the browser to sign in with the provider.
             */
            start_url?: string | null;
        };
        /** DiscoveryRequest */
        DiscoveryRequest: {
            /** Email */
            email: string;
        };
        /** DuplicateRequest */
        DuplicateRequest: {
            /** Name */
            name?: string | null;
        };
        /** EnvelopeRead */
        EnvelopeRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Epoch */
            epoch: number;
            /**
             * Key Id
             * Format: byte
             * @description standard base64
             */
            key_id: string;
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /**
             * Recipient Id
             * Format: uuid
             */
            recipient_id: string;
            /** Recipient Key Version */
            recipient_key_version: number;
            /**
             * Sealed
             * Format: byte
             * @description standard base64
             */
            sealed: string;
            /**
             * Sig
             * Format: byte
             * @description standard base64
             */
            sig: string;
            /**
             * Wrapper Id
             * Format: uuid
             */
            wrapper_id: string;
            /** Wrapper Key Version */
            wrapper_key_version: number;
        };
        /**
         * EnvelopesAdd
         * @description Extra envelopes for an existing epoch, e.g. after a member's new identity.
         */
        EnvelopesAdd: {
            /** Envelopes */
            envelopes: components["schemas"]["EnvelopeWrite"][];
        };
        /** EnvelopeWrite */
        EnvelopeWrite: {
            /** Epoch */
            epoch: number;
            /**
             * Key Id
             * Format: byte
             * @description standard base64
             */
            key_id: string;
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /**
             * Recipient Id
             * Format: uuid
             */
            recipient_id: string;
            /** Recipient Key Version */
            recipient_key_version: number;
            /**
             * Sealed
             * Format: byte
             * @description standard base64
             */
            sealed: string;
            /**
             * Sig
             * Format: byte
             * @description standard base64
             */
            sig: string;
            /**
             * Wrapper Id
             * Format: uuid
             */
            wrapper_id: string;
            /** Wrapper Key Version */
            wrapper_key_version: number;
        };
        /**
         * EpochCreate
         * @description Epoch ``current + 1`` with one envelope per current member (at their current key).
         */
        EpochCreate: {
            /** Envelopes */
            envelopes: components["schemas"]["EnvelopeWrite"][];
            /** Epoch */
            epoch: number;
        };
        /** ErasureRequestRead */
        ErasureRequestRead: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Executed At */
            executed_at: string | null;
            /** Executed By Id */
            executed_by_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /** Status */
            status: string;
        };
        /**
         * ErasureStatus
         * @enum {string}
         */
        ErasureStatus: "pending" | "executed";
        /** EventCreate */
        EventCreate: {
            /** Description */
            description?: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "training" | "kickoff" | "group_meeting" | "other";
            /** Location */
            location?: string | null;
            /**
             * Mode
             * @default in_person
             * @enum {string}
             */
            mode: "in_person" | "video" | "phone";
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Title */
            title: string;
        };
        /**
         * EventInvite
         * @description Invite listed people, and/or every current participant of the given roles.
         */
        EventInvite: {
            /** Person Ids */
            person_ids?: string[];
            /** Roles */
            roles?: components["schemas"]["ParticipantRole"][];
        };
        /** EventInviteReport */
        EventInviteReport: {
            /** Already Invited */
            already_invited: number;
            /** Invited */
            invited: number;
        };
        /** EventRead */
        EventRead: {
            /** Description */
            description: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Location */
            location: string | null;
            /** Mode */
            mode: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Title */
            title: string;
        };
        /** EventUpdate */
        EventUpdate: {
            /** Description */
            description?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Kind */
            kind?: ("training" | "kickoff" | "group_meeting" | "other") | null;
            /** Location */
            location?: string | null;
            /** Mode */
            mode?: ("in_person" | "video" | "phone") | null;
            /** Starts At */
            starts_at?: string | null;
            /** Title */
            title?: string | null;
        };
        /** ExclusionCreate */
        ExclusionCreate: {
            /**
             * Mentee Id
             * Format: uuid
             */
            mentee_id: string;
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
        };
        /** ExclusionRead */
        ExclusionRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By Id */
            created_by_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Mentee Id
             * Format: uuid
             */
            mentee_id: string;
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
        };
        /** ExportActionItem */
        ExportActionItem: {
            /** Done At */
            done_at: string | null;
            /** Due On */
            due_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Owner */
            owner: string;
            /** Session Id */
            session_id: string | null;
            /** Status */
            status: string;
        };
        /** ExportAttendance */
        ExportAttendance: {
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /**
             * Invited At
             * Format: date-time
             */
            invited_at: string;
            /** Recorded At */
            recorded_at: string | null;
            /** Status */
            status: string | null;
        };
        /**
         * ExportAuditEvent
         * @description An audit event where I am the actor, or the subject (then without the actor).
         */
        ExportAuditEvent: {
            /** Action */
            action: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Relation
             * @description actor or subject
             */
            relation: string;
            /** Target Id */
            target_id: string | null;
            /** Target Type */
            target_type: string | null;
        };
        /** ExportBundle */
        ExportBundle: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Ed Pk
             * Format: byte
             * @description standard base64
             */
            ed_pk: string;
            /** Key Version */
            key_version: number;
            /** Prev Sig */
            prev_sig: string | null;
            /**
             * Self Sig
             * Format: byte
             * @description standard base64
             */
            self_sig: string;
            /**
             * X Pk
             * Format: byte
             * @description standard base64
             */
            x_pk: string;
        };
        /** ExportCalendarFeed */
        ExportCalendarFeed: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Last Fetched At */
            last_fetched_at: string | null;
            /** Revoked At */
            revoked_at: string | null;
        };
        /** ExportCharterSignature */
        ExportCharterSignature: {
            /** Charter Version */
            charter_version: number;
            /**
             * Charter Version Id
             * Format: uuid
             */
            charter_version_id: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /**
             * Signed At
             * Format: date-time
             */
            signed_at: string;
        };
        /** ExportDirectoryProfile */
        ExportDirectoryProfile: {
            /**
             * Attributes
             * @description Everything the identity provider sent about the person (SCIM resource).
             */
            attributes: {
                [key: string]: unknown;
            };
            /** Cost Center */
            cost_center: string | null;
            /** Display Name */
            display_name: string | null;
            /** Division */
            division: string | null;
            /** Organization */
            organization: string | null;
            /** User Name */
            user_name: string | null;
        };
        /** ExportEnvelope */
        ExportEnvelope: {
            /** Epoch */
            epoch: number;
            /**
             * Key Id
             * Format: byte
             * @description standard base64
             */
            key_id: string;
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /** Recipient Key Version */
            recipient_key_version: number;
            /**
             * Sealed
             * Format: byte
             * @description standard base64
             */
            sealed: string;
            /**
             * Sig
             * Format: byte
             * @description standard base64
             */
            sig: string;
            /**
             * Wrapper Id
             * Format: uuid
             */
            wrapper_id: string;
            /** Wrapper Key Version */
            wrapper_key_version: number;
        };
        /** ExportErasureRequest */
        ExportErasureRequest: {
            /** Executed At */
            executed_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /** Status */
            status: string;
        };
        /**
         * ExportFeedback
         * @description Feedback I gave (my satisfaction score is shown to me only).
         */
        ExportFeedback: {
            /** Author Side */
            author_side: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Satisfaction Score */
            satisfaction_score: number | null;
        };
        /** ExportFile */
        ExportFile: {
            /** Chunk Count */
            chunk_count: number | null;
            /**
             * Chunks
             * @description Secretstream chunks in order, as stored.
             */
            chunks: string[];
            /** Finalized At */
            finalized_at: string | null;
            /** Size Bytes */
            size_bytes: number | null;
        };
        /** ExportIntroduction */
        ExportIntroduction: {
            /** Accepted At */
            accepted_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Done At */
            done_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Status */
            status: string;
        };
        /** ExportKdf */
        ExportKdf: {
            /** Alg */
            alg: string;
            /** Mem */
            mem: number;
            /** Ops */
            ops: number;
            /**
             * Salt
             * Format: byte
             * @description standard base64
             */
            salt: string;
            /** V */
            v: number;
        };
        /** ExportKeyMaterial */
        ExportKeyMaterial: {
            kdf: components["schemas"]["ExportKdf"];
            /** Key Version */
            key_version: number;
            /**
             * Wrapped Keys
             * Format: byte
             * @description standard base64
             */
            wrapped_keys: string;
            /**
             * Wrapped Uk Pw
             * Format: byte
             * @description standard base64
             */
            wrapped_uk_pw: string;
            /**
             * Wrapped Uk Rk
             * Format: byte
             * @description standard base64
             */
            wrapped_uk_rk: string;
        };
        /** ExportKeyring */
        ExportKeyring: {
            /**
             * Blob
             * Format: byte
             * @description Sealed by your client under your account key.
             */
            blob: string;
            /** Keyring Version */
            keyring_version: number;
        };
        /** ExportMatchingProposal */
        ExportMatchingProposal: {
            /** Breakdown */
            breakdown: {
                [key: string]: unknown;
            }[];
            /** My Side */
            my_side: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Score */
            score: number;
        };
        /** ExportMentorship */
        ExportMentorship: {
            /** Action Items */
            action_items: components["schemas"]["ExportActionItem"][];
            /** Activated At */
            activated_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** End Reason */
            end_reason: string | null;
            /** Ended At */
            ended_at: string | null;
            /** First Meeting Confirmed At */
            first_meeting_confirmed_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Introductions */
            introductions: components["schemas"]["ExportIntroduction"][];
            /** My Feedback */
            my_feedback: components["schemas"]["ExportFeedback"][];
            /** My Side */
            my_side: string;
            /** Objectives */
            objectives: components["schemas"]["ExportObjective"][];
            /** Origin */
            origin: string;
            /**
             * Partner Id
             * Format: uuid
             */
            partner_id: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Sessions */
            sessions: components["schemas"]["ExportSession"][];
            /** Status */
            status: string;
            /** Transitions */
            transitions: components["schemas"]["ExportTransition"][];
        };
        /** ExportObjective */
        ExportObjective: {
            /** Abandoned At */
            abandoned_at: string | null;
            /** Achieved At */
            achieved_at: string | null;
            /**
             * Defined At
             * Format: date-time
             */
            defined_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Started At */
            started_at: string | null;
            /** Status */
            status: string;
        };
        /** ExportOrganisation */
        ExportOrganisation: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /** ExportParticipation */
        ExportParticipation: {
            /** Activated At */
            activated_at: string | null;
            /** Answers */
            answers: {
                [key: string]: unknown;
            };
            /** Answers Updated At */
            answers_updated_at: string | null;
            /** Applied At */
            applied_at: string | null;
            /** Declined At */
            declined_at: string | null;
            /** Ineligibility Reasons */
            ineligibility_reasons: {
                [key: string]: unknown;
            }[];
            /** Invited At */
            invited_at: string | null;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Program Name */
            program_name: string;
            /** Role */
            role: string;
            /** State */
            state: string;
            /** Withdrawn At */
            withdrawn_at: string | null;
        };
        /** ExportProfile */
        ExportProfile: {
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Email */
            email: string;
            /** Employee Number */
            employee_number: string | null;
            /** External Id */
            external_id: string | null;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /** Hired On */
            hired_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title: string | null;
            /** Languages */
            languages: string[];
            /** Manager Id */
            manager_id: string | null;
            /** Roles */
            roles: string[];
            /** Site */
            site: string | null;
            /** Totp Enabled */
            totp_enabled: boolean;
            /** Unit Id */
            unit_id: string | null;
            /** Unit Name */
            unit_name?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ExportRecord */
        ExportRecord: {
            /**
             * Author Id
             * Format: uuid
             */
            author_id: string;
            /** Author Key Version */
            author_key_version: number;
            /** Authored By Me */
            authored_by_me: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Epoch */
            epoch: number;
            /** Fields */
            fields: components["schemas"]["ExportRecordField"][];
            file?: components["schemas"]["ExportFile"] | null;
            /**
             * Format
             * @description 1: protocol 1.0; 2: protocol 1.1 (links signed)
             */
            format: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /** Parent Id */
            parent_id: string | null;
            /** Record Type */
            record_type: string;
            /** Record Version */
            record_version: number;
            /** Subject Id */
            subject_id: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ExportRecordField */
        ExportRecordField: {
            /**
             * Ct
             * Format: byte
             * @description standard base64
             */
            ct: string;
            /** Field */
            field: string;
            /**
             * Sig
             * Format: byte
             * @description standard base64
             */
            sig: string;
            /**
             * Wdek
             * Format: byte
             * @description standard base64
             */
            wdek: string;
        };
        /** ExportSession */
        ExportSession: {
            /** Absence */
            absence: string | null;
            /** Cancelled At */
            cancelled_at: string | null;
            /** Cancelled By Side */
            cancelled_by_side: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Duration Minutes */
            duration_minutes: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Mode */
            mode: string;
            /** Reschedule Count */
            reschedule_count: number;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Status */
            status: string;
        };
        /** ExportTransition */
        ExportTransition: {
            /** Actor Side */
            actor_side: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** By Me */
            by_me: boolean;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Event */
            event: string;
            /** From Status */
            from_status: string;
            /** To Status */
            to_status: string;
        };
        /** ExportVault */
        ExportVault: {
            /** Bundles */
            bundles: components["schemas"]["ExportBundle"][];
            /** Envelopes */
            envelopes: components["schemas"]["ExportEnvelope"][];
            key_material: components["schemas"]["ExportKeyMaterial"] | null;
            keyring?: components["schemas"]["ExportKeyring"] | null;
        };
        /** FeedbackCreate */
        FeedbackCreate: {
            /** @description ongoing (active pair) or closing (completed pair) */
            kind: components["schemas"]["FeedbackKind"];
            /**
             * Satisfaction Score
             * @description Optional 1–5 satisfaction with the program; admins see it in aggregate.
             */
            satisfaction_score?: number | null;
        };
        /**
         * FeedbackKind
         * @enum {string}
         */
        FeedbackKind: "ongoing" | "closing";
        /** FeedbackRead */
        FeedbackRead: {
            author_side: components["schemas"]["PairSide"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["FeedbackKind"];
            /**
             * Mentorship Id
             * Format: uuid
             */
            mentorship_id: string;
            /** Mine */
            mine: boolean;
            /**
             * Satisfaction Score
             * @description Only on my own feedback.
             */
            satisfaction_score: number | null;
        };
        /** FieldCipher */
        FieldCipher: {
            /**
             * Ct
             * Format: byte
             * @description standard base64
             */
            ct: string;
            /**
             * Sig
             * Format: byte
             * @description standard base64
             */
            sig: string;
            /**
             * Wdek
             * Format: byte
             * @description standard base64
             */
            wdek: string;
        };
        /** FieldCipherRead */
        FieldCipherRead: {
            /**
             * Ct
             * Format: byte
             * @description standard base64
             */
            ct: string;
            /**
             * Sig
             * Format: byte
             * @description standard base64
             */
            sig: string;
            /**
             * Wdek
             * Format: byte
             * @description standard base64
             */
            wdek: string;
        };
        /** FieldError */
        FieldError: {
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /** FileFinalize */
        FileFinalize: {
            /** Chunk Count */
            chunk_count: number;
        };
        /** FileRead */
        FileRead: {
            /** Chunk Count */
            chunk_count: number | null;
            /** Finalized */
            finalized: boolean;
            /**
             * Record Id
             * Format: uuid
             */
            record_id: string;
            /** Size Bytes */
            size_bytes: number | null;
            /** Uploaded Chunks */
            uploaded_chunks: number[];
        };
        /** FreeTextQuestion */
        FreeTextQuestion: {
            /**
             * Audience
             * @enum {string}
             */
            audience: "mentor" | "mentee" | "both";
            help?: components["schemas"]["Label"] | null;
            /** Key */
            key: string;
            label: components["schemas"]["Label"];
            matching?: components["schemas"]["Matching"] | null;
            /**
             * Max Length
             * @default 2000
             */
            max_length: number;
            /**
             * Required
             * @default true
             */
            required: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "free_text";
        };
        /** Health */
        Health: {
            /**
             * Status
             * @description `ok`: serving; `unavailable` (readiness only): the database does not answer.
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        /**
         * IdentityPublish
         * @description A new key version: its public bundle and the matching wrapped private keys.
         */
        IdentityPublish: {
            bundle: components["schemas"]["BundleWrite"];
            material: components["schemas"]["KeyMaterialWrite"];
        };
        /** ImportDeactivation */
        ImportDeactivation: {
            /** External Id */
            external_id: string | null;
            /** Name */
            name: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /**
             * Reason
             * @description missing_from_file, inactive_in_file or active_in_file
             */
            reason: string;
        };
        /** ImportLine */
        ImportLine: {
            /** Changes */
            changes?: string[];
            /** Email */
            email: string;
            /** External Id */
            external_id: string;
            /** Line */
            line: number;
            /** Name */
            name: string;
        };
        /** ImportRead */
        ImportRead: {
            /** Actor Client Id */
            actor_client_id: string | null;
            /** Actor Person Id */
            actor_person_id: string | null;
            /** Created */
            created: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deactivated */
            deactivated: number;
            /** Dry Run */
            dry_run: boolean;
            /** Duration Ms */
            duration_ms: number;
            /** Filename */
            filename: string | null;
            /** Full Load */
            full_load: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Reactivated */
            reactivated: number;
            /** Rejected */
            rejected: number;
            /** Rows */
            rows: number;
            /** Status */
            status: string;
            /** Unchanged */
            unchanged: number;
            /** Updated */
            updated: number;
        };
        /** ImportRejection */
        ImportRejection: {
            /** Code */
            code: string;
            /** External Id */
            external_id: string | null;
            /** Line */
            line: number;
            /** Reason */
            reason: string;
        };
        /**
         * ImportResult
         * @description The diff of a CSV import; for a dry run, what applying it would do.
         */
        ImportResult: {
            /** Columns */
            columns: string[];
            /** Delimiter */
            delimiter: string;
            /** Ignored Columns */
            ignored_columns: string[];
            import: components["schemas"]["ImportRead"];
            /** New Units */
            new_units: string[];
            /** Rejected */
            rejected: components["schemas"]["ImportRejection"][];
            /** To Create */
            to_create: components["schemas"]["ImportLine"][];
            /** To Deactivate */
            to_deactivate: components["schemas"]["ImportDeactivation"][];
            /** To Reactivate */
            to_reactivate: components["schemas"]["ImportDeactivation"][];
            /** To Update */
            to_update: components["schemas"]["ImportLine"][];
        };
        /**
         * IntroductionCreate
         * @description Nothing in clear: who and why are a vault record whose subject is this row.
         */
        IntroductionCreate: Record<string, never>;
        /** IntroductionRead */
        IntroductionRead: {
            /** Accepted At */
            accepted_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Done At */
            done_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Mentorship Id
             * Format: uuid
             */
            mentorship_id: string;
            status: components["schemas"]["IntroductionStatus"];
            /** Version */
            version: number;
        };
        /**
         * IntroductionStatus
         * @enum {string}
         */
        IntroductionStatus: "proposed" | "accepted" | "done";
        /** IntroductionUpdate */
        IntroductionUpdate: {
            /**
             * Status
             * @enum {string}
             */
            status: "accepted" | "done";
            /**
             * Version
             * @description The version you edited; 409 if it changed.
             */
            version: number;
        };
        /** InvitationReport */
        InvitationReport: {
            /** Invited */
            invited: components["schemas"]["ParticipantRead"][];
            /** Skipped */
            skipped: components["schemas"]["SkippedInvitation"][];
        };
        /** InvitePeople */
        InvitePeople: {
            /** Person Ids */
            person_ids: string[];
            role: components["schemas"]["ParticipantRole"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            target: "people";
        };
        /** InviteUnit */
        InviteUnit: {
            /**
             * Include Sub Units
             * @default true
             */
            include_sub_units: boolean;
            role: components["schemas"]["ParticipantRole"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            target: "unit";
            /**
             * Unit Id
             * Format: uuid
             */
            unit_id: string;
        };
        /** JobList */
        JobList: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Items */
            items: components["schemas"]["JobRead"][];
        };
        /** JobRead */
        JobRead: {
            /** Attempts */
            attempts: number;
            /**
             * Created
             * Format: date-time
             */
            created: string;
            /** Entrypoint */
            entrypoint: string;
            /** Id */
            id: number;
            /** Status */
            status: string;
            /**
             * Updated
             * Format: date-time
             */
            updated: string;
        };
        /**
         * JobTitleRule
         * @description Job title, or job family when ``match`` is ``prefix`` / ``contains`` (case-insensitive).
         */
        JobTitleRule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "job_title";
            /**
             * Match
             * @default exact
             * @enum {string}
             */
            match: "exact" | "prefix" | "contains";
            /** Values */
            values: string[];
        };
        /**
         * KdfParams
         * @description Argon2id parameters; the server checks ranges, the client enforces its own floor.
         */
        KdfParams: {
            /**
             * Alg
             * @default argon2id13
             * @constant
             */
            alg: "argon2id13";
            /**
             * Mem
             * @description bytes
             */
            mem: number;
            /** Ops */
            ops: number;
            /**
             * Salt
             * Format: byte
             * @description standard base64
             */
            salt: string;
            /**
             * V
             * @default 1
             * @constant
             */
            v: 1;
        };
        /** KdfParamsRead */
        KdfParamsRead: {
            /** Alg */
            alg: string;
            /** Mem */
            mem: number;
            /** Ops */
            ops: number;
            /**
             * Salt
             * Format: byte
             * @description standard base64
             */
            salt: string;
            /** V */
            v: number;
        };
        /** KeyMaterialRead */
        KeyMaterialRead: {
            kdf: components["schemas"]["KdfParamsRead"];
            /** Key Version */
            key_version: number;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /**
             * Wrapped Keys
             * Format: byte
             * @description standard base64
             */
            wrapped_keys: string;
            /**
             * Wrapped Uk Pw
             * Format: byte
             * @description standard base64
             */
            wrapped_uk_pw: string;
            /**
             * Wrapped Uk Rk
             * Format: byte
             * @description standard base64
             */
            wrapped_uk_rk: string;
        };
        /** KeyMaterialWrite */
        KeyMaterialWrite: {
            kdf: components["schemas"]["KdfParams"];
            /** Key Version */
            key_version: number;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /**
             * Wrapped Keys
             * Format: byte
             * @description standard base64
             */
            wrapped_keys: string;
            /**
             * Wrapped Uk Pw
             * Format: byte
             * @description standard base64
             */
            wrapped_uk_pw: string;
            /**
             * Wrapped Uk Rk
             * Format: byte
             * @description standard base64
             */
            wrapped_uk_rk: string;
        };
        /** KeyringRead */
        KeyringRead: {
            /**
             * Blob
             * Format: byte
             * @description standard base64
             */
            blob: string;
            /** Keyring Version */
            keyring_version: number;
        };
        /**
         * KeyringWrite
         * @description The next keyring: ``keyring_version`` is the stored one plus one (1 for the first).
         */
        KeyringWrite: {
            /**
             * Blob
             * Format: byte
             * @description seal(KRK, utf8(json), enc("keyring", user_id, keyring_version)); at most 262144 bytes once decoded
             */
            blob: string;
            /** Keyring Version */
            keyring_version: number;
        };
        /** Label */
        Label: {
            /** En */
            en: string;
            /** Fr */
            fr: string;
        };
        /** LanguagesRule */
        LanguagesRule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "languages";
            /** Languages */
            languages: string[];
            /**
             * Mode
             * @default any
             * @enum {string}
             */
            mode: "any" | "all";
        };
        /** LifecycleAction */
        LifecycleAction: {
            /**
             * Version
             * @description The version you acted on; 409 stale_version if it changed.
             */
            version?: number | null;
        };
        /** LoginRequest */
        LoginRequest: {
            /** Email */
            email: string;
            /** Password */
            password: string;
            /** Recovery Code */
            recovery_code?: string | null;
            /** Totp Code */
            totp_code?: string | null;
        };
        /** MailDeliveries */
        MailDeliveries: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Items */
            items: components["schemas"]["MailDeliveryRead"][];
        };
        /**
         * MailDeliveryRead
         * @description What the operator sees of a message: never its recipient's words or its body.
         */
        MailDeliveryRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email Attempts */
            email_attempts: number;
            /** Email Error */
            email_error: string | null;
            /** Email Sent At */
            email_sent_at: string | null;
            /** Email Status */
            email_status: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
        };
        /** ManagersRead */
        ManagersRead: {
            /** Person Ids */
            person_ids: string[];
        };
        /** ManagersUpdate */
        ManagersUpdate: {
            /** Person Ids */
            person_ids: string[];
        };
        /** ManualPairCreate */
        ManualPairCreate: {
            /**
             * Mentee Id
             * Format: uuid
             */
            mentee_id: string;
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
            /**
             * Override Reason
             * @description Required to add a pair that breaks an overridable constraint; audited.
             */
            override_reason?: string | null;
        };
        /** ManualPairRead */
        ManualPairRead: {
            check: components["schemas"]["PairCheckRead"];
            proposal: components["schemas"]["ProposalRead"];
        };
        /** MarkedRead */
        MarkedRead: {
            /** Updated */
            updated: number;
        };
        /** Matching */
        Matching: {
            /**
             * Compares With Key
             * @description For a mentee question: the mentor question it is compared with.
             */
            compares_with_key?: string | null;
            /**
             * Rule
             * @enum {string}
             */
            rule: "same" | "overlap" | "covers" | "numeric_distance";
            /**
             * Weight
             * @description Relative weight, 0 to 10.
             */
            weight: number;
        };
        /**
         * MatchingMode
         * @enum {string}
         */
        MatchingMode: "admin_review" | "mentee_choice";
        /** MatchingSettingsRead */
        MatchingSettingsRead: {
            /** Attributes */
            attributes: components["schemas"]["AttributeWeightRead"][];
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Suggestions */
            suggestions: number;
        };
        /** MatchingSettingsUpdate */
        MatchingSettingsUpdate: {
            /** Attributes */
            attributes?: components["schemas"]["AttributeWeight"][];
            /**
             * Suggestions
             * @description Mentee-choice mode: how many mentors a mentee sees.
             * @default 5
             */
            suggestions: number;
        };
        /**
         * MemberProgramRead
         * @description What a member sees of a program they may join or take part in: no admin settings.
         */
        MemberProgramRead: {
            /** Allowed Modes */
            allowed_modes: string[];
            /** Charter Version */
            charter_version: number | null;
            /** Description */
            description: string | null;
            /** Duration Months */
            duration_months: number | null;
            /** Ends On */
            ends_on: string | null;
            /** Enrolment Closes On */
            enrolment_closes_on: string | null;
            /** Enrolment Opens On */
            enrolment_opens_on: string | null;
            /** Expected Sessions */
            expected_sessions: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            matching_mode: components["schemas"]["MatchingMode"];
            /**
             * May Apply As
             * @description Roles the person may apply for now (eligible, enrolment open).
             */
            may_apply_as: components["schemas"]["ParticipantRole"][];
            /** Name */
            name: string;
            /** Objectives */
            objectives: string[];
            participation: components["schemas"]["MyParticipationBrief"] | null;
            /** Session Length Minutes */
            session_length_minutes: number | null;
            /** Session Rhythm */
            session_rhythm: string | null;
            /** Signed Current Charter */
            signed_current_charter: boolean;
            /** Starts On */
            starts_on: string | null;
            status: components["schemas"]["ProgramStatus"];
            /** Support Contact */
            support_contact: string | null;
            /** Theme */
            theme: string | null;
        };
        /** MentorRequestCreate */
        MentorRequestCreate: {
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
        };
        /** MentorRequestRead */
        MentorRequestRead: {
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
            /**
             * Mentorship Id
             * Format: uuid
             */
            mentorship_id: string;
            /** Status */
            status: string;
        };
        /** MentorshipRead */
        MentorshipRead: {
            /** Activated At */
            activated_at: string | null;
            charter: components["schemas"]["CharterState"];
            /** Closing Feedback Requested At */
            closing_feedback_requested_at: string | null;
            completion_requested_by_side: components["schemas"]["PairSide"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** End Reason */
            end_reason: string | null;
            /** Ended At */
            ended_at: string | null;
            ended_by_side: components["schemas"]["PairSide"] | null;
            /** First Meeting Confirmed At */
            first_meeting_confirmed_at: string | null;
            /** I Am Current Member */
            i_am_current_member: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Mentee Accepted At */
            mentee_accepted_at: string | null;
            /**
             * Mentee Id
             * Format: uuid
             */
            mentee_id: string;
            /** Mentor Accepted At */
            mentor_accepted_at: string | null;
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
            my_side: components["schemas"]["PairSide"];
            partner: components["schemas"]["PartnerRead"] | null;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Replacement Status */
            replacement_status: string | null;
            /** Status */
            status: string;
            /** Version */
            version: number;
            /**
             * Withdrawal Final
             * @description For a withdrawn mentorship: false while the mentee waits for a replacement.
             */
            withdrawal_final: boolean | null;
        };
        /**
         * MentorshipStatus
         * @enum {string}
         */
        MentorshipStatus: "proposed" | "accepted" | "active" | "completed" | "refused" | "withdrawn";
        /** MeRead */
        MeRead: {
            /** Email */
            email: string;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            organisation: components["schemas"]["OrganisationSummary"];
            /**
             * Recovery Codes Left
             * @description Unused TOTP recovery codes (0 without TOTP).
             */
            recovery_codes_left: number;
            /** Roles */
            roles: string[];
            /** Totp Enabled */
            totp_enabled: boolean;
        };
        /** MessageChanges */
        MessageChanges: {
            /**
             * Cursor
             * @description pass it as `after` to get what happened next
             */
            cursor: number;
            /** Has More */
            has_more: boolean;
            /** Items */
            items: components["schemas"]["MessageRead"][];
        };
        /** MessageRead */
        MessageRead: {
            /**
             * Changed Seq
             * @description its last change (new, edited or deleted): a cursor
             */
            changed_seq: number;
            /** @description the encrypted `message` record; no fields once deleted */
            record: components["schemas"]["RecordRead"];
            /**
             * Seq
             * @description the message's place in the pair's order (read positions)
             */
            seq: number;
        };
        /**
         * MetricCell
         * @description One figure for one scope; ``value`` is null when suppressed (see ``reason``).
         */
        MetricCell: {
            /**
             * Category
             * @description Category within the figure (status, side, role:state); null = all.
             */
            category: string | null;
            /**
             * Denominator
             * @description For rates: the denominator; for medians and means: the number of values.
             */
            denominator: number | null;
            /**
             * Figure
             * @description Figure name, e.g. 'sessions', 'attendance_rate'.
             */
            figure: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "count" | "rate" | "median" | "mean";
            /**
             * Period
             * @description First day of the month or quarter; null = whole.
             */
            period: string | null;
            /** Reason */
            reason?: string | null;
            /**
             * Scope
             * @description 'all': the whole selection; 'unit': a unit and its sub-units; 'own': people attached directly to the unit (unit_id null: people without a unit).
             * @enum {string}
             */
            scope: "all" | "unit" | "own";
            /** Suppressed */
            suppressed: boolean;
            /** Unit Id */
            unit_id: string | null;
            /** Value */
            value: number | null;
        };
        /**
         * MetricsReport
         * @description Pilotage figures: metadata aggregates only, small groups suppressed.
         */
        MetricsReport: {
            /** Anonymity Threshold */
            anonymity_threshold: number;
            /** Cells */
            cells: components["schemas"]["MetricCell"][];
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
            /**
             * Granularity
             * @enum {string}
             */
            granularity: "month" | "quarter";
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /** Period */
            period: string | null;
            /**
             * Period End
             * @description Exclusive.
             */
            period_end: string | null;
            /** Period Start */
            period_start: string | null;
            program: components["schemas"]["ProgramRef"] | null;
            /** Unit Id */
            unit_id: string | null;
            /** Units */
            units: components["schemas"]["UnitRef"][];
        };
        /** MultipleChoiceQuestion */
        MultipleChoiceQuestion: {
            /**
             * Audience
             * @enum {string}
             */
            audience: "mentor" | "mentee" | "both";
            help?: components["schemas"]["Label"] | null;
            /** Key */
            key: string;
            label: components["schemas"]["Label"];
            matching?: components["schemas"]["Matching"] | null;
            /** Max Choices */
            max_choices?: number | null;
            /** Options */
            options: components["schemas"]["Option"][];
            /**
             * Required
             * @default true
             */
            required: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "multiple_choice";
        };
        /** MyEventRead */
        MyEventRead: {
            /** Description */
            description: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Location */
            location: string | null;
            /** Mode */
            mode: string;
            my_attendance: components["schemas"]["AttendanceStatus"] | null;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Title */
            title: string;
        };
        /** MyParticipationBrief */
        MyParticipationBrief: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Ineligibility Reasons */
            ineligibility_reasons: components["schemas"]["constel_api__programs__schemas__ReasonRead"][];
            role: components["schemas"]["ParticipantRole"];
            /** State */
            state: string;
        };
        /**
         * MyParticipationRead
         * @description My own participation in a program.
         */
        MyParticipationRead: {
            /**
             * Answers
             * @description Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers: {
                [key: string]: unknown;
            };
            /** Answers Complete */
            answers_complete: boolean;
            /**
             * Answers Notice
             * @default Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers_notice: string;
            /** Applied At */
            applied_at: string | null;
            /** Declined At */
            declined_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Ineligibility Reasons */
            ineligibility_reasons: components["schemas"]["constel_api__programs__schemas__ReasonRead"][];
            /** Invited At */
            invited_at: string | null;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            role: components["schemas"]["ParticipantRole"];
            /** Signed Current Charter */
            signed_current_charter: boolean;
            state: components["schemas"]["ParticipantState"];
            /** Withdrawn At */
            withdrawn_at: string | null;
        };
        /** MyVault */
        MyVault: {
            bundle: components["schemas"]["BundleRead"];
            material: components["schemas"]["KeyMaterialRead"];
        };
        /** NotificationList */
        NotificationList: {
            /** Items */
            items: components["schemas"]["NotificationRead"][];
            /** Unread Count */
            unread_count: number;
        };
        /** NotificationPreferencesRead */
        NotificationPreferencesRead: {
            /**
             * Digest
             * @enum {string}
             */
            digest: "immediate" | "daily";
            /**
             * Locale
             * @enum {string}
             */
            locale: "fr" | "en";
            /** Reminders Enabled */
            reminders_enabled: boolean;
        };
        /** NotificationPreferencesUpdate */
        NotificationPreferencesUpdate: {
            /** Digest */
            digest?: ("immediate" | "daily") | null;
            /** Locale */
            locale?: ("fr" | "en") | null;
            /** Reminders Enabled */
            reminders_enabled?: boolean | null;
        };
        /** NotificationRead */
        NotificationRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Link */
            link: string;
            /** Params */
            params: {
                [key: string]: unknown;
            };
            /** Read At */
            read_at: string | null;
        };
        /**
         * ObjectiveCreate
         * @description Nothing in clear: the wording is a vault record whose subject is this objective.
         */
        ObjectiveCreate: Record<string, never>;
        /** ObjectiveRead */
        ObjectiveRead: {
            /** Abandoned At */
            abandoned_at: string | null;
            /** Achieved At */
            achieved_at: string | null;
            /**
             * Defined At
             * Format: date-time
             */
            defined_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Mentorship Id
             * Format: uuid
             */
            mentorship_id: string;
            /** Started At */
            started_at: string | null;
            status: components["schemas"]["ObjectiveStatus"];
            /** Version */
            version: number;
        };
        /**
         * ObjectiveStatus
         * @enum {string}
         */
        ObjectiveStatus: "defined" | "in_progress" | "achieved" | "abandoned";
        /** ObjectiveUpdate */
        ObjectiveUpdate: {
            status: components["schemas"]["ObjectiveStatus"];
            /**
             * Version
             * @description The version you edited; 409 if it changed.
             */
            version: number;
        };
        /** Option */
        Option: {
            label: components["schemas"]["Label"];
            /** Value */
            value: string;
        };
        /** OrganisationCreate */
        OrganisationCreate: {
            /**
             * Admin Email
             * Format: email
             */
            admin_email: string;
            /** Admin Family Name */
            admin_family_name: string;
            /** Admin Given Name */
            admin_given_name: string;
            /** Name */
            name: string;
            /** Slug */
            slug: string;
            /** Support Email */
            support_email?: string | null;
        };
        /** OrganisationCreated */
        OrganisationCreated: {
            /**
             * Admin Id
             * Format: uuid
             * @description The first admin, e-mailed a single-use link (valid 7 days) to choose a password; no password is ever shown.
             */
            admin_id: string;
            /** Anonymity Threshold */
            anonymity_threshold: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Require Totp For Admins */
            require_totp_for_admins: boolean;
            /** Retention Days */
            retention_days: number;
            /** Slug */
            slug: string;
            /** Support Email */
            support_email: string | null;
        };
        /** OrganisationRead */
        OrganisationRead: {
            /** Anonymity Threshold */
            anonymity_threshold: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Require Totp For Admins */
            require_totp_for_admins: boolean;
            /** Retention Days */
            retention_days: number;
            /** Slug */
            slug: string;
            /** Support Email */
            support_email: string | null;
        };
        /** OrganisationSummary */
        OrganisationSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Require Totp For Admins */
            require_totp_for_admins: boolean;
            /** Slug */
            slug: string;
            /** Support Email */
            support_email: string | null;
        };
        /**
         * OrganisationUpdate
         * @description Partial update; only ``support_email`` may be cleared with ``null``.
         */
        OrganisationUpdate: {
            /** Anonymity Threshold */
            anonymity_threshold?: number | null;
            /** Name */
            name?: string | null;
            /** Require Totp For Admins */
            require_totp_for_admins?: boolean | null;
            /** Retention Days */
            retention_days?: number | null;
            /** Support Email */
            support_email?: string | null;
        };
        /** Page[ActionItemRead] */
        Page_ActionItemRead_: {
            /** Items */
            items: components["schemas"]["ActionItemRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[AuditEventRead] */
        Page_AuditEventRead_: {
            /** Items */
            items: components["schemas"]["AuditEventRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[DirectoryPersonRead] */
        Page_DirectoryPersonRead_: {
            /** Items */
            items: components["schemas"]["DirectoryPersonRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[ErasureRequestRead] */
        Page_ErasureRequestRead_: {
            /** Items */
            items: components["schemas"]["ErasureRequestRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[FeedbackRead] */
        Page_FeedbackRead_: {
            /** Items */
            items: components["schemas"]["FeedbackRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[ImportRead] */
        Page_ImportRead_: {
            /** Items */
            items: components["schemas"]["ImportRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[IntroductionRead] */
        Page_IntroductionRead_: {
            /** Items */
            items: components["schemas"]["IntroductionRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[MentorshipRead] */
        Page_MentorshipRead_: {
            /** Items */
            items: components["schemas"]["MentorshipRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[ObjectiveRead] */
        Page_ObjectiveRead_: {
            /** Items */
            items: components["schemas"]["ObjectiveRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[PairFollowUp] */
        Page_PairFollowUp_: {
            /** Items */
            items: components["schemas"]["PairFollowUp"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[ParticipantRead] */
        Page_ParticipantRead_: {
            /** Items */
            items: components["schemas"]["ParticipantRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[ProgramRead] */
        Page_ProgramRead_: {
            /** Items */
            items: components["schemas"]["ProgramRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[RecordRead] */
        Page_RecordRead_: {
            /** Items */
            items: components["schemas"]["RecordRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** Page[SessionRead] */
        Page_SessionRead_: {
            /** Items */
            items: components["schemas"]["SessionRead"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /** PairCheckRead */
        PairCheckRead: {
            /** Allowed */
            allowed: boolean;
            /** Breakdown */
            breakdown: components["schemas"]["BreakdownItem"][];
            /**
             * Hierarchy Distance
             * @description Levels between them when one is in the other's management chain.
             */
            hierarchy_distance: number | null;
            /**
             * Mentee Id
             * Format: uuid
             */
            mentee_id: string;
            /**
             * Mentor Id
             * Format: uuid
             */
            mentor_id: string;
            /**
             * Overridable
             * @description Every reason may be overridden with a written reason.
             */
            overridable: boolean;
            /** Reasons */
            reasons: components["schemas"]["constel_api__matching__schemas__ReasonRead"][];
            /** Score */
            score: number;
        };
        /**
         * PairFollowUp
         * @description One pair's metadata: names, status, session dates and outcomes, objective counts.
         */
        PairFollowUp: {
            /** Absences Mentee */
            absences_mentee: number;
            /** Absences Mentor */
            absences_mentor: number;
            /** Activated At */
            activated_at: string | null;
            /** Completed */
            completed: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Ended At */
            ended_at: string | null;
            /** First Meeting Confirmed At */
            first_meeting_confirmed_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Mentee Name */
            mentee_name: string;
            /** Mentor Name */
            mentor_name: string;
            /**
             * Objectives
             * @description Objective counts by status.
             */
            objectives: {
                [key: string]: number;
            };
            /** Sessions */
            sessions: components["schemas"]["SessionMeta"][];
            /** Sessions Held */
            sessions_held: number;
            /** Status */
            status: string;
        };
        /** PairMember */
        PairMember: {
            /**
             * Key Version
             * @description current public key version, null if none
             */
            key_version: number | null;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /**
             * Role
             * @enum {string}
             */
            role: "mentor" | "mentee";
        };
        /** PairRead */
        PairRead: {
            /** Current Epoch */
            current_epoch: number;
            /** Members */
            members: components["schemas"]["PairMember"][];
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /** Rotation Needed */
            rotation_needed: boolean;
        };
        /**
         * PairSide
         * @enum {string}
         */
        PairSide: "mentor" | "mentee";
        /**
         * ParticipantRead
         * @description A participant as the program's admins see them, questionnaire answers included.
         */
        ParticipantRead: {
            /** Activated At */
            activated_at: string | null;
            /**
             * Answers
             * @description Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers: {
                [key: string]: unknown;
            };
            /** Answers Complete */
            answers_complete: boolean;
            /** Applied At */
            applied_at: string | null;
            /** Capacity Override */
            capacity_override: number | null;
            /** Declined At */
            declined_at: string | null;
            /**
             * Effective Capacity
             * @description Mentees this mentor may take (mentors).
             */
            effective_capacity: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Ineligibility Reasons */
            ineligibility_reasons: components["schemas"]["constel_api__programs__schemas__ReasonRead"][];
            /** Invited At */
            invited_at: string | null;
            person: components["schemas"]["constel_api__programs__schemas_enrolment__PersonBrief"];
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Rematch Priority */
            rematch_priority: boolean;
            role: components["schemas"]["ParticipantRole"];
            /** Signed Current Charter */
            signed_current_charter: boolean;
            state: components["schemas"]["ParticipantState"];
            /** Withdrawn At */
            withdrawn_at: string | null;
        };
        /**
         * ParticipantRole
         * @enum {string}
         */
        ParticipantRole: "mentor" | "mentee";
        /**
         * ParticipantState
         * @enum {string}
         */
        ParticipantState: "invited" | "applied" | "eligible" | "ineligible" | "declined" | "active" | "withdrawn";
        /** ParticipantUpdate */
        ParticipantUpdate: {
            /**
             * Capacity Override
             * @description Mentor only; null returns to the program default.
             */
            capacity_override?: number | null;
            /** Rematch Priority */
            rematch_priority?: boolean | null;
        };
        /** PartnerRead */
        PartnerRead: {
            /** Email */
            email: string;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title: string | null;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordResetConfirm */
        PasswordResetConfirm: {
            /** New Password */
            new_password: string;
            /** Token */
            token: string;
        };
        /** PasswordResetRequest */
        PasswordResetRequest: {
            /**
             * Email
             * Format: email
             */
            email: string;
        };
        /** PersonSummary */
        PersonSummary: {
            /** Active */
            active: boolean;
            /** Email */
            email: string;
            /** External Id */
            external_id: string | null;
            /** Family Name */
            family_name: string;
            /** Given Name */
            given_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Title */
            job_title: string | null;
        };
        /**
         * Problem
         * @description The body of every error response.
         */
        Problem: {
            /**
             * Code
             * @description Stable machine-readable error code.
             */
            code: string;
            /**
             * Detail
             * @default null
             */
            detail: string | null;
            /**
             * Errors
             * @default null
             */
            errors: components["schemas"]["FieldError"][] | null;
            /**
             * Instance
             * @default null
             */
            instance: string | null;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /**
             * Type
             * @default about:blank
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** ProgramCreate */
        ProgramCreate: {
            /** Allowed Modes */
            allowed_modes?: ("in_person" | "video" | "phone")[] | null;
            /** Anonymity Threshold */
            anonymity_threshold?: number | null;
            /** Description */
            description?: string | null;
            /** Duration Months */
            duration_months?: number | null;
            /** Ends On */
            ends_on?: string | null;
            /** Enrolment Closes On */
            enrolment_closes_on?: string | null;
            /** Enrolment Opens On */
            enrolment_opens_on?: string | null;
            /**
             * Exclude Same Unit
             * @description Never pair people of the same unit.
             */
            exclude_same_unit?: boolean | null;
            /** Expected Sessions */
            expected_sessions?: number | null;
            matching_mode?: components["schemas"]["MatchingMode"] | null;
            /** Mentee Criteria */
            mentee_criteria?: (components["schemas"]["UnitRule"] | components["schemas"]["SiteRule"] | components["schemas"]["JobTitleRule"] | components["schemas"]["SeniorityRule"] | components["schemas"]["LanguagesRule"] | components["schemas"]["AllowListRule"] | components["schemas"]["DenyListRule"])[] | null;
            /**
             * Mentor Capacity
             * @description Mentees per mentor unless overridden.
             */
            mentor_capacity?: number | null;
            /** Mentor Criteria */
            mentor_criteria?: (components["schemas"]["UnitRule"] | components["schemas"]["SiteRule"] | components["schemas"]["JobTitleRule"] | components["schemas"]["SeniorityRule"] | components["schemas"]["LanguagesRule"] | components["schemas"]["AllowListRule"] | components["schemas"]["DenyListRule"])[] | null;
            /** Name */
            name: string;
            /** Objectives */
            objectives?: string[] | null;
            /** Session Length Minutes */
            session_length_minutes?: number | null;
            /** Session Rhythm */
            session_rhythm?: ("weekly" | "biweekly" | "monthly" | "bimonthly" | "custom") | null;
            /** Starts On */
            starts_on?: string | null;
            /** Support Contact */
            support_contact?: string | null;
            /** Theme */
            theme?: string | null;
        };
        /**
         * ProgramRead
         * @description The full configuration, for the program's admins.
         */
        ProgramRead: {
            /** Allowed Modes */
            allowed_modes: string[];
            /** Anonymity Threshold */
            anonymity_threshold: number | null;
            /** Archived At */
            archived_at: string | null;
            /**
             * Charter Version
             * @description Current published charter version.
             */
            charter_version?: number | null;
            /** Closed At */
            closed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Duplicated From Id */
            duplicated_from_id: string | null;
            /** Duration Months */
            duration_months: number | null;
            /** Ends On */
            ends_on: string | null;
            /** Enrolment Closes On */
            enrolment_closes_on: string | null;
            /** Enrolment Opened At */
            enrolment_opened_at: string | null;
            /** Enrolment Opens On */
            enrolment_opens_on: string | null;
            /** Exclude Same Unit */
            exclude_same_unit: boolean;
            /** Expected Sessions */
            expected_sessions: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Manager Ids */
            manager_ids?: string[];
            matching_mode: components["schemas"]["MatchingMode"];
            /** Mentee Criteria */
            mentee_criteria: (components["schemas"]["UnitRule"] | components["schemas"]["SiteRule"] | components["schemas"]["JobTitleRule"] | components["schemas"]["SeniorityRule"] | components["schemas"]["LanguagesRule"] | components["schemas"]["AllowListRule"] | components["schemas"]["DenyListRule"])[];
            /** Mentor Capacity */
            mentor_capacity: number;
            /** Mentor Criteria */
            mentor_criteria: (components["schemas"]["UnitRule"] | components["schemas"]["SiteRule"] | components["schemas"]["JobTitleRule"] | components["schemas"]["SeniorityRule"] | components["schemas"]["LanguagesRule"] | components["schemas"]["AllowListRule"] | components["schemas"]["DenyListRule"])[];
            /** Name */
            name: string;
            /** Objectives */
            objectives: string[];
            /** Session Length Minutes */
            session_length_minutes: number | null;
            /** Session Rhythm */
            session_rhythm: string | null;
            /** Started At */
            started_at: string | null;
            /** Starts On */
            starts_on: string | null;
            status: components["schemas"]["ProgramStatus"];
            /** Support Contact */
            support_contact: string | null;
            /** Theme */
            theme: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ProgramRef */
        ProgramRef: {
            /** Expected Sessions */
            expected_sessions: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Mentor Capacity */
            mentor_capacity: number;
            /** Name */
            name: string;
            /** Status */
            status: string;
        };
        /**
         * ProgramStatus
         * @enum {string}
         */
        ProgramStatus: "draft" | "enrolment_open" | "running" | "closed" | "archived";
        /**
         * ProgramUpdate
         * @description Partial update: only the fields sent are changed.
         */
        ProgramUpdate: {
            /** Allowed Modes */
            allowed_modes?: ("in_person" | "video" | "phone")[] | null;
            /** Anonymity Threshold */
            anonymity_threshold?: number | null;
            /** Description */
            description?: string | null;
            /** Duration Months */
            duration_months?: number | null;
            /** Ends On */
            ends_on?: string | null;
            /** Enrolment Closes On */
            enrolment_closes_on?: string | null;
            /** Enrolment Opens On */
            enrolment_opens_on?: string | null;
            /**
             * Exclude Same Unit
             * @description Never pair people of the same unit.
             */
            exclude_same_unit?: boolean | null;
            /** Expected Sessions */
            expected_sessions?: number | null;
            matching_mode?: components["schemas"]["MatchingMode"] | null;
            /** Mentee Criteria */
            mentee_criteria?: (components["schemas"]["UnitRule"] | components["schemas"]["SiteRule"] | components["schemas"]["JobTitleRule"] | components["schemas"]["SeniorityRule"] | components["schemas"]["LanguagesRule"] | components["schemas"]["AllowListRule"] | components["schemas"]["DenyListRule"])[] | null;
            /**
             * Mentor Capacity
             * @description Mentees per mentor unless overridden.
             */
            mentor_capacity?: number | null;
            /** Mentor Criteria */
            mentor_criteria?: (components["schemas"]["UnitRule"] | components["schemas"]["SiteRule"] | components["schemas"]["JobTitleRule"] | components["schemas"]["SeniorityRule"] | components["schemas"]["LanguagesRule"] | components["schemas"]["AllowListRule"] | components["schemas"]["DenyListRule"])[] | null;
            /** Name */
            name?: string | null;
            /** Objectives */
            objectives?: string[] | null;
            /** Session Length Minutes */
            session_length_minutes?: number | null;
            /** Session Rhythm */
            session_rhythm?: ("weekly" | "biweekly" | "monthly" | "bimonthly" | "custom") | null;
            /** Starts On */
            starts_on?: string | null;
            /** Support Contact */
            support_contact?: string | null;
            /** Theme */
            theme?: string | null;
            /**
             * Updated At
             * @description The program's updated_at as you loaded it; 409 stale_version (with updated_by, the last editor's name) when someone saved since.
             */
            updated_at?: string | null;
        };
        /** ProposalRead */
        ProposalRead: {
            /** Breakdown */
            breakdown: components["schemas"]["BreakdownItem"][];
            /** Hierarchy Distance */
            hierarchy_distance: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            mentee: components["schemas"]["constel_api__matching__schemas__PersonBrief"];
            mentor: components["schemas"]["constel_api__matching__schemas__PersonBrief"];
            /** Mentorship Id */
            mentorship_id: string | null;
            /**
             * Origin
             * @enum {string}
             */
            origin: "matching" | "manual" | "swap";
            /**
             * Overridden
             * @description Hard constraints knowingly overridden.
             */
            overridden: string[];
            /** Override Reason */
            override_reason: string | null;
            /** Pinned */
            pinned: boolean;
            /**
             * Run Id
             * Format: uuid
             */
            run_id: string;
            /**
             * Score
             * @description 0 to 100.
             */
            score: number;
        };
        /** PublishRead */
        PublishRead: {
            /** Mentorship Ids */
            mentorship_ids: string[];
            run: components["schemas"]["RunSummary"];
        };
        /** QuestionnaireRead */
        QuestionnaireRead: {
            /**
             * Answers Notice
             * @default Answers are profile data used for matching: the program's administrators can read them. They are not confidential notes; do not write anything here you would not share with them.
             */
            answers_notice: string;
            /** Questions */
            questions: (components["schemas"]["SingleChoiceQuestion"] | components["schemas"]["MultipleChoiceQuestion"] | components["schemas"]["ScaleQuestion"] | components["schemas"]["FreeTextQuestion"])[];
        };
        /** QuestionnaireUpdate */
        QuestionnaireUpdate: {
            /** Questions */
            questions: (components["schemas"]["SingleChoiceQuestion"] | components["schemas"]["MultipleChoiceQuestion"] | components["schemas"]["ScaleQuestion"] | components["schemas"]["FreeTextQuestion"])[];
        };
        /** ReadPosition */
        ReadPosition: {
            /**
             * Seq
             * @description the `seq` of the last message read
             */
            seq: number;
        };
        /** ReadStateRead */
        ReadStateRead: {
            /** Last Read Seq */
            last_read_seq: number;
            /**
             * Last Seq
             * @description the newest message's `seq` in the pair (0: none)
             */
            last_seq: number;
            /**
             * Unread
             * @description messages of the others after `last_read_seq`, not deleted
             */
            unread: number;
        };
        /**
         * RecordBatch
         * @description Several new records at once (an import, an offline backlog): all or none.
         */
        RecordBatch: {
            /** Records */
            records: components["schemas"]["RecordWrite"][];
        };
        /** RecordRead */
        RecordRead: {
            /**
             * Author Id
             * Format: uuid
             */
            author_id: string;
            /** Author Key Version */
            author_key_version: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deleted At */
            deleted_at: string | null;
            /** Epoch */
            epoch: number;
            /**
             * Fields
             * @description empty on a deleted record
             */
            fields: {
                [key: string]: components["schemas"]["FieldCipherRead"];
            };
            /**
             * Format
             * @description 1: protocol 1.0; 2: protocol 1.1
             */
            format: number;
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /** Parent Id */
            parent_id: string | null;
            /**
             * Record Id
             * Format: uuid
             */
            record_id: string;
            /** Record Type */
            record_type: string;
            /** Record Version */
            record_version: number;
            /** Subject Id */
            subject_id: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** RecordWrite */
        RecordWrite: {
            /**
             * Author Id
             * Format: uuid
             */
            author_id: string;
            /** Epoch */
            epoch: number;
            /** Fields */
            fields: {
                [key: string]: components["schemas"]["FieldCipher"];
            };
            /**
             * Format
             * @description 1 (or absent): protocol 1.0 (AAD `record`); 2: protocol 1.1 (AAD `record2`, binding parent, subject and the sorted field names; fields must match the type's declared shape, else 422 `record_shape_mismatch`)
             */
            format?: (1 | 2) | null;
            /**
             * Pair Id
             * Format: uuid
             */
            pair_id: string;
            /** Parent Id */
            parent_id?: string | null;
            /**
             * Record Id
             * Format: uuid
             */
            record_id: string;
            /** Record Type */
            record_type: string;
            /** Record Version */
            record_version: number;
            /** Subject Id */
            subject_id?: string | null;
        };
        /** RecoveryCodesRead */
        RecoveryCodesRead: {
            /**
             * Codes
             * @description Ten single-use recovery codes, shown this once (stored hashed).
             */
            codes: string[];
        };
        /**
         * RematchRead
         * @description A mentee whose mentor withdrew, waiting (with priority) for a new one.
         */
        RematchRead: {
            mentee: components["schemas"]["constel_api__matching__schemas__PersonBrief"];
            /**
             * Participant Id
             * Format: uuid
             */
            participant_id: string;
            /** Previous Mentor Id */
            previous_mentor_id: string | null;
            /** Withdrawn At */
            withdrawn_at: string | null;
            /** Withdrawn Mentorship Id */
            withdrawn_mentorship_id: string | null;
        };
        /** RunRead */
        RunRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By Id */
            created_by_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Proposals */
            proposals: components["schemas"]["ProposalRead"][];
            /** Published At */
            published_at: string | null;
            /** Stats */
            stats: {
                [key: string]: unknown;
            };
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "superseded" | "published";
            /** Unmatched */
            unmatched: components["schemas"]["UnmatchedRead"][];
        };
        /** RunSummary */
        RunSummary: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By Id */
            created_by_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Program Id
             * Format: uuid
             */
            program_id: string;
            /** Published At */
            published_at: string | null;
            /** Stats */
            stats: {
                [key: string]: unknown;
            };
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "superseded" | "published";
        };
        /** ScaleQuestion */
        ScaleQuestion: {
            /**
             * Audience
             * @enum {string}
             */
            audience: "mentor" | "mentee" | "both";
            help?: components["schemas"]["Label"] | null;
            /** Key */
            key: string;
            label: components["schemas"]["Label"];
            matching?: components["schemas"]["Matching"] | null;
            /** Max */
            max: number;
            max_label?: components["schemas"]["Label"] | null;
            /** Min */
            min: number;
            min_label?: components["schemas"]["Label"] | null;
            /**
             * Required
             * @default true
             */
            required: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "scale";
        };
        /**
         * Scope
         * @description ``scim`` provisions through /scim/v2; ``directory:import`` runs CSV imports (a full
         *     load can deactivate people, so it is granted on its own).
         * @enum {string}
         */
        Scope: "scim" | "directory:import" | "exports:read";
        /**
         * SeniorityRule
         * @description Whole years since ``hired_on``.
         */
        SeniorityRule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "seniority";
            /** Max Years */
            max_years?: number | null;
            /** Min Years */
            min_years?: number | null;
        };
        /** SessionAction */
        SessionAction: {
            /**
             * Version
             * @description The version you edited; 409 stale_version if it changed.
             */
            version: number;
        };
        /** SessionCreate */
        SessionCreate: {
            /**
             * Duration Minutes
             * @description minutes
             */
            duration_minutes: number;
            mode: components["schemas"]["SessionMode"];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
        };
        /** SessionMeta */
        SessionMeta: {
            /** Absence */
            absence: string | null;
            /** Duration Minutes */
            duration_minutes: number;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Status */
            status: string;
        };
        /** SessionMissed */
        SessionMissed: {
            /** @description Who was absent: mentor, mentee or both. */
            absence: components["schemas"]["Absence"];
            /**
             * Version
             * @description The version you edited; 409 stale_version if it changed.
             */
            version: number;
        };
        /**
         * SessionMode
         * @enum {string}
         */
        SessionMode: "in_person" | "video" | "phone";
        /** SessionRead */
        SessionRead: {
            absence: components["schemas"]["Absence"] | null;
            /** Cancelled At */
            cancelled_at: string | null;
            /** Cancelled By Side */
            cancelled_by_side: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Duration Minutes */
            duration_minutes: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Mentorship Id
             * Format: uuid
             */
            mentorship_id: string;
            mode: components["schemas"]["SessionMode"];
            /** Outcome Recorded At */
            outcome_recorded_at: string | null;
            /** Reschedule Count */
            reschedule_count: number;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Status */
            status: string;
            /** Version */
            version: number;
        };
        /** SessionReschedule */
        SessionReschedule: {
            /** Duration Minutes */
            duration_minutes?: number | null;
            mode?: components["schemas"]["SessionMode"] | null;
            /** Starts At */
            starts_at?: string | null;
            /**
             * Version
             * @description The version you edited; 409 stale_version if it changed.
             */
            version: number;
        };
        /**
         * SessionStatus
         * @enum {string}
         */
        SessionStatus: "scheduled" | "held" | "missed" | "cancelled";
        /** SingleChoiceQuestion */
        SingleChoiceQuestion: {
            /**
             * Audience
             * @enum {string}
             */
            audience: "mentor" | "mentee" | "both";
            help?: components["schemas"]["Label"] | null;
            /** Key */
            key: string;
            label: components["schemas"]["Label"];
            matching?: components["schemas"]["Matching"] | null;
            /** Options */
            options: components["schemas"]["Option"][];
            /**
             * Required
             * @default true
             */
            required: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "single_choice";
        };
        /** SiteRule */
        SiteRule: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "site";
            /** Sites */
            sites: string[];
        };
        /** SkippedInvitation */
        SkippedInvitation: {
            /**
             * Code
             * @description unknown_person, already_participant, declined_invitation, role_conflict, ineligible, inactive
             */
            code: string;
            /** Email */
            email?: string | null;
            /** Person Id */
            person_id?: string | null;
            /** Reasons */
            reasons?: components["schemas"]["constel_api__programs__schemas__ReasonRead"][];
        };
        /** SsoConfigurationRead */
        SsoConfigurationRead: {
            /** Accept Provider Mfa */
            accept_provider_mfa: boolean;
            /** Allowed Domains */
            allowed_domains: string[];
            /**
             * Backchannel Logout Uri
             * @description To register at the provider.
             */
            backchannel_logout_uri: string;
            /** Break Glass Person Id */
            break_glass_person_id: string | null;
            /**
             * Client Auth Method
             * @enum {string}
             */
            client_auth_method: "client_secret_basic" | "private_key_jwt";
            /** Client Id */
            client_id: string;
            /** Enabled */
            enabled: boolean;
            /** Has Client Secret */
            has_client_secret: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Identifying Claim
             * @enum {string}
             */
            identifying_claim: "email" | "preferred_username" | "oid" | "sub";
            /** Issuer */
            issuer: string;
            /** Jit Provisioning */
            jit_provisioning: boolean;
            /**
             * Jwks Uri
             * @description Where the provider can read the public key.
             */
            jwks_uri: string;
            /**
             * Post Logout Redirect Uri
             * @description To register at the provider.
             */
            post_logout_redirect_uri: string;
            /**
             * Public Jwk
             * @description The public key to register at the provider for private_key_jwt.
             */
            public_jwk: {
                [key: string]: unknown;
            } | null;
            /**
             * Redirect Uri
             * @description To register at the provider.
             */
            redirect_uri: string;
            /** Scopes */
            scopes: string[];
            /** Sso Only */
            sso_only: boolean;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * SsoConfigurationWrite
         * @description The whole configuration; ``client_secret`` omitted keeps the stored one.
         */
        SsoConfigurationWrite: {
            /**
             * Accept Provider Mfa
             * @description A sign-in the provider asserts as multi-factor (amr) satisfies the organisation's two-factor rule for administrators.
             * @default true
             */
            accept_provider_mfa: boolean;
            /** Allowed Domains */
            allowed_domains: string[];
            /**
             * Break Glass Person Id
             * @description An organisation admin who keeps the password sign-in.
             */
            break_glass_person_id?: string | null;
            /**
             * Client Auth Method
             * @default client_secret_basic
             * @enum {string}
             */
            client_auth_method: "client_secret_basic" | "private_key_jwt";
            /** Client Id */
            client_id: string;
            /**
             * Client Secret
             * @description Stored encrypted; never returned. Omit to keep the current one.
             */
            client_secret?: string | null;
            /**
             * Enabled
             * @default false
             */
            enabled: boolean;
            /**
             * Identifying Claim
             * @description The claim matched against the directory: e-mail for `email` and `preferred_username`, external id for `oid` and `sub`.
             * @default email
             * @enum {string}
             */
            identifying_claim: "email" | "preferred_username" | "oid" | "sub";
            /**
             * Issuer
             * @description The provider's issuer URL; its /.well-known/openid-configuration is read.
             */
            issuer: string;
            /**
             * Jit Provisioning
             * @description Create a member at first sign-in when the directory does not know them.
             * @default false
             */
            jit_provisioning: boolean;
            /** Scopes */
            scopes?: string[];
            /**
             * Sso Only
             * @description Passwords stop working, except the break-glass admin's.
             * @default false
             */
            sso_only: boolean;
        };
        /** SsoLogoutRead */
        SsoLogoutRead: {
            /**
             * Redirect Url
             * @description The provider's end-session address to send the browser to, if any.
             */
            redirect_url: string | null;
        };
        /** SuggestionRead */
        SuggestionRead: {
            /** Breakdown */
            breakdown: components["schemas"]["BreakdownItem"][];
            mentor: components["schemas"]["constel_api__matching__schemas__PersonBrief"];
            /** Score */
            score: number;
        };
        /** SwapRequest */
        SwapRequest: {
            /** Proposal Ids */
            proposal_ids: string[];
        };
        /** TokenResponse */
        TokenResponse: {
            /** Access Token */
            access_token: string;
            /** Csrf Token */
            csrf_token: string;
            /** Expires In */
            expires_in: number;
            /**
             * Token Type
             * @default bearer
             */
            token_type: string;
        };
        /** TotpCodeConfirm */
        TotpCodeConfirm: {
            /**
             * Code
             * @description A fresh code from the authenticator app (to turn TOTP off, an unused recovery code also works).
             */
            code: string;
        };
        /** TotpEnable */
        TotpEnable: {
            /** Code */
            code: string;
        };
        /** TotpSetup */
        TotpSetup: {
            /** Otpauth Uri */
            otpauth_uri: string;
            /** Secret */
            secret: string;
        };
        /** TransitionRead */
        TransitionRead: {
            /** Actor Id */
            actor_id: string | null;
            /** Actor Side */
            actor_side: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Event */
            event: string;
            /** From Status */
            from_status: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** To Status */
            to_status: string;
        };
        /** UnitRead */
        UnitRead: {
            /** External Id */
            external_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: string | null;
            /** People Count */
            people_count: number;
        };
        /** UnitRef */
        UnitRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: string | null;
        };
        /** UnitRule */
        UnitRule: {
            /**
             * Include Sub Units
             * @default true
             */
            include_sub_units: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "unit";
            /** Unit Ids */
            unit_ids: string[];
        };
        /** UnitSummary */
        UnitSummary: {
            /** External Id */
            external_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /** UnmatchedRead */
        UnmatchedRead: {
            mentee: components["schemas"]["constel_api__matching__schemas__PersonBrief"];
            /** Priority */
            priority: boolean;
            /**
             * Reason
             * @description ineligible, no_eligible_mentor, all_candidates_excluded, capacity_exhausted or removed_in_review
             */
            reason: string;
        };
        /** Withdraw */
        Withdraw: {
            /**
             * Message Record Id
             * @description An encrypted withdrawal_message vault record you wrote in this pair.
             */
            message_record_id?: string | null;
            reason: components["schemas"]["WithdrawalReason"];
            /**
             * Version
             * @description The version you acted on; 409 stale_version if it changed.
             */
            version?: number | null;
        };
        /**
         * WithdrawalReason
         * @enum {string}
         */
        WithdrawalReason: "availability" | "relationship" | "personal" | "professional_change" | "objectives_met" | "other";
        /** Words */
        Words: {
            /** En */
            en: string;
            /** Fr */
            fr: string;
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
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
                "application/json": components["schemas"]["ApiClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCreated"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
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
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string | null;
                actor_id?: string | null;
                limit?: number;
                offset?: number;
                /** @description Inclusive lower bound. */
                since?: string | null;
                target_id?: string | null;
                target_type?: string | null;
                /** @description Exclusive upper bound. */
                until?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEventRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discoverSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscoveryRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveryRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
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
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
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
            header?: {
                "X-CSRF-Token"?: string | null;
            };
            path?: never;
            cookie?: {
                constel_refresh?: string | null;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: {
                "X-CSRF-Token"?: string | null;
            };
            path?: never;
            cookie?: {
                constel_refresh?: string | null;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    backchannelLogout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                configuration_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_backchannelLogout"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or out of the caller's reach (never told apart). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: {
                code?: string | null;
                error?: string | null;
                state?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: {
                constel_sso_browser?: string | null;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSsoClientKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                configuration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutWithProvider: {
        parameters: {
            query?: never;
            header?: {
                "X-CSRF-Token"?: string | null;
            };
            path?: never;
            cookie?: {
                constel_refresh?: string | null;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoLogoutRead"];
                };
            };
            /** @description No valid credentials (`not_authenticated`, `invalid_token`). */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSingleSignOn: {
        parameters: {
            query: {
                login_hint?: string | null;
                organisation: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedCreated"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarIcs: {
        parameters: {
            query?: {
                key?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": unknown;
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDirectoryImports: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ImportRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importDirectoryCsv: {
        parameters: {
            query?: {
                dry_run?: boolean;
                full_load?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDirectoryPeople: {
        parameters: {
            query?: {
                active?: boolean | null;
                include_sub_units?: boolean;
                limit?: number;
                offset?: number;
                /** @description Name, email, id or title */
                q?: string | null;
                site?: string | null;
                unit_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DirectoryPersonRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectoryPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPersonDetail"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDirectoryUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportKpisCsv: {
        parameters: {
            query?: {
                /** @description Bucket size of the period figures. */
                granularity?: "month" | "quarter";
                /** @description For people: headers, figures and periods in this language, rates as percentages, no ids, named after the program and the day. Default: machine keys for API clients. */
                language?: ("fr" | "en") | null;
                /** @description A year (2026), quarter (2026-Q2) or month (2026-04). */
                period?: string | null;
                /** @description One program (default: all). */
                program?: string | null;
                /** @description Restrict to a unit and its sub-units. */
                unit?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description KPI rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportKpisXlsx: {
        parameters: {
            query?: {
                /** @description Bucket size of the period figures. */
                granularity?: "month" | "quarter";
                /** @description For people: headers, figures and periods in this language, rates as percentages, no ids, named after the program and the day. Default: machine keys for API clients. */
                language?: ("fr" | "en") | null;
                /** @description A year (2026), quarter (2026-Q2) or month (2026-04). */
                period?: string | null;
                /** @description One program (default: all). */
                program?: string | null;
                /** @description Restrict to a unit and its sub-units. */
                unit?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description KPI workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listErasureRequests: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["ErasureStatus"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ErasureRequestRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    executeErasureRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequestRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export document (streamed JSON). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExport"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestMyErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequestRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                limit?: number;
                unread_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeConfirm"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpEnable"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeConfirm"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyMentorships: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["MentorshipStatus"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MentorshipRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionItems: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                session_id?: string | null;
                status?: components["schemas"]["ActionItemStatus"] | null;
            };
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ActionItemRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: string;
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: string;
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signMentorshipCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterSign"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_FeedbackRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    giveFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feedback_id: string;
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmFirstMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIntroductions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_IntroductionRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntroductionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                introduction_id: string;
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIntroductionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                introduction_id: string;
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntroductionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObjectives: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["ObjectiveStatus"] | null;
            };
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ObjectiveRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createObjective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectiveCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObjective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                objective_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateObjectiveStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                objective_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectiveUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refuseMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineReplacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMentoringSessions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["SessionStatus"] | null;
            };
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SessionRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleMentoringSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMentoringSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rescheduleMentoringSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionReschedule"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelMentoringSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markMentoringSessionHeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markMentoringSessionMissed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionMissed"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMentorshipTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawFromMentorship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mentorship_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Withdraw"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationMetrics: {
        parameters: {
            query?: {
                /** @description Include the breakdown by unit. */
                by_unit?: boolean;
                /** @description Bucket size of the period figures. */
                granularity?: "month" | "quarter";
                /** @description A year (2026), quarter (2026-Q2) or month (2026-04). */
                period?: string | null;
                /** @description Restrict to one program. */
                program?: string | null;
                /** @description Restrict to a unit and its sub-units. */
                unit?: string | null;
                /** @description Unit tree levels to break down. */
                unit_levels?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsReport"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribeReminders: {
        parameters: {
            query: {
                p: string;
                s: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                limit?: number;
                status?: ("queued" | "picked" | "failed") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                status?: ("pending" | "sent" | "retrying" | "failed" | "skipped") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailDeliveries"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoConfigurationWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSsoConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateSsoSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationCreated"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPairMessages: {
        parameters: {
            query?: {
                after?: number;
                limit?: number;
            };
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageChanges"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendPairMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editPairMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
                record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePairMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
                record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPairMessagesReadState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadStateRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPairMessagesReadState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadPosition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadStateRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["ProgramStatus"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProgramRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: "open-enrolment" | "start" | "close" | "archive";
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgramCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signProgramCharter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CharterSignRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterSignatureRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgramCharterVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharterVersionRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    duplicateProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DuplicateRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgramEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgramEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProgramEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgramEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgramEventAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordProgramEventAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceRead"][];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteToProgramEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventInvite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventInviteReport"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyProgramEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEventRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramManagers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagersRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProgramManagers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManagersUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagersRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkMatchingPair: {
        parameters: {
            query: {
                mentee_id: string;
                mentor_id: string;
            };
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairCheckRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMatchingExclusions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExclusionRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMatchingExclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExclusionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExclusionRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMatchingExclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exclusion_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPendingRematches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RematchRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorRequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequestRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMatchingRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunSummary"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMatchingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMatchingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addManualPair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualPairCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManualPairRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    excludeProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                proposal_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExclusionRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pinProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                proposal_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unpinProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                proposal_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishMatchingRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    swapProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwapRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"][];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMatchingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingSettingsRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMatchingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchingSettingsUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingSettingsRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyMentorSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramMetrics: {
        parameters: {
            query?: {
                /** @description Include the breakdown by unit. */
                by_unit?: boolean;
                /** @description Bucket size of the period figures. */
                granularity?: "month" | "quarter";
                /** @description A year (2026), quarter (2026-Q2) or month (2026-04). */
                period?: string | null;
                /** @description Restrict to a unit and its sub-units. */
                unit?: string | null;
                /** @description Unit tree levels to break down. */
                unit_levels?: number;
            };
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsReport"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgramPairFollowUp: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PairFollowUp_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParticipants: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                role?: components["schemas"]["ParticipantRole"] | null;
                state?: components["schemas"]["ParticipantState"] | null;
            };
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ParticipantRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participant_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participant_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    evaluateParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                participant_id: string;
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePeople"] | components["schemas"]["InviteUnit"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationReport"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteParticipantsCsv: {
        parameters: {
            query: {
                role: components["schemas"]["ParticipantRole"];
            };
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationReport"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyParticipation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyParticipationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptProgramInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyParticipationRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswersUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyParticipationRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyToProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyParticipationRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineProgramInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyParticipationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawFromProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyParticipationRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceProgramQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionnaireUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                program_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProgramRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyPrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProgramRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVaultBundle: {
        parameters: {
            query?: {
                key_version?: number | null;
            };
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVaultFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putVaultFileChunk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                index: number;
                record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadVaultFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finalizeVaultFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileFinalize"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyVault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVault"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishVaultIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityPublish"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVault"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVaultKeyMaterial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyMaterialWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyMaterialRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyVaultKeyring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyringRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMyVaultKeyring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyringWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyringRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVaultPair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyVaultEnvelopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvelopeRead"][];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addVaultEnvelopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnvelopesAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvelopeRead"][];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVaultEpoch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EpochCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVaultRecords: {
        parameters: {
            query: {
                include_deleted?: boolean;
                limit?: number;
                offset?: number;
                pair_id: string;
                parent_id?: string | null;
                record_type?: string | null;
                subject_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RecordRead_"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVaultRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVaultRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRead"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, scope, TOTP policy or CSRF check). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVaultRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRead"];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over this operation's size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteVaultRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVaultRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBatch"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRead"][];
                };
            };
            /** @description Malformed request body (`invalid_json`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            401: {
                headers: {
                    /** @description `Bearer` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    /** @description Seconds to wait (5). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always `{"status": "ok"}` while the process runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{"status": "ok"}`: the database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid parameters or body (`validation_error`, with `errors`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `{"status": "unavailable"}`: the database does not answer; plain JSON, not problem+json, as probes expect. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
}
