export const metadata = { title: "Next.js + MDX floor" };

/** Plain, accessible HTML around each page: a language, one main landmark, no chrome. */
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
