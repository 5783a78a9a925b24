import type { ReactNode } from "react";
import { DISCLAIMER } from "@/lib/disclaimer";

/**
 * Paper with the disclaimer on every page: a table frame whose header and footer Chromium repeats
 * on each printed page (thead/tfoot), hidden on the screen (app/globals.css, `.print-frame`). The
 * printable summary and each scenario sheet print inside one.
 */
export function PrintFrame({ running, children }: { readonly running: string; readonly children: ReactNode }) {
  return (
    <table className="print-frame" role="presentation">
      <thead>
        <tr>
          <td>
            <p className="running">{running}</p>
          </td>
        </tr>
      </thead>
      <tfoot>
        <tr>
          <td>
            <p className="running disclaimer-line">
              {/* One line at 9 pt on A4 and Letter: it is printed on every page. */}
              {DISCLAIMER.heading}. Training only; no treatment advice or doses; the treating team decides.
            </p>
          </td>
        </tr>
      </tfoot>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
