/**
 * What a case view shows when the browser blocks site storage: crs-screen keeps the case only in
 * this browser's storage (never on a server), so without storage there is nowhere to keep it.
 */
export function StorageBlocked() {
  return (
    <div className="error-summary" role="alert">
      <h2>This browser blocks site storage</h2>
      <p>
        crs-screen keeps the case only in this browser (it never sends it anywhere), and this browser does not allow that — cookies and
        site data may be turned off, for this site or for all. Allow site data for this site (or use a browser profile that does), then reload
        this page.
      </p>
    </div>
  );
}
