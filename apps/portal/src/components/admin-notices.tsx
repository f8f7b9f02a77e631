/** What the admin shows while PORTICO_ADMIN_TOKEN is unset: how to open it, and nothing else. */
export function AdminClosed() {
  return (
    <main id="main" className="admin">
      <h1>Feedback admin is closed</h1>
      <p>
        The admin opens only when the server has a token. Start the portal with one of at least 16 characters, for
        example:
      </p>
      <pre className="admin__command">
        <code>PORTICO_ADMIN_TOKEN=&quot;$(openssl rand -hex 24)&quot; npx -y pnpm@10.34.9 start</code>
      </pre>
      <p>Then come back here and sign in with that token.</p>
    </main>
  );
}

export function AdminSignIn({ failed }: { failed: boolean }) {
  return (
    <main id="main" className="admin admin--narrow">
      <h1>Sign in to the feedback admin</h1>
      {failed ? (
        <p className="admin__error" role="alert">
          That token does not open the admin.
        </p>
      ) : null}
      <form method="post" action="/api/admin/session" className="admin__signin">
        <label>
          Admin token
          <input type="password" name="token" required autoComplete="current-password" />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
