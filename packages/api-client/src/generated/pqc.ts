// Generated from the OpenAPI document by `pnpm --filter @portico/api-client generate`. Do not edit.
export interface paths {
    "/v1/pqc/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inventory assets
         * @description Cursor pagination with stable ordering: pass `nextCursor` back as `cursor` until `hasMore` is false.
         */
        get: operations["listInventory"];
        put?: never;
        /**
         * Add an asset
         * @description `quantumVulnerable` is derived from the algorithm when left out. Needs the `write` scope.
         */
        post: operations["createAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pqc/inventory/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an asset
         * @description One asset of the tenant. Needs the `read` scope.
         */
        get: operations["getAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an asset
         * @description Changes any of an asset's fields; changing the algorithm re-derives `quantumVulnerable` unless it is sent. Needs the `write` scope.
         */
        patch: operations["updateAsset"];
        trace?: never;
    };
    "/v1/pqc/inventory/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import assets from CSV
         * @description A CSV in the report export's format, as `multipart/form-data` field `file`. Every row is checked first; one invalid row and nothing is imported. One `'` is removed wherever a spreadsheet may start a cell (a value's start, or right after a `,`, `;`, tab or line break in it) where it is followed by `=`, `+`, `-`, `@`, tab or carriage return, possibly behind `'` or `"` characters: exactly the apostrophes the report inserts, so a report imports back to the values it exported; every other apostrophe is kept.
         */
        post: operations["importInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pqc/reports/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the inventory report
         * @description A binary download with `Content-Type` and `Content-Disposition`. Needs the `reports` scope. Formulas are neutralised as OWASP advises: one `'` is inserted wherever a spreadsheet may start a cell (a value's start, or right after a `,`, `;`, tab or line break in it) that is followed by `=`, `+`, `-`, `@`, tab or carriage return, possibly behind `'` or `"` characters. Numbers are not exempt (`-5` is exported as `'-5`); a value that began with `'=` gains one more (`''=`), so the import, which removes exactly these, gives every value back.
         */
        get: operations["exportInventoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pqc/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Every mutation, with the `X-Request-Id` it carried, the API key and the time.
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
    "/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sandbox and its API keys
         * @description Creates an isolated sandbox of the PQC Inventory API seeded with realistic data: a tenant with 260 scanned assets and a key holding every scope. Sandboxes expire after 24 hours and are purged with everything in them.
         */
        post: operations["createSandboxKey"];
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
        AssetCreateRequest: {
            hostname: string;
            system: string;
            protocol: string;
            algorithm: string;
            keySize: number;
            quantumVulnerable?: boolean;
            /** @enum {string} */
            migrationStatus?: "not_started" | "planned" | "in_progress" | "migrated" | "exempt";
        };
        SandboxKeyRequest: {
            /** @enum {string} */
            product: "throttle" | "pqc";
        };
        InventoryAsset: {
            /** Format: uuid */
            id: string;
            hostname: string;
            system: string;
            protocol: string;
            algorithm: string;
            keySize: number;
            quantumVulnerable: boolean;
            /** @enum {string} */
            migrationStatus: "not_started" | "planned" | "in_progress" | "migrated" | "exempt";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FieldErrorDetail: {
            field: string;
            code: string;
            message: string;
        };
        PathErrorDetail: {
            path: string;
            code: string;
            message: string;
            received?: string[];
            suggestion?: string;
        };
        ImportResponse: {
            imported: number;
            requestId: string;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: "asset.created" | "asset.updated" | "assets.imported";
            resourceId: string | null;
            requestId: string;
            /** Format: uuid */
            apiKeyId: string;
            /** Format: date-time */
            occurredAt: string;
        };
        SandboxKeyResponse: {
            data: components["schemas"]["ThrottleSandboxKey"] | components["schemas"]["PqcSandboxKey"];
            meta: {
                requestId: string;
            };
        };
        ThrottleSandboxKey: {
            /** Format: uuid */
            workspaceId: string;
            environment: string;
            secretKey: string;
            publishableKey: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PqcSandboxKey: {
            /** Format: uuid */
            tenantId: string;
            apiKey: string;
            scopes: ("read" | "write" | "reports")[];
            /** Format: date-time */
            expiresAt: string;
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
    listInventory: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assets */
            200: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a",
                     *           "hostname": "api-001.eu-west.example.internal",
                     *           "system": "Payments gateway",
                     *           "protocol": "TLS 1.2",
                     *           "algorithm": "RSA-2048",
                     *           "keySize": 2048,
                     *           "quantumVulnerable": true,
                     *           "migrationStatus": "planned",
                     *           "createdAt": "2026-11-25T09:30:00.000Z",
                     *           "updatedAt": "2026-11-25T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJhZnRlciI6IjAxOTNhMGIyIn0.c2lnbmF0dXJl",
                     *       "hasMore": true
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["InventoryAsset"][];
                        nextCursor: string | null;
                        hasMore: boolean;
                    };
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `invalid_cursor` (`validation_error` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_cursor",
                     *         "message": "The cursor is not valid for this list and API key"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        } | {
                            /** @enum {string} */
                            code: "invalid_cursor";
                            message: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `read` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createAsset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write replay-safe for 24 hours; reuse it on every retry of the same request */
                "Idempotency-Key"?: string;
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hostname": "api-001.eu-west.example.internal",
                 *       "system": "Payments gateway",
                 *       "protocol": "TLS 1.2",
                 *       "algorithm": "RSA-2048",
                 *       "keySize": 2048
                 *     }
                 */
                "application/json": components["schemas"]["AssetCreateRequest"];
            };
        };
        responses: {
            /** @description The asset was added */
            201: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The new asset's path */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a",
                     *       "hostname": "api-001.eu-west.example.internal",
                     *       "system": "Payments gateway",
                     *       "protocol": "TLS 1.2",
                     *       "algorithm": "RSA-2048",
                     *       "keySize": 2048,
                     *       "quantumVulnerable": true,
                     *       "migrationStatus": "not_started",
                     *       "createdAt": "2026-11-25T09:30:00.000Z",
                     *       "updatedAt": "2026-11-25T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InventoryAsset"];
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `missing_hostname`, `missing_system`, `missing_protocol`, `missing_algorithm`, `missing_key_size`, `invalid_json`, `idempotency_key_invalid` (`validation_error`, `missing_hostname`, `missing_system`, `missing_protocol`, `missing_algorithm`, `missing_key_size` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Request body validation failed",
                     *         "details": [
                     *           {
                     *             "path": "",
                     *             "code": "unrecognized_keys",
                     *             "message": "Unsupported field(s): unexpectedField",
                     *             "received": [
                     *               "unexpectedField"
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error" | "missing_hostname" | "missing_system" | "missing_protocol" | "missing_algorithm" | "missing_key_size";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        } | {
                            /** @enum {string} */
                            code: "invalid_json" | "idempotency_key_invalid";
                            message: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `write` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description `error.code` says which: `idempotency_key_in_use` (A request with this Idempotency-Key is still running) or `quota_exceeded` (The sandbox would hold more than its quota of 10,000 assets; nothing was changed) */
            409: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_in_use",
                     *         "message": "A request with this Idempotency-Key is still running"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "quota_exceeded";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The request body is too large"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as application/json"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            message: string;
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with a different request"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_reused";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    getAsset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path: {
                /** @example 0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset */
            200: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a",
                     *       "hostname": "api-001.eu-west.example.internal",
                     *       "system": "Payments gateway",
                     *       "protocol": "TLS 1.2",
                     *       "algorithm": "RSA-2048",
                     *       "keySize": 2048,
                     *       "quantumVulnerable": true,
                     *       "migrationStatus": "planned",
                     *       "createdAt": "2026-11-25T09:30:00.000Z",
                     *       "updatedAt": "2026-11-25T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InventoryAsset"];
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error` (`validation_error` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "X-Sandbox-Simulate takes 429, 500, 502, 503 or 504",
                     *         "details": [
                     *           {
                     *             "field": "X-Sandbox-Simulate",
                     *             "code": "invalid_value",
                     *             "message": "Unsupported value: 418"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `read` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found in this sandbox */
            404: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "Not found"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    updateAsset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write replay-safe for 24 hours; reuse it on every retry of the same request */
                "Idempotency-Key"?: string;
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path: {
                /** @example 0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "migrationStatus": "in_progress"
                 *     }
                 */
                "application/json": {
                    hostname?: string;
                    system?: string;
                    protocol?: string;
                    algorithm?: string;
                    keySize?: number;
                    quantumVulnerable?: boolean;
                    /** @enum {string} */
                    migrationStatus?: "not_started" | "planned" | "in_progress" | "migrated" | "exempt";
                };
            };
        };
        responses: {
            /** @description The updated asset */
            200: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a",
                     *       "hostname": "api-001.eu-west.example.internal",
                     *       "system": "Payments gateway",
                     *       "protocol": "TLS 1.2",
                     *       "algorithm": "RSA-2048",
                     *       "keySize": 2048,
                     *       "quantumVulnerable": true,
                     *       "migrationStatus": "in_progress",
                     *       "createdAt": "2026-11-25T09:30:00.000Z",
                     *       "updatedAt": "2026-11-25T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["InventoryAsset"];
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `invalid_json`, `idempotency_key_invalid` (`validation_error` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Request body validation failed",
                     *         "details": [
                     *           {
                     *             "path": "",
                     *             "code": "unrecognized_keys",
                     *             "message": "Unsupported field(s): unexpectedField",
                     *             "received": [
                     *               "unexpectedField"
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        } | {
                            /** @enum {string} */
                            code: "invalid_json" | "idempotency_key_invalid";
                            message: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `write` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description Not found in this sandbox */
            404: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "not_found",
                     *         "message": "Not found"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "not_found";
                            message: string;
                        };
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_in_use",
                     *         "message": "A request with this Idempotency-Key is still running"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The request body is too large"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as application/json"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            message: string;
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with a different request"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_reused";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    importInventory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the write replay-safe for 24 hours; reuse it on every retry of the same request */
                "Idempotency-Key"?: string;
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "id,hostname,system,protocol,algorithm,keySize,quantumVulnerable,migrationStatus,createdAt,updatedAt\n0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a,api-001.eu-west.example.internal,Payments gateway,TLS 1.2,RSA-2048,2048,true,planned,2026-11-25T09:30:00.000Z,2026-11-25T09:30:00.000Z\n"
                 *     }
                 */
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description All rows were imported */
            201: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imported": 1,
                     *       "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `idempotency_key_invalid` (`validation_error` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Request body validation failed",
                     *         "details": [
                     *           {
                     *             "path": "",
                     *             "code": "unrecognized_keys",
                     *             "message": "Unsupported field(s): unexpectedField",
                     *             "received": [
                     *               "unexpectedField"
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        } | {
                            /** @enum {string} */
                            code: "idempotency_key_invalid";
                            message: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `write` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description `error.code` says which: `idempotency_key_in_use` (A request with this Idempotency-Key is still running) or `quota_exceeded` (The sandbox would hold more than its quota of 10,000 assets; nothing was changed) */
            409: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_in_use",
                     *         "message": "A request with this Idempotency-Key is still running"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_in_use" | "quota_exceeded";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The request body is too large"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is not multipart/form-data */
            415: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as application/json"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            message: string;
                        };
                    };
                };
            };
            /** @description This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used with a different request"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "idempotency_key_reused";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    exportInventoryReport: {
        parameters: {
            query: {
                format: "csv";
            };
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inventory as CSV */
            200: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy": string;
                    /**
                     * @description `attachment; filename="pqc-inventory-<date>.csv"`
                     * @example attachment; filename="pqc-inventory-2026-11-25.csv"
                     */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,hostname,system,protocol,algorithm,keySize,quantumVulnerable,migrationStatus,createdAt,updatedAt
                     *     0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a,api-001.eu-west.example.internal,Payments gateway,TLS 1.2,RSA-2048,2048,true,planned,2026-11-25T09:30:00.000Z,2026-11-25T09:30:00.000Z
                     */
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `missing_format` (`validation_error`, `missing_format` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "X-Sandbox-Simulate takes 429, 500, 502, 503 or 504",
                     *         "details": [
                     *           {
                     *             "field": "X-Sandbox-Simulate",
                     *             "code": "invalid_value",
                     *             "message": "Unsupported value: 418"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error" | "missing_format";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `reports` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0193a0b3-3d4e-7f5a-9b6c-7d8e9f0a1b2c",
                     *           "action": "asset.created",
                     *           "resourceId": "0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a",
                     *           "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d",
                     *           "apiKeyId": "0193a0b3-2c3d-7e4f-8a5b-6c7d8e9f0a1b",
                     *           "occurredAt": "2026-11-25T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "hasMore": false
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                        hasMore: boolean;
                    };
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `invalid_cursor` (`validation_error` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_cursor",
                     *         "message": "The cursor is not valid for this list and API key"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        } | {
                            /** @enum {string} */
                            code: "invalid_cursor";
                            message: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or expired API key */
            401: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description The Bearer challenge
                     * @example Bearer realm="sandbox", error="invalid_token"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "The API key is unknown or its sandbox has expired. Get a sandbox key with POST /sandbox/keys or from the playground at /playground"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unauthorized";
                            message: string;
                        };
                    };
                };
            };
            /** @description The key may not do this: it needs the `read` scope */
            403: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "This API key may not do this"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "forbidden";
                            message: string;
                        };
                    };
                };
            };
            /** @description Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /**
                     * @description What is left of the per-key limit: `r` requests for the next `t` seconds
                     * @example "per-key";r=24;t=1
                     */
                    RateLimit?: string;
                    /**
                     * @description The per-key limit: `q` requests per `w` seconds
                     * @example "per-key";q=25;w=1
                     */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 502`): retry with capped exponential backoff */
            502: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
            /** @description Transient unavailability (sent on `X-Sandbox-Simulate: 504`): retry with capped exponential backoff */
            504: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "Service unavailable"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
    createSandboxKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "product": "pqc"
                 *     }
                 */
                "application/json": components["schemas"]["SandboxKeyRequest"];
            };
        };
        responses: {
            /** @description The sandbox was created; keep the keys, they are shown once */
            201: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "tenantId": "0193a0b3-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
                     *         "apiKey": "pqc_Q2h8bW1kT0tqZ3RnY2VxV1p4dGZrS2Rq",
                     *         "scopes": [
                     *           "read",
                     *           "write",
                     *           "reports"
                     *         ],
                     *         "expiresAt": "2026-11-25T09:30:00.000Z"
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SandboxKeyResponse"];
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `missing_product`, `invalid_json` (`validation_error`, `missing_product` with `details`) */
            400: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Request body validation failed",
                     *         "details": [
                     *           {
                     *             "path": "",
                     *             "code": "unrecognized_keys",
                     *             "message": "Unsupported field(s): unexpectedField",
                     *             "received": [
                     *               "unexpectedField"
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "validation_error" | "missing_product";
                            message: string;
                            details: (components["schemas"]["FieldErrorDetail"] | components["schemas"]["PathErrorDetail"])[];
                            /** @description How many details were left out: an error carries at most 50 */
                            omittedDetails?: number;
                        } | {
                            /** @enum {string} */
                            code: "invalid_json";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "payload_too_large",
                     *         "message": "The request body is too large"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "payload_too_large";
                            message: string;
                        };
                    };
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unsupported_media_type",
                     *         "message": "Send the body as application/json"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many sandboxes created: wait for `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Rate limit of 25 requests per 1 s exceeded"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "rate_limited";
                            message: string;
                        };
                    };
                };
            };
            /** @description Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists */
            500: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on our side"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "internal_error";
                            message: string;
                        };
                    };
                };
            };
            /** @description The database is not answering: nothing was changed; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "service_unavailable",
                     *         "message": "The database is not answering; nothing was changed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "service_unavailable";
                            message: string;
                        };
                    };
                };
            };
        };
    };
}
