// The framework floor for `npm run bench:web`: the same Next.js and React, nothing of ours.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
