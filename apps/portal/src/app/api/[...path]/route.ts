import { handleApiRequest } from "@/server/feedback";

// Authorization and Origin are checked inside each handler of the feedback app. Every method
// reaches it, so a wrong one gets its 405 (envelope, Allow, X-Request-Id), not Next.js's bare one.
export const dynamic = "force-dynamic";

export const GET = handleApiRequest;
export const POST = handleApiRequest;
export const PATCH = handleApiRequest;
export const PUT = handleApiRequest;
export const DELETE = handleApiRequest;
export const HEAD = handleApiRequest;
export const OPTIONS = handleApiRequest;
