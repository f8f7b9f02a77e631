/**
 * Scalar's URL hash for an operation's details (`#tag/<tag>/<METHOD><path>`), where the reference's
 * outline links and operation search hits land; Scalar mounts and scrolls to it.
 */
export const scalarOperationHash = (tag: string, method: string, path: string) =>
  `#tag/${tag.toLowerCase().replace(/\s+/g, "-")}/${method.toUpperCase()}${path}`;
