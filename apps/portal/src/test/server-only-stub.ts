// Stand-in for the "server-only" guard under vitest, where every module runs on the server.
export {};
