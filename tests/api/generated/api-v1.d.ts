// Generated from GET /api/v1/openapi.json by tests/api/generate-client.ts; do not edit.
export interface paths {
  "/jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List jobs, newest first
     * @description Requires the `read` scope.
     */
    get: operations["listJobs"];
    put?: never;
    /**
     * Create a scraping job
     * @description Requires the `write` scope.
     */
    post: operations["createJob"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/jobs/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a job and its progress
     * @description Requires the `read` scope.
     */
    get: operations["getJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/jobs/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a pending or running job
     * @description Requires the `write` scope.
     */
    post: operations["cancelJob"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/jobs/{id}/urls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a job's URLs and their state
     * @description Requires the `read` scope.
     */
    get: operations["listJobUrls"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List, filter and search leads
     * @description Requires the `read` scope.
     */
    get: operations["listLeads"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export leads as CSV or JSON (streamed)
     * @description Requires the `read` scope. The key's creator must be an admin or member of the organization: a viewer's key (which keeps only `read`) gets 403 `forbidden`, as viewers cannot export in the dashboard either.
     */
    get: operations["exportLeads"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import leads from a CSV file
     * @description Requires the `write` scope. The body is the file itself (`Content-Type: text/csv`, UTF-8, a header row first). Each query parameter maps a lead field to a column header (`?company=Account%20Name&website=URL`); with none, columns are matched by their header names (Company, Website, Domain, Email, Phone, Name, Title, LinkedIn, Address, Stage, Notes). Every row needs a website or a domain. All or nothing: if any row is invalid nothing is written and the 422's `error.details.errors` lists up to 100 problems as `{ row, field, column, message }` (the header is row 1) with `error.details.error_count`. Leads are deduplicated by domain, within the file and against the organization's leads; existing leads are skipped, never changed. A row with a contact name also creates a contact. At most 20 MB and 100,000 rows (413 beyond). Costs no credits. A viewer's key gets 403.
     */
    post: operations["importLeads"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a lead with enrichment, reasons, signals and sources
     * @description Requires the `read` scope.
     */
    get: operations["getLead"];
    put?: never;
    post?: never;
    /**
     * Delete a lead
     * @description Requires the `delete` scope.
     */
    delete: operations["deleteLead"];
    options?: never;
    head?: never;
    /**
     * Change a lead's stage, notes or tags
     * @description Requires the `write` scope. stage moves through the pipeline's rules (422 for a move they do not allow; POST /leads/{id}/stage also takes the stage you saw); notes adds a note to the thread.
     */
    patch: operations["updateLead"];
    trace?: never;
  };
  "/leads/{id}/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a lead's contacts
     * @description Requires the `read` scope. At most 500, by name.
     */
    get: operations["listLeadContacts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads/{id}/stage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a lead to another stage
     * @description Requires the `write` scope. Only the moves of the pipeline (docs/pipeline.md): a refused move answers 422 naming the current stage and the stages allowed from it. Send `from` (the stage you saw) to get 409 instead of a move if someone moved the lead meanwhile. Fires lead.stage_changed.
     */
    post: operations["moveLeadStage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads/{id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a lead's stage history
     * @description Requires the `read` scope. Oldest first; the latest 500 changes.
     */
    get: operations["getLeadHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/leads/{id}/notes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a lead's notes
     * @description Requires the `read` scope. Oldest first; the latest 500.
     */
    get: operations["listLeadNotes"];
    put?: never;
    /**
     * Add a note to a lead
     * @description Requires the `write` scope. The lead's `notes` field shows the latest note.
     */
    post: operations["addLeadNote"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/contacts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List and search contacts (the people found on company sites)
     * @description Requires the `read` scope. Each person once per organization across jobs, keyed by personal email or by company domain and name. Generic inboxes stay on the lead.
     */
    get: operations["listContacts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/credits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Credit balance and recent ledger entries
     * @description Requires the `read` scope.
     */
    get: operations["getCredits"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/crm/push": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Push leads and their contacts to a connected CRM (HubSpot or Salesforce)
     * @description Requires the `write` scope. Give `lead_ids` (up to 1,000) or a `job_id`, and `provider` (`hubspot` or `salesforce`) unless exactly one CRM is connected — with both connected a push naming none is a 422. Companies are matched by domain (HubSpot) or website (Salesforce Accounts) and people by email, so pushing again updates and never duplicates. The push runs in the background: follow it in Settings › Integrations. 409 when the CRM is not connected.
     */
    post: operations["pushToCrm"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/billing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Plan, limits, credits per bucket and the billing period
     * @description Requires the `read` scope.
     */
    get: operations["getBilling"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The calling key's organization and scopes
     * @description Requires the `read` scope.
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
  "/audit-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization's audit log, newest first: who changed keys, webhooks, leads, rules, roles (keys of admins only; others get 403)
     * @description Requires the `read` scope.
     */
    get: operations["listAuditLog"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints (at most 20 per organization)
     * @description Requires the `read` scope.
     */
    get: operations["listWebhooks"];
    put?: never;
    /**
     * Create a webhook endpoint; the response holds its signing secret, shown only here
     * @description Requires the `write` scope.
     */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook endpoint
     * @description Requires the `read` scope.
     */
    get: operations["getWebhook"];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint and its delivery log
     * @description Requires the `delete` scope.
     */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint; active: true re-enables a disabled one
     * @description Requires the `write` scope.
     */
    patch: operations["updateWebhook"];
    trace?: never;
  };
  "/webhooks/{id}/rotate-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new signing secret (shown only here); the old one also signs for 24 h
     * @description Requires the `write` scope.
     */
    post: operations["rotateWebhookSecret"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a signed webhook.test event to the endpoint (one attempt, logged)
     * @description Requires the `write` scope.
     */
    post: operations["testWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The endpoint's delivery log, one entry per attempt, newest first
     * @description Requires the `read` scope.
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
  "/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send that delivery's event again: same body, same webhook-id (one attempt)
     * @description Requires the `write` scope.
     */
    post: operations["redeliverWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  "job.completed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A job ended successfully
     * @description Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event's id: the same on every retry and redelivery; de-duplicate on it */
          "webhook-id": string;
          /** @description Unix seconds when this attempt was signed; refuse ones older than 5 minutes */
          "webhook-timestamp": string;
          /** @description Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library */
          "webhook-signature": string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "type": "job.completed",
           *       "timestamp": "2026-05-04T10:15:42.000Z",
           *       "data": {
           *         "job": {
           *           "id": "6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10",
           *           "status": "completed",
           *           "type": "bulk",
           *           "counts": {
           *             "total_urls": 25,
           *             "processed_urls": 25,
           *             "successful_urls": 23,
           *             "failed_urls": 2,
           *             "leads_found": 21
           *           },
           *           "credits_used": 63,
           *           "timings": {
           *             "created_at": "2026-05-04T10:12:01.000Z",
           *             "started_at": "2026-05-04T10:12:02.000Z",
           *             "completed_at": "2026-05-04T10:15:42.000Z",
           *             "duration_ms": 220000
           *           },
           *           "error": null
           *         },
           *         "summary": {
           *           "leads": 21,
           *           "hot": 4,
           *           "warm": 9,
           *           "cold": 8,
           *           "contacts": 34,
           *           "new_contacts": 30
           *         },
           *         "leads_url": "https://app.leadscout.example/api/v1/leads?job_id=6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10"
           *       }
           *     }
           */
          "application/json": components["schemas"]["JobEvent"];
        };
      };
      responses: {
        /** @description Gone: Leadscout disables the endpoint and stops delivering */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Received. Anything else (or no answer within 10 s) is retried */
        "2XX": {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "job.failed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A job ended failed
     * @description Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event's id: the same on every retry and redelivery; de-duplicate on it */
          "webhook-id": string;
          /** @description Unix seconds when this attempt was signed; refuse ones older than 5 minutes */
          "webhook-timestamp": string;
          /** @description Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library */
          "webhook-signature": string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "type": "job.failed",
           *       "timestamp": "2026-05-04T10:15:42.000Z",
           *       "data": {
           *         "job": {
           *           "id": "6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10",
           *           "status": "failed",
           *           "type": "bulk",
           *           "counts": {
           *             "total_urls": 25,
           *             "processed_urls": 25,
           *             "successful_urls": 23,
           *             "failed_urls": 2,
           *             "leads_found": 21
           *           },
           *           "credits_used": 63,
           *           "timings": {
           *             "created_at": "2026-05-04T10:12:01.000Z",
           *             "started_at": "2026-05-04T10:12:02.000Z",
           *             "completed_at": "2026-05-04T10:15:42.000Z",
           *             "duration_ms": 220000
           *           },
           *           "error": null
           *         },
           *         "summary": {
           *           "leads": 21,
           *           "hot": 4,
           *           "warm": 9,
           *           "cold": 8,
           *           "contacts": 34,
           *           "new_contacts": 30
           *         },
           *         "leads_url": "https://app.leadscout.example/api/v1/leads?job_id=6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10"
           *       }
           *     }
           */
          "application/json": components["schemas"]["JobEvent"];
        };
      };
      responses: {
        /** @description Gone: Leadscout disables the endpoint and stops delivering */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Received. Anything else (or no answer within 10 s) is retried */
        "2XX": {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "job.cancelled": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A job ended cancelled
     * @description Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event's id: the same on every retry and redelivery; de-duplicate on it */
          "webhook-id": string;
          /** @description Unix seconds when this attempt was signed; refuse ones older than 5 minutes */
          "webhook-timestamp": string;
          /** @description Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library */
          "webhook-signature": string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "type": "job.cancelled",
           *       "timestamp": "2026-05-04T10:15:42.000Z",
           *       "data": {
           *         "job": {
           *           "id": "6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10",
           *           "status": "cancelled",
           *           "type": "bulk",
           *           "counts": {
           *             "total_urls": 25,
           *             "processed_urls": 25,
           *             "successful_urls": 23,
           *             "failed_urls": 2,
           *             "leads_found": 21
           *           },
           *           "credits_used": 63,
           *           "timings": {
           *             "created_at": "2026-05-04T10:12:01.000Z",
           *             "started_at": "2026-05-04T10:12:02.000Z",
           *             "completed_at": "2026-05-04T10:15:42.000Z",
           *             "duration_ms": 220000
           *           },
           *           "error": null
           *         },
           *         "summary": {
           *           "leads": 21,
           *           "hot": 4,
           *           "warm": 9,
           *           "cold": 8,
           *           "contacts": 34,
           *           "new_contacts": 30
           *         },
           *         "leads_url": "https://app.leadscout.example/api/v1/leads?job_id=6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10"
           *       }
           *     }
           */
          "application/json": components["schemas"]["JobEvent"];
        };
      };
      responses: {
        /** @description Gone: Leadscout disables the endpoint and stops delivering */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Received. Anything else (or no answer within 10 s) is retried */
        "2XX": {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "lead.stage_changed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A lead moved to another stage of the pipeline (dashboard, bulk action or API)
     * @description Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event's id: the same on every retry and redelivery; de-duplicate on it */
          "webhook-id": string;
          /** @description Unix seconds when this attempt was signed; refuse ones older than 5 minutes */
          "webhook-timestamp": string;
          /** @description Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library */
          "webhook-signature": string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "type": "lead.stage_changed",
           *       "timestamp": "2026-05-06T09:30:12.000Z",
           *       "data": {
           *         "change": {
           *           "id": "3d2f8a61-5b7c-4e0a-9f12-7c4b6e8d1a20",
           *           "from": "contacted",
           *           "to": "qualified",
           *           "changed_at": "2026-05-06T09:30:12.000Z",
           *           "actor": {
           *             "type": "api_key",
           *             "user_id": "9a4e2c10-1f3b-4d6a-8e57-0b2c4d6f8a91",
           *             "api_key_id": "5e7a9c1b-3d5f-4a7b-9c1e-2f4a6b8c0d13"
           *           }
           *         },
           *         "lead": {
           *           "id": "c1a3e5f7-2b4d-4c6e-8a0b-1d3f5a7c9e24",
           *           "name": "Dana Whitfield",
           *           "company": "Acme Analytics",
           *           "email": "dana@acme-analytics.example",
           *           "domain": "acme-analytics.example",
           *           "stage": "qualified",
           *           "score": 82
           *         },
           *         "lead_url": "https://app.leadscout.example/api/v1/leads/c1a3e5f7-2b4d-4c6e-8a0b-1d3f5a7c9e24"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LeadStageChangedEvent"];
        };
      };
      responses: {
        /** @description Gone: Leadscout disables the endpoint and stops delivering */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Received. Anything else (or no answer within 10 s) is retried */
        "2XX": {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "lead.created": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A prospect sent an inbound form and a new lead was created
     * @description Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event's id: the same on every retry and redelivery; de-duplicate on it */
          "webhook-id": string;
          /** @description Unix seconds when this attempt was signed; refuse ones older than 5 minutes */
          "webhook-timestamp": string;
          /** @description Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library */
          "webhook-signature": string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "type": "lead.created",
           *       "timestamp": "2026-05-04T10:15:42.000Z",
           *       "data": {
           *         "lead": {
           *           "id": "0c4a7e2b-5d1f-4b8e-a3c6-9f2e1d7b4a50",
           *           "source": "inbound",
           *           "email": "jane@acme.example",
           *           "name": "Jane Doe",
           *           "company": "Acme",
           *           "domain": "acme.example",
           *           "website": "https://acme.example",
           *           "phone": null,
           *           "stage": "new",
           *           "created_at": "2026-05-04T10:15:42.000Z"
           *         },
           *         "form": {
           *           "id": "5e2d8c1a-7b4f-4a3e-9c6d-1f0e2b3a4c5d",
           *           "name": "Contact us",
           *           "slug": "contact-us-x1y2z3"
           *         },
           *         "submission_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
           *         "lead_url": "https://app.leadscout.example/api/v1/leads/0c4a7e2b-5d1f-4b8e-a3c6-9f2e1d7b4a50"
           *       }
           *     }
           */
          "application/json": components["schemas"]["LeadCreatedEvent"];
        };
      };
      responses: {
        /** @description Gone: Leadscout disables the endpoint and stops delivering */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Received. Anything else (or no answer within 10 s) is retried */
        "2XX": {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "webhook.test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A test event, sent by POST /webhooks/{id}/test
     * @description Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.
     */
    post: {
      parameters: {
        query?: never;
        header: {
          /** @description The event's id: the same on every retry and redelivery; de-duplicate on it */
          "webhook-id": string;
          /** @description Unix seconds when this attempt was signed; refuse ones older than 5 minutes */
          "webhook-timestamp": string;
          /** @description Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library */
          "webhook-signature": string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          /**
           * @example {
           *       "type": "webhook.test",
           *       "timestamp": "2026-05-04T10:15:42.000Z",
           *       "data": {
           *         "webhook_id": "0b7e1c52-3f5a-4d8e-b2a4-6c9d1e0f7a38",
           *         "message": "A test event from Leadscout"
           *       }
           *     }
           */
          "application/json": components["schemas"]["TestEvent"];
        };
      };
      responses: {
        /** @description Gone: Leadscout disables the endpoint and stops delivering */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Received. Anything else (or no answer within 10 s) is retried */
        "2XX": {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    Error: {
      /** @constant */
      success: false;
      data: null;
      error: {
        /** @enum {string} */
        code:
          | "validation_failed"
          | "bad_request"
          | "unauthenticated"
          | "invalid_api_key"
          | "missing_api_key"
          | "malformed_api_key"
          | "forbidden"
          | "insufficient_scope"
          | "not_found"
          | "conflict"
          | "idempotency_conflict"
          | "payload_too_large"
          | "insufficient_credits"
          | "plan_limit_urls_per_job"
          | "plan_limit_pages_per_site"
          | "plan_limit_seats"
          | "billing_past_due"
          | "billing_not_configured"
          | "crm_not_configured"
          | "crm_not_connected"
          | "rate_limited"
          | "unavailable"
          | "internal";
        message: string;
        /** @description Every invalid field with all its problems (422) */
        fields?: {
          [key: string]: string[];
        };
        details?: {
          [key: string]: unknown;
        };
      };
      meta: {
        request_id: string;
      };
    };
    Job: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      org_id: string;
      /** @enum {string} */
      type: "single" | "bulk" | "sitemap";
      /** @enum {string} */
      status: "pending" | "processing" | "completed" | "failed" | "cancelled";
      options: {
        [key: string]: unknown;
      };
      source: {
        url?: string;
        sitemap_url?: string;
      };
      progress: {
        total_urls: number;
        processed_urls: number;
        successful_urls: number;
        failed_urls: number;
        processing_urls: number;
        leads_found: number;
        percent: number;
        eta_seconds: number | null;
      };
      credits: {
        reserved: number;
        used: number;
        released: number;
      };
      webhook_url: string | null;
      error: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      started_at: string | null;
      completed_at: string | null;
    };
    CreatedJob: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      org_id: string;
      /** @enum {string} */
      type: "single" | "bulk" | "sitemap";
      /** @enum {string} */
      status: "pending" | "processing" | "completed" | "failed" | "cancelled";
      options: {
        [key: string]: unknown;
      };
      source: {
        url?: string;
        sitemap_url?: string;
      };
      progress: {
        total_urls: number;
        processed_urls: number;
        successful_urls: number;
        failed_urls: number;
        processing_urls: number;
        leads_found: number;
        percent: number;
        eta_seconds: number | null;
      };
      credits: {
        reserved: number;
        used: number;
        released: number;
      };
      webhook_url: string | null;
      error: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      started_at: string | null;
      completed_at: string | null;
      /** @description With webhook_url: the whsec_ secret its job.* deliveries are signed with (Standard Webhooks). Shown only here. */
      webhook_secret: string | null;
    };
    JobUrl: {
      /** Format: uuid */
      id: string;
      url: string;
      /** @enum {string} */
      status:
        "pending" | "processing" | "completed" | "failed" | "blocked" | "not_found" | "cancelled";
      attempts: number;
      leads_found: number;
      credits_charged: number;
      error: string | null;
      started_at: string | null;
      completed_at: string | null;
    };
    Lead: {
      /** Format: uuid */
      id: string;
      job_id: string | null;
      name: string | null;
      title: string | null;
      company: string | null;
      email: string | null;
      phone: string | null;
      domain: string | null;
      website: string | null;
      linkedin_url: string | null;
      address: string | null;
      score: number | null;
      status: ("hot" | "warm" | "cold") | null;
      confidence: number | null;
      qualification_method: ("llm" | "rules") | null;
      /** @enum {string} */
      stage: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
      tags: string[];
      notes: string | null;
      source_url: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updated_at: string;
    };
    LeadDetail: {
      /** Format: uuid */
      id: string;
      job_id: string | null;
      name: string | null;
      title: string | null;
      company: string | null;
      email: string | null;
      phone: string | null;
      domain: string | null;
      website: string | null;
      linkedin_url: string | null;
      address: string | null;
      score: number | null;
      status: ("hot" | "warm" | "cold") | null;
      confidence: number | null;
      qualification_method: ("llm" | "rules") | null;
      /** @enum {string} */
      stage: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
      tags: string[];
      notes: string | null;
      source_url: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updated_at: string;
      emails: unknown[];
      phones: unknown[];
      socials: unknown[];
      people: unknown[];
      /** @description Why the lead scored as it did */
      reasons: unknown[];
      /** @description Buying signals found on the site */
      signals: unknown[];
      /** @description Pages and jobs the lead was found on */
      sources: unknown[];
      enrichment: {
        provider: string;
        /** @enum {string} */
        type: "company" | "email" | "linkedin" | "person";
        data: {
          [key: string]: unknown;
        };
        confidence: number | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        updated_at: string;
      }[];
    };
    Deleted: {
      /** Format: uuid */
      id: string;
      /** @constant */
      deleted: true;
    };
    Contact: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The company lead the person was found on
       */
      lead_id: string;
      name: string;
      title: string | null;
      /** @description A personal address; generic inboxes stay on the lead */
      email: string | null;
      /** @description E.164 */
      phone: string | null;
      linkedin_url: string | null;
      /** @description The page the person was found on */
      source_url: string | null;
      /** @description The lead's company name */
      company: string | null;
      domain: string;
      /** @description The job that first found the person */
      first_job_id: string | null;
      /** @description The latest job that found the person */
      job_id: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    StageMove: {
      lead: components["schemas"]["Lead"];
      /** @description The history row written; null when the lead was in that stage already */
      change: components["schemas"]["StageChange"] | null;
    };
    StageChange: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lead_id: string;
      /** @description null: the stage the lead had when history began */
      from: ("new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived") | null;
      /** @enum {string} */
      to: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
      /** @description The member (for an API key, the key's creator) */
      actor_id: string | null;
      /** @description The key, when the move came through the API */
      api_key_id: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      changed_at: string;
    };
    MoveLeadStage: {
      /**
       * @description The stage to move the lead to (see docs/pipeline.md)
       * @enum {string}
       */
      stage: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
      /**
       * @description The stage you last saw: if the lead has moved since, nothing changes and the answer is 409
       * @enum {string}
       */
      from?: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
    };
    LeadHistory: {
      /** @enum {string} */
      stage: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
      /** @description When the lead first reached each stage it has been in */
      first_reached: {
        [key: string]: string;
      };
      changes: {
        /** Format: uuid */
        id: string;
        from: ("new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived") | null;
        /** @enum {string} */
        to: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
        actor: {
          /** Format: uuid */
          id: string;
          email: string | null;
          name: string | null;
        } | null;
        api_key: {
          /** Format: uuid */
          id: string;
          name: string | null;
        } | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        changed_at: string;
      }[];
    };
    LeadNote: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lead_id: string;
      body: string;
      /** @description null: written before the notes thread existed, or the author left */
      author: {
        /** Format: uuid */
        id: string;
        email: string | null;
        name: string | null;
      } | null;
      api_key_id: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updated_at: string;
    };
    AddLeadNote: {
      /** @description The note's text (1..10,000 characters) */
      body: string;
    };
    Credits: {
      /** @description Credits free to spend */
      balance: number;
      /** @description Credits held by running jobs */
      reserved: number;
      recent_transactions: {
        /** Format: uuid */
        id: string;
        job_id: string | null;
        /** @enum {string} */
        kind:
          | "grant"
          | "purchase"
          | "reserve"
          | "release"
          | "charge"
          | "refund"
          | "adjustment"
          | "allowance"
          | "clawback";
        amount: number;
        balance_after: number;
        description: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        created_at: string;
      }[];
    };
    Billing: {
      /** @enum {string} */
      plan: "free" | "starter" | "pro" | "enterprise";
      plan_name: string;
      /**
       * @description past_due: new jobs are refused until paid
       * @enum {string}
       */
      status: "active" | "trialing" | "past_due" | "canceled";
      billing_interval: ("month" | "year") | null;
      /** @description The plan ends (back to Free) at period end */
      cancel_at_period_end: boolean;
      /** @description End of the paid period (Stripe subscriptions) */
      current_period_end: string | null;
      /** @description Next scheduled allowance top-up, if scheduled */
      allowance_renews_at: string | null;
      /**
       * @description Who changes the plan
       * @enum {string}
       */
      managed_by: "stripe" | "installation";
      stripe_configured: boolean;
      limits: {
        /** @description The allowance bucket is topped up to this each month */
        monthly_credits: number;
        /** @description Concurrency slots for the organization's URLs */
        job_concurrency: number;
        /** @description Per API key */
        api_requests_per_minute: number;
        /** @description Members plus open invitations; null: unlimited */
        seats: number | null;
        urls_per_job: number;
        pages_per_site: number;
        /** @description Leads may be scored by Claude (when configured) */
        claude_scoring: boolean;
      };
      credits: {
        /** @description Free to spend (negative only after a refund or dispute clawback) */
        balance: number;
        /** @description Held by running jobs */
        reserved: number;
        /** @description The allowance bucket (spent first): balance + reserved - purchased */
        allowance: number;
        /** @description The purchased bucket (packs and grants; never expires) */
        purchased: number;
      };
    };
    Me: {
      organization: {
        /** Format: uuid */
        id: string;
        name: string | null;
        slug: string | null;
        plan: string | null;
      };
      api_key: {
        /** Format: uuid */
        id: string;
        name: string | null;
        hint: string | null;
        scopes: ("read" | "write" | "delete")[];
        expires_at: string | null;
        created_at: string | null;
      };
    };
    Webhook: {
      /** Format: uuid */
      id: string;
      url: string;
      description: string | null;
      events: (
        "job.completed" | "job.failed" | "job.cancelled" | "lead.stage_changed" | "lead.created"
      )[];
      active: boolean;
      /** @description Why Leadscout stopped delivering (410 Gone, a day of failures); null while active */
      disabled_reason: string | null;
      /** @description The end of the signing secret, to tell secrets apart */
      secret_hint: string;
      consecutive_failures: number;
      failing_since: string | null;
      secret_rotated_at: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updated_at: string;
    };
    WebhookWithSecret: {
      /** Format: uuid */
      id: string;
      url: string;
      description: string | null;
      events: (
        "job.completed" | "job.failed" | "job.cancelled" | "lead.stage_changed" | "lead.created"
      )[];
      active: boolean;
      /** @description Why Leadscout stopped delivering (410 Gone, a day of failures); null while active */
      disabled_reason: string | null;
      /** @description The end of the signing secret, to tell secrets apart */
      secret_hint: string;
      consecutive_failures: number;
      failing_since: string | null;
      secret_rotated_at: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updated_at: string;
      /** @description whsec_…: verify signatures with it. Shown only now; store it safely */
      secret: string;
    };
    CreateWebhook: {
      /** @description HTTPS URL that receives the events (http only for hosts in SSRF_ALLOWLIST) */
      url: string;
      /** @description Event types delivered to this endpoint */
      events?: (
        "job.completed" | "job.failed" | "job.cancelled" | "lead.stage_changed" | "lead.created"
      )[];
      description?: string | null;
    };
    UpdateWebhook: {
      /** @description HTTPS URL that receives the events (http only for hosts in SSRF_ALLOWLIST) */
      url?: string;
      /** @description Event types delivered to this endpoint */
      events?: (
        "job.completed" | "job.failed" | "job.cancelled" | "lead.stage_changed" | "lead.created"
      )[];
      description?: string | null;
      /** @description false pauses deliveries; true re-enables a disabled endpoint and clears its failures */
      active?: boolean;
    };
    QueuedDelivery: {
      /** Format: uuid */
      webhook_id: string;
      event_id: string;
      event_type: string;
      /** @constant */
      queued: true;
    };
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      webhook_id: string | null;
      job_id: string | null;
      /** @description The webhook-id header: the same on every attempt of an event */
      event_id: string;
      event_type: string;
      url: string;
      attempt: number;
      succeeded: boolean;
      request_headers: {
        [key: string]: string;
      };
      request_body: string;
      response_status: number | null;
      /** @description The first 4 KB */
      response_body: string | null;
      duration_ms: number | null;
      error: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      created_at: string;
    };
    JobEvent: {
      /** @enum {string} */
      type: "job.completed" | "job.failed" | "job.cancelled";
      /**
       * Format: date-time
       * @description When the job ended
       */
      timestamp: string;
      data: {
        job: {
          /** Format: uuid */
          id: string;
          /** @enum {string} */
          status: "completed" | "failed" | "cancelled";
          /** @enum {string} */
          type: "single" | "bulk" | "sitemap";
          counts: {
            total_urls: number;
            processed_urls: number;
            successful_urls: number;
            failed_urls: number;
            leads_found: number;
          };
          credits_used: number;
          timings: {
            /**
             * Format: date-time
             * @description ISO 8601, UTC
             */
            created_at: string;
            started_at: string | null;
            completed_at: string | null;
            /** @description started_at to completed_at */
            duration_ms: number | null;
          };
          error: string | null;
        };
        summary: {
          /** @description Leads this job found */
          leads: number;
          hot: number;
          warm: number;
          cold: number;
          /** @description People this job found on the sites (contacts) */
          contacts: number;
          /** @description Of those, contacts the organization did not have before */
          new_contacts: number;
        };
        /** @description GET this (with your API key) for the job's leads */
        leads_url: string;
      };
    };
    LeadStageChangedEvent: {
      /** @constant */
      type: "lead.stage_changed";
      /**
       * Format: date-time
       * @description When the lead moved
       */
      timestamp: string;
      data: {
        change: {
          /**
           * Format: uuid
           * @description The history row; the webhook-id is derived from it
           */
          id: string;
          from:
            ("new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived") | null;
          /** @enum {string} */
          to: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
          /**
           * Format: date-time
           * @description ISO 8601, UTC
           */
          changed_at: string;
          actor: {
            /**
             * @description Moved in the dashboard, or through the API
             * @enum {string}
             */
            type: "user" | "api_key";
            /** @description The member (for an API key, the key's creator) */
            user_id: string | null;
            api_key_id: string | null;
          };
        };
        lead: {
          /** Format: uuid */
          id: string;
          name: string | null;
          company: string | null;
          email: string | null;
          domain: string | null;
          /**
           * @description The lead's stage when the event was built
           * @enum {string}
           */
          stage: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
          score: number | null;
        };
        /** @description GET this (with your API key) for the whole lead */
        lead_url: string;
      };
    };
    LeadCreatedEvent: {
      /** @constant */
      type: "lead.created";
      /**
       * Format: date-time
       * @description When the lead was created
       */
      timestamp: string;
      data: {
        lead: {
          /** Format: uuid */
          id: string;
          /**
           * @description Where the lead came from
           * @constant
           */
          source: "inbound";
          email: string | null;
          name: string | null;
          company: string | null;
          domain: string | null;
          website: string | null;
          phone: string | null;
          stage: string;
          /**
           * Format: date-time
           * @description ISO 8601, UTC
           */
          created_at: string;
        };
        form: {
          /** Format: uuid */
          id: string;
          name: string;
          slug: string;
        };
        /** Format: uuid */
        submission_id: string;
        /** @description GET this (with your API key) for the whole lead */
        lead_url: string;
      };
    };
    TestEvent: {
      /** @constant */
      type: "webhook.test";
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      timestamp: string;
      data: {
        /** Format: uuid */
        webhook_id: string;
        message: string;
      };
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
  listJobs: {
    parameters: {
      query?: {
        /** @description Only jobs in this status */
        status?: "pending" | "processing" | "completed" | "failed" | "cancelled";
        limit?: number;
        /** @description next_cursor from the previous page */
        cursor?: string;
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Job"][];
            error: null;
            meta: {
              request_id: string;
              /** @description Pass as cursor for the next page; null at the end */
              next_cursor: string | null;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createJob: {
    parameters: {
      query?: never;
      header?: {
        /** @description Same key and body within 24 h returns the first job; same key with another body is a 409 */
        "Idempotency-Key"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "type": "single",
         *       "url": "https://acme.com",
         *       "options": {
         *         "max_pages_per_site": 5
         *       }
         *     }
         */
        "application/json":
          | {
              /** @constant */
              type: "single";
              /** @description Company website, e.g. https://acme.com (a bare domain means https) */
              url: string;
              /** @description How each site is crawled and processed */
              options?: {
                /**
                 * @description Pages crawled per site at most, home page included (1..50, default 10)
                 * @default 10
                 */
                max_pages_per_site?: number;
                /**
                 * @description "http": fetch only; "browser": render in Chromium; "auto": render when needed
                 * @default auto
                 * @enum {string}
                 */
                render?: "auto" | "http" | "browser";
                /**
                 * @description Score each lead with the organization's rules (default true)
                 * @default true
                 */
                qualify?: boolean;
                /**
                 * @description Enrich each lead with company facts (default true)
                 * @default true
                 */
                enrich?: boolean;
              };
              /** @description HTTPS URL also notified when the job ends (http only for hosts in SSRF_ALLOWLIST); private, loopback and metadata addresses are refused */
              webhook_url?: string;
            }
          | {
              /** @constant */
              type: "bulk";
              /** @description Websites to scrape, 1..10000; duplicates are dropped */
              urls: string[];
              /** @description How each site is crawled and processed */
              options?: {
                /**
                 * @description Pages crawled per site at most, home page included (1..50, default 10)
                 * @default 10
                 */
                max_pages_per_site?: number;
                /**
                 * @description "http": fetch only; "browser": render in Chromium; "auto": render when needed
                 * @default auto
                 * @enum {string}
                 */
                render?: "auto" | "http" | "browser";
                /**
                 * @description Score each lead with the organization's rules (default true)
                 * @default true
                 */
                qualify?: boolean;
                /**
                 * @description Enrich each lead with company facts (default true)
                 * @default true
                 */
                enrich?: boolean;
              };
              /** @description HTTPS URL also notified when the job ends (http only for hosts in SSRF_ALLOWLIST); private, loopback and metadata addresses are refused */
              webhook_url?: string;
            }
          | {
              /** @constant */
              type: "sitemap";
              /** @description A sitemap, sitemap index, robots.txt or site root */
              sitemap_url: string;
              /**
               * @description Pages taken from the sitemap at most (default 1000)
               * @default 1000
               */
              max_urls?: number;
              /** @description How each site is crawled and processed */
              options?: {
                /**
                 * @description Pages crawled per site at most, home page included (1..50, default 10)
                 * @default 10
                 */
                max_pages_per_site?: number;
                /**
                 * @description "http": fetch only; "browser": render in Chromium; "auto": render when needed
                 * @default auto
                 * @enum {string}
                 */
                render?: "auto" | "http" | "browser";
                /**
                 * @description Score each lead with the organization's rules (default true)
                 * @default true
                 */
                qualify?: boolean;
                /**
                 * @description Enrich each lead with company facts (default true)
                 * @default true
                 */
                enrich?: boolean;
              };
              /** @description HTTPS URL also notified when the job ends (http only for hosts in SSRF_ALLOWLIST); private, loopback and metadata addresses are refused */
              webhook_url?: string;
            };
      };
    };
    responses: {
      /** @description Accepted: the job is queued */
      202: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["CreatedJob"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Payment required: not enough credits for the job's maximum cost (insufficient_credits), a plan limit (plan_limit_urls_per_job, plan_limit_pages_per_site; details.upgrade_to names the plan that lifts it) or an overdue payment (billing_past_due) */
      402: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Job id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Job"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  cancelJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Job id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Job"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listJobUrls: {
    parameters: {
      query?: {
        status?:
          "pending" | "processing" | "completed" | "failed" | "blocked" | "not_found" | "cancelled";
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Job id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["JobUrl"][];
            error: null;
            meta: {
              request_id: string;
              /** @description Pass as cursor for the next page; null at the end */
              next_cursor: string | null;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listLeads: {
    parameters: {
      query?: {
        /** @description Only leads from this job */
        job_id?: string;
        /** @description Qualification: hot, warm or cold */
        status?: "hot" | "warm" | "cold";
        /** @description Score at least (0..100) */
        min_score?: number;
        /** @description Score at most (0..100) */
        max_score?: number;
        /** @description Pipeline stage */
        stage?: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
        /** @description Only leads with (true) or without (false) an email */
        has_email?: "true" | "false";
        /** @description Only leads with (true) or without (false) a phone */
        has_phone?: "true" | "false";
        /** @description Created at or after this instant */
        created_after?: string;
        /** @description Created before this instant */
        created_before?: string;
        /** @description Full-text search over name, company, email and domain */
        q?: string;
        /** @description Order: created_at or score, prefixed with - for descending (default -created_at) */
        sort?: "-created_at" | "created_at" | "-score" | "score";
        /** @description Page size, 1..100 (default 50) */
        limit?: number;
        /** @description next_cursor from the previous page */
        cursor?: string;
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Lead"][];
            error: null;
            meta: {
              request_id: string;
              /** @description Pass as cursor for the next page; null at the end */
              next_cursor: string | null;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  exportLeads: {
    parameters: {
      query?: {
        /** @description Only leads from this job */
        job_id?: string;
        /** @description Qualification: hot, warm or cold */
        status?: "hot" | "warm" | "cold";
        /** @description Score at least (0..100) */
        min_score?: number;
        /** @description Score at most (0..100) */
        max_score?: number;
        /** @description Pipeline stage */
        stage?: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
        /** @description Only leads with (true) or without (false) an email */
        has_email?: "true" | "false";
        /** @description Only leads with (true) or without (false) a phone */
        has_phone?: "true" | "false";
        /** @description Created at or after this instant */
        created_after?: string;
        /** @description Created before this instant */
        created_before?: string;
        /** @description Full-text search over name, company, email and domain */
        q?: string;
        /** @description Order: created_at or score, prefixed with - for descending (default -created_at) */
        sort?: "-created_at" | "created_at" | "-score" | "score";
        /** @description csv (default) or json */
        format?: "csv" | "json";
        /** @description Rows at most (1..100000) */
        max_rows?: number;
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
          "application/json": components["schemas"]["Lead"][];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  importLeads: {
    parameters: {
      query?: {
        /** @description The header of the column holding the company name */
        company?: string;
        /** @description The header of the column holding the website */
        website?: string;
        /** @description The header of the column holding the domain */
        domain?: string;
        /** @description The header of the column holding the email */
        email?: string;
        /** @description The header of the column holding the phone */
        phone?: string;
        /** @description The header of the column holding the contact name */
        name?: string;
        /** @description The header of the column holding the contact title */
        title?: string;
        /** @description The header of the column holding the linkedin url */
        linkedin_url?: string;
        /** @description The header of the column holding the address */
        address?: string;
        /** @description The header of the column holding the stage */
        stage?: string;
        /** @description The header of the column holding the notes */
        notes?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example Company,Website,Email
         *     Acme,https://acme.com,jane@acme.com
         */
        "text/csv": string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: {
              /** @description Data rows read (blank rows not counted) */
              rows: number;
              /** @description Leads this import created */
              created: number;
              /** @description Rows whose domain (or email) the organization already had a lead for: skipped, the lead left as it was */
              skipped_existing: number;
              /** @description Rows repeating the domain of an earlier row of the file (their contact is kept) */
              duplicates_in_file: number;
              /** @description Contacts created from the rows' contact columns */
              contacts_created: number;
              /** @description Rows with no value at all (skipped) */
              blank_rows: number;
            };
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["LeadDetail"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Deleted"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "stage": "contacted",
         *       "tags": [
         *         "q3",
         *         "saas"
         *       ]
         *     }
         */
        "application/json": {
          /**
           * @description Move the lead along the pipeline: only the moves docs/pipeline.md allows (else 422)
           * @enum {string}
           */
          stage?: "new" | "contacted" | "qualified" | "proposal" | "won" | "lost" | "archived";
          /** @description Adds a note to the lead's notes thread (as POST /leads/{id}/notes does); the lead's notes field shows the latest */
          notes?: string;
          /** @description Replaces the lead's tags (at most 50, each 1..50 characters) */
          tags?: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Lead"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listLeadContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Contact"][];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  moveLeadStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "stage": "contacted",
         *       "from": "new"
         *     }
         */
        "application/json": components["schemas"]["MoveLeadStage"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["StageMove"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLeadHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["LeadHistory"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listLeadNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["LeadNote"][];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  addLeadNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Lead id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "body": "Called, wants a demo on Tuesday"
         *     }
         */
        "application/json": components["schemas"]["AddLeadNote"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["LeadNote"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listContacts: {
    parameters: {
      query?: {
        /** @description Search names, titles, emails and company domains */
        q?: string;
        /** @description Only contacts the given job found */
        job_id?: string;
        /** @description Only the contacts of this company lead */
        lead_id?: string;
        /** @description Only contacts with (true) or without (false) an email */
        has_email?: "true" | "false";
        /** @description Newest first by default; name sorts A→Z (name) or Z→A (-name) */
        sort?: "-created_at" | "created_at" | "name" | "-name";
        /** @description Page size, 1..100 */
        limit?: number;
        /** @description next_cursor from the previous page */
        cursor?: string;
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Contact"][];
            error: null;
            meta: {
              request_id: string;
              /** @description Pass as cursor for the next page; null at the end */
              next_cursor: string | null;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getCredits: {
    parameters: {
      query?: {
        /** @description Ledger entries to return, newest first (1..100, default 20) */
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Credits"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  pushToCrm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "lead_ids": [
         *         "7d3f6a52-7c1e-4f7e-9a55-3b1f0a1c2d3e"
         *       ]
         *     }
         */
        "application/json": {
          /** @description The leads to push (with their contacts) */
          lead_ids?: string[];
          /**
           * Format: uuid
           * @description Push every lead of this job instead
           */
          job_id?: string;
          /**
           * @description The CRM to push to; may be left out when the organization has exactly one CRM connected
           * @enum {string}
           */
          provider?: "hubspot" | "salesforce";
        };
      };
    };
    responses: {
      /** @description Accepted: the job is queued */
      202: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: {
              /**
               * Format: uuid
               * @description Follow its outcome in the sync log
               */
              push_id: string;
              /** @enum {string} */
              status: "queued" | "running" | "succeeded" | "failed";
              /** @enum {string} */
              provider: "hubspot" | "salesforce";
            };
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Error */
      503: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBilling: {
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Billing"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Me"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listAuditLog: {
    parameters: {
      query?: {
        /** @description Only entries by this user */
        actor?: string;
        /** @description Only entries of this action */
        action?:
          | "organization.created"
          | "organization.renamed"
          | "invitation.created"
          | "invitation.revoked"
          | "invitation.accepted"
          | "member.role_changed"
          | "member.removed"
          | "member.left"
          | "member.account_deleted"
          | "api_key.created"
          | "api_key.revoked"
          | "webhook.created"
          | "webhook.updated"
          | "webhook.secret_rotated"
          | "webhook.deleted"
          | "webhook.disabled"
          | "provider_key.saved"
          | "provider_key.removed"
          | "provider_key.checked"
          | "lead.deleted"
          | "leads.exported"
          | "leads.imported"
          | "contacts.deleted"
          | "contacts.exported"
          | "crm.connected"
          | "crm.disconnected"
          | "crm.settings_changed"
          | "scoring_rules.updated"
          | "inbound_form.created"
          | "inbound_form.updated"
          | "inbound_form.deleted"
          | "scoring_rules.reset"
          | "account.password_reset"
          | "account.password_changed"
          | "account.email_changed"
          | "account.sessions_revoked"
          | "credits.starting_granted"
          | "organization.deleted"
          | "account.deleted";
        /** @description Entries at or after this date (UTC) or instant */
        from?: string;
        /** @description Entries up to this date (inclusive, UTC) or instant */
        to?: string;
        /** @description Entries per page, newest first (1..100, default 50) */
        limit?: number;
        /** @description meta.next_cursor of the previous page */
        cursor?: string;
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: {
              /** @description Entry id; newer entries have larger ids */
              id: string;
              /** @description What happened, e.g. webhook.created */
              action: string;
              /** @description Who did it; null for the system (e.g. an endpoint disabled after failures) */
              actor: {
                /** Format: uuid */
                id: string;
                email: string | null;
                name: string | null;
              } | null;
              target_type: string | null;
              target_id: string | null;
              /** @description What changed (names, from/to, counts) */
              metadata: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              created_at: string;
            }[];
            error: null;
            meta: {
              request_id: string;
              /** @description Pass as cursor for the next page; null at the end */
              next_cursor: string | null;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listWebhooks: {
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
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Webhook"][];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
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
        /**
         * @example {
         *       "url": "https://hooks.example.com/leadscout",
         *       "events": [
         *         "job.completed"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["CreateWebhook"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookWithSecret"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Webhook"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Deleted"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "events": [
         *         "job.completed",
         *         "job.failed"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["UpdateWebhook"];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["Webhook"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Malformed request (e.g. the body is not JSON) */
      400: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body larger than 1 MB */
      413: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookWithSecret"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  testWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted: the delivery is queued */
      202: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["QueuedDelivery"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Attempts per page, newest first (1..100, default 20) */
        limit?: number;
        /** @description meta.next_cursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookDelivery"][];
            error: null;
            meta: {
              request_id: string;
              /** @description Pass as cursor for the next page; null at the end */
              next_cursor: string | null;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  redeliverWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Webhook endpoint id */
        id: string;
        /** @description A delivery id from the log */
        delivery_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted: the delivery is queued */
      202: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            success: true;
            data: components["schemas"]["QueuedDelivery"];
            error: null;
            meta: {
              request_id: string;
            };
          };
        };
      };
      /** @description Missing, malformed, revoked or expired API key */
      401: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The key lacks the scope this endpoint needs, or its creator's role does not allow it */
      403: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found (including another organization's ids) */
      404: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict (Idempotency-Key reused with another body; job already ended) */
      409: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Invalid input; error.fields lists every problem */
      422: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Requests allowed per window */
          "X-RateLimit-Limit"?: number;
          /** @description Requests left in the window */
          "X-RateLimit-Remaining"?: number;
          /** @description Unix time (s) the window resets */
          "X-RateLimit-Reset"?: number;
          /** @description Quote it when asking for support */
          "X-Request-Id"?: string;
          "Retry-After"?: number;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unexpected error; nothing internal is disclosed */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
}
