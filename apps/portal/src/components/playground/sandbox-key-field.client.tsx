"use client";

/** The reader's key for the product, shortened, with getting, forgetting and remembering it. */
export function SandboxKeyField({
  sandboxKey,
  remember,
  onGetKey,
  onForget,
  onRemember,
}: {
  sandboxKey: string | undefined;
  remember: boolean;
  onGetKey: () => void;
  onForget: () => void;
  onRemember: (keep: boolean) => void;
}) {
  return (
    <fieldset className="playground__key">
      <legend>Sandbox key</legend>
      {sandboxKey ? (
        <p>
          Using <code>{`${sandboxKey.slice(0, 11)}…${sandboxKey.slice(-4)}`}</code>{" "}
          <button type="button" onClick={onForget}>
            Forget keys
          </button>
        </p>
      ) : (
        <button type="button" onClick={onGetKey}>
          Get a sandbox key
        </button>
      )}
      <label className="playground__check">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} /> Remember keys across
        browser sessions
      </label>
    </fieldset>
  );
}
