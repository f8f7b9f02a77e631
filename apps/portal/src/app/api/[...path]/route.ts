import { handleApiRequest } from "@/server/feedback";

// Authorization and Origin are checked inside each handler of the feedback app.
export const dynamic = "force-dynamic";

export const GET = handleApiRequest;
export const POST = handleApiRequest;
export const PATCH = handleApiRequest;
