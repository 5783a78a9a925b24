/**
 * jsdom setup for component tests. Next's App Router hooks are replaced by one fake router (there
 * is no router context outside Next); tests import `router` from here to assert on navigation.
 * Every test starts with an empty document and empty browser storage — the draft, the pending
 * copies of a step and the notice acknowledgement all live in storage.
 */
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// Hoisted with vi.mock below, so the factory can hand out this same object.
const router = vi.hoisted(() => ({
  push: vi.fn<(href: string) => void>(),
  replace: vi.fn<(href: string) => void>(),
  prefetch: vi.fn<(href: string) => void>(),
  back: vi.fn<() => void>(),
  forward: vi.fn<() => void>(),
  refresh: vi.fn<() => void>(),
}));

vi.mock("next/navigation", () => ({
  useRouter: () => router,
  usePathname: () => "/assess/context",
  useSearchParams: () => new URLSearchParams(),
}));

// The app loads the dialog's code when one first opens (next/dynamic, so asynchronously); here
// components get the Radix dialog itself, synchronously. The lazy load runs in the e2e suite.
vi.mock("@/components/dialog/modal-dialog", async () => ({
  ModalDialog: (await import("@/components/dialog/radix-modal-dialog")).RadixModalDialog,
}));

/** The router every component gets from `useRouter()`. */
export { router };

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
  vi.clearAllMocks();
});
