/** Fixed UUID v7 ids the operation examples share, so examples cross-reference each other. */
export const EXAMPLE_IDS = {
  workspace: "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
  application: "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
  customer: "0193a0b2-5c50-7c21-8d3e-4f5a6b7c8d9e",
  cart: "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
  lineItem: "0193a0b2-8f22-7c66-b4d5-6e7f8a9b0c1d",
  tenant: "0193a0b3-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
  asset: "0193a0b3-1b2c-7d3e-9f4a-5b6c7d8e9f0a",
  apiKey: "0193a0b3-2c3d-7e4f-8a5b-6c7d8e9f0a1b",
  auditEvent: "0193a0b3-3d4e-7f5a-9b6c-7d8e9f0a1b2c",
  feedback: "0193a0b3-5f60-7b7c-9d8e-9f0a1b2c3d4e",
} as const;

export const EXAMPLE_TIME = "2026-11-25T09:30:00.000Z";
export const EXAMPLE_REQUEST_ID = "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d";
export const EXAMPLE_CURSOR = "eyJhZnRlciI6IjAxOTNhMGIyIn0.c2lnbmF0dXJl";
