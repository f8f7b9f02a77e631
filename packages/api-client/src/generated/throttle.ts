// Generated from the OpenAPI document by `pnpm --filter @portico/api-client generate`. Do not edit.
export interface paths {
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description The workspace's applications, oldest first. Sandboxes start with three.
         */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an application
         * @description One application of the workspace; another workspace's id answers 404.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description The workspace's customers, oldest first, with cursor pagination.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Adds a customer to the workspace. Needs a secret (sk_) key.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description One customer of the workspace; another workspace's id answers 404.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List carts
         * @description The workspace's carts with their line items, oldest first.
         */
        get: operations["listCarts"];
        put?: never;
        /**
         * Create a cart
         * @description Opens an empty cart for one application. `netN` stays null until a line item prices the cart.
         */
        post: operations["createCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carts/{cartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cart
         * @description One cart with its line items and `netN`, the net total in minor units.
         */
        get: operations["getCart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carts/{cartId}/line-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a cart's line items
         * @description A cart's line items, oldest first, with cursor pagination.
         */
        get: operations["listLineItems"];
        put?: never;
        /**
         * Add a line item to a cart
         * @description Adds a priced line item; the cart's `netN` becomes the sum of `unitPrice` × `quantity`.
         */
        post: operations["addLineItem"];
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
         * @description Creates an isolated sandbox of the Throttle API seeded with realistic data: a workspace with three applications, five customers and one empty cart, and its secret and publishable keys. Sandboxes expire after 24 hours and are purged with everything in them.
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
        CustomerCreateRequest: {
            /** Format: email */
            email: string;
            name: string;
            externalId?: string;
        };
        CartCreateRequest: {
            /** Format: uuid */
            applicationId: string;
            currency: string;
        };
        LineItemCreateRequest: {
            unitPrice: number;
            quantity: number;
            externalId?: string;
            /** Format: uuid */
            customerId?: string;
        };
        SandboxKeyRequest: {
            /** @enum {string} */
            product: "throttle" | "pqc";
        };
        Application: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        Pagination: {
            cursor: string | null;
            hasMore: boolean;
            limit: number;
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
        Customer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            /** Format: email */
            email: string;
            name: string;
            externalId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Cart: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            /** Format: uuid */
            applicationId: string;
            currency: string;
            netN: number | null;
            lineItems: components["schemas"]["LineItem"][];
        };
        LineItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cartId: string;
            externalId: string | null;
            customerId: string | null;
            unitPrice: number;
            quantity: number;
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
    listApplications: {
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
            /** @description A page of applications */
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
                     *       "data": [
                     *         {
                     *           "id": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
                     *           "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *           "name": "Storefront web",
                     *           "createdAt": "2026-11-25T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "pagination": {
                     *           "cursor": null,
                     *           "hasMore": false,
                     *           "limit": 25
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Application"][];
                        meta: {
                            pagination: components["schemas"]["Pagination"];
                        };
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
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path: {
                /** @example 0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
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
                     *       "data": {
                     *         "id": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
                     *         "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *         "name": "Storefront web",
                     *         "createdAt": "2026-11-25T09:30:00.000Z"
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Application"];
                        meta: {
                            requestId: string;
                        };
                    };
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
    listCustomers: {
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
            /** @description A page of customers */
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
                     *       "data": [
                     *         {
                     *           "id": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
                     *           "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace",
                     *           "externalId": "crm-1001",
                     *           "createdAt": "2026-11-25T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "pagination": {
                     *           "cursor": "eyJhZnRlciI6IjAxOTNhMGIyIn0.c2lnbmF0dXJl",
                     *           "hasMore": true,
                     *           "limit": 25
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Customer"][];
                        meta: {
                            pagination: components["schemas"]["Pagination"];
                        };
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
    createCustomer: {
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
                 *       "email": "ada@example.com",
                 *       "name": "Ada Lovelace",
                 *       "externalId": "crm-1001"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerCreateRequest"];
            };
        };
        responses: {
            /** @description The customer was created */
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
                    /** @description The new customer's path */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
                     *         "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace",
                     *         "externalId": "crm-1001",
                     *         "createdAt": "2026-11-25T09:30:00.000Z"
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Customer"];
                        meta: {
                            requestId: string;
                        };
                    };
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `missing_email`, `missing_name`, `invalid_json`, `idempotency_key_invalid` (`validation_error`, `missing_email`, `missing_name` with `details`) */
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
                            code: "validation_error" | "missing_email" | "missing_name";
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
            /** @description The key may not do this: it needs a secret (sk_) key: publishable keys (pk_) are read-only */
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
            /** @description `error.code` says which: `idempotency_key_in_use` (A request with this Idempotency-Key is still running) or `quota_exceeded` (The sandbox would hold more than its quota of 500 customers; nothing was changed) */
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
    getCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path: {
                /** @example 0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer */
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
                     *       "data": {
                     *         "id": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
                     *         "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace",
                     *         "externalId": "crm-1001",
                     *         "createdAt": "2026-11-25T09:30:00.000Z"
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Customer"];
                        meta: {
                            requestId: string;
                        };
                    };
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
    listCarts: {
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
            /** @description A page of carts */
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
                     *       "data": [
                     *         {
                     *           "id": "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
                     *           "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *           "applicationId": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
                     *           "currency": "USD",
                     *           "netN": null,
                     *           "lineItems": []
                     *         }
                     *       ],
                     *       "meta": {
                     *         "pagination": {
                     *           "cursor": null,
                     *           "hasMore": false,
                     *           "limit": 25
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Cart"][];
                        meta: {
                            pagination: components["schemas"]["Pagination"];
                        };
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
    createCart: {
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
                 *       "applicationId": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
                 *       "currency": "USD"
                 *     }
                 */
                "application/json": components["schemas"]["CartCreateRequest"];
            };
        };
        responses: {
            /** @description The cart was created */
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
                    /** @description The new cart's path */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
                     *         "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *         "applicationId": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
                     *         "currency": "USD",
                     *         "netN": null,
                     *         "lineItems": []
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Cart"];
                        meta: {
                            requestId: string;
                        };
                    };
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `missing_application_id`, `missing_currency`, `invalid_json`, `idempotency_key_invalid` (`validation_error`, `missing_application_id`, `missing_currency` with `details`) */
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
                            code: "validation_error" | "missing_application_id" | "missing_currency";
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
            /** @description The key may not do this: it needs a secret (sk_) key: publishable keys (pk_) are read-only */
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
            /** @description The application does not exist in this workspace */
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
            /** @description `error.code` says which: `idempotency_key_in_use` (A request with this Idempotency-Key is still running) or `quota_exceeded` (The sandbox would hold more than its quota of 500 carts; nothing was changed) */
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
    getCart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-generated correlation id, echoed and kept in audit trails */
                "X-Request-Id"?: string;
                /** @description Sandbox only: answer with this retryable failure without doing anything */
                "X-Sandbox-Simulate"?: "429" | "500" | "502" | "503" | "504";
            };
            path: {
                /** @example 0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c */
                cartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cart with its line items */
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
                     *       "data": {
                     *         "id": "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
                     *         "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *         "applicationId": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
                     *         "currency": "USD",
                     *         "netN": 3998,
                     *         "lineItems": [
                     *           {
                     *             "id": "0193a0b2-8f22-7c66-b4d5-6e7f8a9b0c1d",
                     *             "cartId": "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
                     *             "externalId": "sku-42",
                     *             "customerId": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
                     *             "unitPrice": 1999,
                     *             "quantity": 2
                     *           }
                     *         ]
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Cart"];
                        meta: {
                            requestId: string;
                        };
                    };
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
    listLineItems: {
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
            path: {
                /** @example 0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c */
                cartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of line items */
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
                     *       "data": [
                     *         {
                     *           "id": "0193a0b2-8f22-7c66-b4d5-6e7f8a9b0c1d",
                     *           "cartId": "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
                     *           "externalId": "sku-42",
                     *           "customerId": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
                     *           "unitPrice": 1999,
                     *           "quantity": 2
                     *         }
                     *       ],
                     *       "meta": {
                     *         "pagination": {
                     *           "cursor": null,
                     *           "hasMore": false,
                     *           "limit": 25
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["LineItem"][];
                        meta: {
                            pagination: components["schemas"]["Pagination"];
                        };
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
    addLineItem: {
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
                /** @example 0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c */
                cartId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unitPrice": 1999,
                 *       "quantity": 2,
                 *       "externalId": "sku-42",
                 *       "customerId": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e"
                 *     }
                 */
                "application/json": components["schemas"]["LineItemCreateRequest"];
            };
        };
        responses: {
            /** @description The line item was added */
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
                     *       "data": {
                     *         "id": "0193a0b2-8f22-7c66-b4d5-6e7f8a9b0c1d",
                     *         "cartId": "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
                     *         "externalId": "sku-42",
                     *         "customerId": "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
                     *         "unitPrice": 1999,
                     *         "quantity": 2
                     *       },
                     *       "meta": {
                     *         "requestId": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["LineItem"];
                        meta: {
                            requestId: string;
                        };
                    };
                };
            };
            /** @description The request is malformed; `error.code` is one of `validation_error`, `missing_unit_price`, `missing_quantity`, `invalid_json`, `idempotency_key_invalid` (`validation_error`, `missing_unit_price`, `missing_quantity` with `details`) */
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
                            code: "validation_error" | "missing_unit_price" | "missing_quantity";
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
            /** @description The key may not do this: it needs a secret (sk_) key: publishable keys (pk_) are read-only */
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
            /** @description The cart, or the body's customer, does not exist in this workspace */
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
            /** @description `error.code` says which: `idempotency_key_in_use` (A request with this Idempotency-Key is still running) or `quota_exceeded` (The sandbox would hold more than its quota of 100 line items per cart; nothing was changed) */
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
                 *       "product": "throttle"
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
                     *         "workspaceId": "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
                     *         "environment": "sandbox",
                     *         "secretKey": "sk_sandbox_Q2h8bW1kT0tqZ3RnY2Vx",
                     *         "publishableKey": "pk_sandbox_V1p4dGZrS2RqZ3N0Ym5h",
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
