/** Hono context variables every Portico API sets: the request id, echoed on every response. */
export type HttpEnv = {
  Variables: {
    requestId: string;
  };
};
