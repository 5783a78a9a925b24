"use client";

import dynamic from "next/dynamic";

/**
 * A modal dialog (radix-modal-dialog.tsx). Dialogs are rendered only while open, so their code —
 * Radix and its focus and scroll helpers, ~13 kB gzip — loads when one first opens, not with every
 * page that has a button for one.
 */
export const ModalDialog = dynamic(() => import("./radix-modal-dialog").then((m) => m.RadixModalDialog), { ssr: false });
