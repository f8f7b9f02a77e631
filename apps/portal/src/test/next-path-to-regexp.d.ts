// Next.js ships path-to-regexp compiled without types; the route-policy test needs only this.
declare module "next/dist/compiled/path-to-regexp" {
  export function pathToRegexp(path: string): RegExp;
}
