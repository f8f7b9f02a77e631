// The Throttle journey through a client @hey-api/openapi-ts generated from the served document:
// get sandbox keys, create a cart, add a line item, walk the cart pages to the end. No casts.

import { client } from "../clients/throttle/client.gen.ts";
import {
  addLineItem,
  type CreateCartErrors,
  createCart,
  createSandboxKey,
  listApplications,
  listCarts,
} from "../clients/throttle/index.ts";
import { check, dataOf, keysServer } from "./result.ts";

/** Compiles only while createCart's documented 400 lets a client switch on this code. */
function hintFor(refusal: CreateCartErrors[400]): string | undefined {
  if (refusal.error.code === "missing_application_id") return "Choose an application: a cart belongs to one.";
  return undefined;
}

const keys = await dataOf(
  "createSandboxKey",
  // The generator ignores the operation's own `servers` entry, so its URL is passed.
  createSandboxKey({ baseUrl: keysServer(), body: { product: "throttle" } }),
);
check("secretKey" in keys.data, `a Throttle key block has a secret key: ${JSON.stringify(keys.data)}`);
client.setConfig({ auth: keys.data.secretKey });

const applications = await dataOf("listApplications", listApplications());
const application = applications.data[0];
check(application !== undefined, "a new Throttle sandbox has applications");

const refused = await createCart({ body: { applicationId: application.id, currency: "usd" } });
const refusal = refused.error?.error;
check(refused.response.status === 400, `a lower-case currency is refused: ${refused.response.status}`);
check(refusal?.code === "validation_error", `refused with validation_error: ${JSON.stringify(refusal)}`);
check(hintFor({ error: refusal }) === undefined, "validation_error needs no application hint");

// A new workspace starts with a cart of its own; the walk below must meet it too.
const seeded = (await dataOf("listCarts", listCarts({ query: { limit: 100 } }))).data.map((cart) => cart.id);
const created: string[] = [];
for (const currency of ["EUR", "USD", "GBP"]) {
  const cart = await dataOf("createCart", createCart({ body: { applicationId: application.id, currency } }));
  check(cart.data.currency === currency, `the cart keeps its currency ${currency}`);
  created.push(cart.data.id);
}
const firstCart = created[0];
check(firstCart !== undefined, "a cart was created");
const item = await dataOf(
  "addLineItem",
  addLineItem({ path: { cartId: firstCart }, body: { unitPrice: 1250, quantity: 2, externalId: "sku-chair" } }),
);
check(
  item.data.cartId === firstCart && item.data.quantity === 2,
  `the line item belongs to the cart: ${item.data.cartId}`,
);

const walked: string[] = [];
let pages = 0;
let cursor: string | undefined;
do {
  const page = await dataOf("listCarts", listCarts({ query: { limit: 2, cursor } }));
  pages += 1;
  walked.push(...page.data.map((cart) => cart.id));
  check(page.meta.pagination.hasMore === (page.meta.pagination.cursor !== null), "hasMore agrees with the cursor");
  cursor = page.meta.pagination.cursor ?? undefined;
} while (cursor !== undefined);
check(
  JSON.stringify([...walked].sort()) === JSON.stringify([...seeded, ...created].sort()),
  `the walk met every cart once: ${walked.join(", ")}`,
);

console.log(JSON.stringify({ carts: walked.length, pages, lineItems: 1 }));
