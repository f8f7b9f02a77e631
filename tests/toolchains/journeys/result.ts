// What every journey step needs from a generated call: its data, or a failure that says why.

/** The shape of a hey-api client result (`responseStyle: "fields"`, errors not thrown). */
interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The call's data; throws with the status and body when the server refused it. */
export async function dataOf<T>(step: string, call: Promise<CallResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw new Error(`${step}: ${response.status} ${JSON.stringify(error)}`);
  return data;
}

/** Fails the journey when `condition` does not hold. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Where `createSandboxKey` is sent: the URL its own `servers` entry names (see the test). */
export function keysServer(): string {
  const url = process.env.PORTICO_KEYS_SERVER;
  check(url !== undefined, "PORTICO_KEYS_SERVER is not set");
  return url;
}
