import { Fragment } from "react";
import { codeSegments } from "@/lib/code-segments";

/** Inline code that wraps only between path segments and words (see `codeSegments`). */
export function CodePath({ text }: { text: string }) {
  let offset = 0;
  return (
    <code>
      {codeSegments(text).map((segment) => {
        const key = offset;
        offset += segment.text.length;
        if (segment.kind === "space") return segment.text;
        return (
          <Fragment key={key}>
            {segment.breakBefore ? <wbr /> : null}
            <span className={segment.kind === "whole" ? "code-whole" : undefined}>{segment.text}</span>
          </Fragment>
        );
      })}
    </code>
  );
}
