import { handleSandboxRequest } from "@/server/sandbox";

// Every request reaches the sandbox, which authenticates it in each product router.
export const dynamic = "force-dynamic";

export const GET = handleSandboxRequest;
export const POST = handleSandboxRequest;
export const PATCH = handleSandboxRequest;
export const PUT = handleSandboxRequest;
export const DELETE = handleSandboxRequest;
export const HEAD = handleSandboxRequest;
export const OPTIONS = handleSandboxRequest;
