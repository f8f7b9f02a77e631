import {
  Children,
  type ComponentPropsWithoutRef,
  cloneElement,
  isValidElement,
  type ReactElement,
  type ReactNode,
} from "react";
import { PLACEHOLDER_ORIGIN } from "@/lib/playground/request-examples";
import { CopyButton } from "./copy-button.client";
import { SampleOrigin } from "./sample-origin.client";
import { SampleTabs } from "./sample-tabs.client";

type PreProps = ComponentPropsWithoutRef<"pre"> & {
  "data-example-id"?: string;
  "data-try-it"?: string;
  "data-title"?: string;
  "data-schema"?: string;
  "data-lang"?: string;
};

type Panel = ReactElement<{ "data-tab"?: string; "data-html"?: string; children?: ReactNode }>;

/** Highlighted code with each placeholder origin given to the browser to fill in with the page's own. */
function withPageOrigin(node: ReactNode): ReactNode {
  return Children.map(node, (child) => {
    if (typeof child === "string") {
      const parts: ReactNode[] = [];
      let from = 0;
      for (let at = child.indexOf(PLACEHOLDER_ORIGIN); at >= 0; at = child.indexOf(PLACEHOLDER_ORIGIN, from)) {
        parts.push(child.slice(from, at), <SampleOrigin key={at} placeholder={PLACEHOLDER_ORIGIN} />);
        from = at + PLACEHOLDER_ORIGIN.length;
      }
      parts.push(child.slice(from));
      return parts;
    }
    if (!isValidElement<{ children?: ReactNode }>(child) || child.props.children === undefined) return child;
    return cloneElement(child, {}, withPageOrigin(child.props.children));
  });
}

/**
 * A highlighted example with its title, the schema it is validated against and a copy button. A
 * request example's `<pre>` holds one `<code>` per language (its own text first), drawn as tabs.
 */
function CodeBlock({
  "data-example-id": exampleId,
  "data-try-it": tryIt,
  "data-title": title,
  "data-schema": schema,
  "data-lang": lang,
  children,
  ...pre
}: PreProps) {
  const panels = Children.toArray(children).filter((child): child is Panel => isValidElement(child));
  const tabbed = panels.length > 1;
  const name = title ?? lang?.toUpperCase();
  const validated = schema ? (
    <span className="code-block__schema" title="This example is validated against the shared schema at build time">
      Validated: <code>{schema}</code>
    </span>
  ) : null;
  return (
    <figure className="code-block" id={exampleId}>
      <figcaption className="code-block__bar">
        <span className="code-block__title">{name}</span>
        {tabbed ? null : validated}
        <span className="code-block__actions">
          {exampleId ? <ReportLink anchor={exampleId} what={title ?? "this example"} /> : null}
          {tryIt ? (
            <a className="try-it" href={tryIt}>
              Try it<span className="visually-hidden"> in the playground: {title ?? "this example"}</span>
            </a>
          ) : null}
          <CopyButton label={name ?? "code"} />
        </span>
      </figcaption>
      {tabbed ? (
        <SampleTabs
          idPrefix={exampleId ?? "example"}
          label={`${title ?? "Example"}: language`}
          labels={panels.map((panel) => panel.props["data-tab"] ?? "")}
          aside={validated}
          lazyHtml={panels.map((panel) => panel.props["data-html"])}
          placeholderOrigin={PLACEHOLDER_ORIGIN}
        >
          {panels.map((panel) =>
            panel.props["data-html"] === undefined ? (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, and a scrollable region must be reachable by keyboard.
              <pre key={panel.props["data-tab"]} {...pre} tabIndex={0}>
                {withPageOrigin(panel)}
              </pre>
            ) : (
              // Filled from `lazyHtml` when its tab is chosen.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, and a scrollable region must be reachable by keyboard.
              <pre key={panel.props["data-tab"]} {...pre} tabIndex={0} />
            ),
          )}
        </SampleTabs>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, and a scrollable region must be reachable by keyboard.
        <pre {...pre} tabIndex={0}>
          {withPageOrigin(children)}
        </pre>
      )}
    </figure>
  );
}

/**
 * Opens the page's feedback form about one section or example. Without JavaScript it still
 * jumps to the form; the form island fills in the anchor when scripts run.
 */
function ReportLink({ anchor, what }: { anchor: string; what: string }) {
  return (
    <a className="report-link" href="#feedback" data-report-anchor={anchor}>
      Report<span className="report-link__more"> a problem</span>
      <span className="visually-hidden"> with {what}</span>
    </a>
  );
}

const textOf = (node: ReactNode): string =>
  typeof node === "string" || typeof node === "number"
    ? String(node)
    : Array.isArray(node)
      ? node.map(textOf).join("")
      : node && typeof node === "object" && "props" in node
        ? textOf((node.props as { children?: ReactNode }).children)
        : "";

/**
 * The heading text links to its own anchor, so the heading's accessible name stays its text;
 * "Report a problem" sits beside the heading, shown on hover and on keyboard focus.
 */
function Heading({ as: Tag, id, children }: { as: "h2" | "h3"; id?: string; children?: ReactNode }) {
  if (!id) return <Tag>{children}</Tag>;
  return (
    <div className="heading-row">
      <Tag id={id}>
        <a className="heading-anchor" href={`#${id}`}>
          {children}
        </a>
      </Tag>
      <ReportLink anchor={id} what={`the section “${textOf(children)}”`} />
    </div>
  );
}

/** Wide tables scroll inside their own focusable region instead of widening the page. */
function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table.
    <div className="table-wrap" role="region" aria-label="Scrollable table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

export const mdxComponents = {
  pre: CodeBlock,
  table: Table,
  h2: (props: ComponentPropsWithoutRef<"h2">) => <Heading as="h2" {...props} />,
  h3: (props: ComponentPropsWithoutRef<"h3">) => <Heading as="h3" {...props} />,
};
