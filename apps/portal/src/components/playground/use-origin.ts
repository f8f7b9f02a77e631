import { useEffect, useState } from "react";

/** The page's origin once mounted ("" while prerendered), for samples and share links. */
export function useOrigin() {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(location.origin), []);
  return origin;
}
