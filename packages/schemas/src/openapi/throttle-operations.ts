import { z } from "zod";
import { Uuid } from "../common.ts";
import {
  ApplicationListResponse,
  ApplicationResponse,
  CartCreateRequest,
  CartListResponse,
  CartResponse,
  CustomerCreateRequest,
  CustomerListResponse,
  CustomerResponse,
  LineItemCreateRequest,
  LineItemListResponse,
  LineItemResponse,
  ListQuery,
  QUOTAS,
} from "../throttle.ts";
import { EXAMPLE_CURSOR, EXAMPLE_IDS, EXAMPLE_REQUEST_ID, EXAMPLE_TIME } from "./examples.ts";
import type { OperationSpec } from "./operation.ts";

const meta = { requestId: EXAMPLE_REQUEST_ID };
const application = {
  id: EXAMPLE_IDS.application,
  workspaceId: EXAMPLE_IDS.workspace,
  name: "Storefront web",
  createdAt: EXAMPLE_TIME,
};
const customer = {
  id: EXAMPLE_IDS.customer,
  workspaceId: EXAMPLE_IDS.workspace,
  email: "ada@example.com",
  name: "Ada Lovelace",
  externalId: "crm-1001",
  createdAt: EXAMPLE_TIME,
};
const lineItem = {
  id: EXAMPLE_IDS.lineItem,
  cartId: EXAMPLE_IDS.cart,
  externalId: "sku-42",
  customerId: EXAMPLE_IDS.customer,
  unitPrice: 1999,
  quantity: 2,
};
const cart = {
  id: EXAMPLE_IDS.cart,
  workspaceId: EXAMPLE_IDS.workspace,
  applicationId: EXAMPLE_IDS.application,
  currency: "USD",
  netN: null,
  lineItems: [],
};
const more = { cursor: EXAMPLE_CURSOR, hasMore: true, limit: 25 };
const last = { cursor: null, hasMore: false, limit: 25 };

/** A path id with the example Dredd and the reference fill in. */
const pathId = (example: string) => Uuid.meta({ param: { example } });
const CartPath = z.object({ cartId: pathId(EXAMPLE_IDS.cart) });
const secretKey = "a secret (sk_) key: publishable keys (pk_) are read-only";
const location = (what: string) => ({
  Location: { description: `The new ${what}'s path`, schema: { type: "string" }, required: true },
});

/** Every operation of the Throttle sandbox, in the order the reference lists them. */
export const throttleOperations: OperationSpec[] = [
  {
    operationId: "listApplications",
    method: "get",
    path: "/api/v1/applications",
    summary: "List applications",
    description: "The workspace's applications, oldest first. Sandboxes start with three.",
    tag: "Applications",
    query: ListQuery,
    responses: {
      200: {
        description: "A page of applications",
        schema: ApplicationListResponse,
        example: { data: [application], meta: { pagination: last } },
      },
    },
  },
  {
    operationId: "getApplication",
    method: "get",
    path: "/api/v1/applications/{applicationId}",
    summary: "Get an application",
    description: "One application of the workspace; another workspace's id answers 404.",
    tag: "Applications",
    pathParams: z.object({ applicationId: pathId(EXAMPLE_IDS.application) }),
    responses: {
      200: { description: "The application", schema: ApplicationResponse, example: { data: application, meta } },
    },
  },
  {
    operationId: "createCustomer",
    quota: QUOTAS.customers,
    method: "post",
    path: "/api/v1/customers",
    summary: "Create a customer",
    description: "Adds a customer to the workspace. Needs a secret (sk_) key.",
    tag: "Customers",
    permission: secretKey,
    requestBody: {
      schema: CustomerCreateRequest,
      example: { email: "ada@example.com", name: "Ada Lovelace", externalId: "crm-1001" },
    },
    responses: {
      201: {
        description: "The customer was created",
        schema: CustomerResponse,
        example: { data: customer, meta },
        headers: location("customer"),
      },
    },
  },
  {
    operationId: "listCustomers",
    method: "get",
    path: "/api/v1/customers",
    summary: "List customers",
    description: "The workspace's customers, oldest first, with cursor pagination.",
    tag: "Customers",
    query: ListQuery,
    responses: {
      200: {
        description: "A page of customers",
        schema: CustomerListResponse,
        example: { data: [customer], meta: { pagination: more } },
      },
    },
  },
  {
    operationId: "getCustomer",
    method: "get",
    path: "/api/v1/customers/{customerId}",
    summary: "Get a customer",
    description: "One customer of the workspace; another workspace's id answers 404.",
    tag: "Customers",
    pathParams: z.object({ customerId: pathId(EXAMPLE_IDS.customer) }),
    responses: { 200: { description: "The customer", schema: CustomerResponse, example: { data: customer, meta } } },
  },
  {
    operationId: "createCart",
    quota: QUOTAS.carts,
    method: "post",
    path: "/api/v1/carts",
    summary: "Create a cart",
    description: "Opens an empty cart for one application. `netN` stays null until a line item prices the cart.",
    tag: "Carts",
    permission: secretKey,
    notFound: "The application does not exist in this workspace",
    requestBody: { schema: CartCreateRequest, example: { applicationId: EXAMPLE_IDS.application, currency: "USD" } },
    responses: {
      201: {
        description: "The cart was created",
        schema: CartResponse,
        example: { data: cart, meta },
        headers: location("cart"),
      },
    },
  },
  {
    operationId: "listCarts",
    method: "get",
    path: "/api/v1/carts",
    summary: "List carts",
    description: "The workspace's carts with their line items, oldest first.",
    tag: "Carts",
    query: ListQuery,
    responses: {
      200: {
        description: "A page of carts",
        schema: CartListResponse,
        example: { data: [cart], meta: { pagination: last } },
      },
    },
  },
  {
    operationId: "getCart",
    method: "get",
    path: "/api/v1/carts/{cartId}",
    summary: "Get a cart",
    description: "One cart with its line items and `netN`, the net total in minor units.",
    tag: "Carts",
    pathParams: CartPath,
    responses: {
      200: {
        description: "The cart with its line items",
        schema: CartResponse,
        example: { data: { ...cart, netN: 3998, lineItems: [lineItem] }, meta },
      },
    },
  },
  {
    operationId: "addLineItem",
    quota: QUOTAS.lineItemsPerCart,
    method: "post",
    path: "/api/v1/carts/{cartId}/line-items",
    summary: "Add a line item to a cart",
    description: "Adds a priced line item; the cart's `netN` becomes the sum of `unitPrice` × `quantity`.",
    tag: "Carts",
    permission: secretKey,
    notFound: "The cart, or the body's customer, does not exist in this workspace",
    pathParams: CartPath,
    requestBody: {
      schema: LineItemCreateRequest,
      example: { unitPrice: 1999, quantity: 2, externalId: "sku-42", customerId: EXAMPLE_IDS.customer },
    },
    responses: {
      201: {
        description: "The line item was added",
        schema: LineItemResponse,
        // No Location: a line item has no route of its own to follow.
        example: { data: lineItem, meta },
      },
    },
  },
  {
    operationId: "listLineItems",
    method: "get",
    path: "/api/v1/carts/{cartId}/line-items",
    summary: "List a cart's line items",
    description: "A cart's line items, oldest first, with cursor pagination.",
    tag: "Carts",
    pathParams: CartPath,
    query: ListQuery,
    responses: {
      200: {
        description: "A page of line items",
        schema: LineItemListResponse,
        example: { data: [lineItem], meta: { pagination: last } },
      },
    },
  },
];
