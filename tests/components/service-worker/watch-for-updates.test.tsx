import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { watchForUpdates } from "@/components/service-worker/watch-for-updates";

const IDS = { announcement: "update-announcement", reload: "update-announcement-reload" } as const;

/** A worker and its registration, just enough of the Service Worker API to drive watchForUpdates. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = "installing";
  readonly postMessage = vi.fn();
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** A new version starts installing, as after a redeploy. */
  startInstall(): FakeWorker {
    this.installing = new FakeWorker();
    this.dispatchEvent(new Event("updatefound"));
    return this.installing;
  }
}

class FakeContainer extends EventTarget {
  controller: object | null = null;
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(() => Promise.resolve(this.registration));
}

let container: FakeContainer;
const reload = vi.fn();

beforeEach(() => {
  container = new FakeContainer();
  Object.defineProperty(navigator, "serviceWorker", { value: container, configurable: true });
  Object.defineProperty(window, "location", { value: { ...window.location, reload }, configurable: true });
  vi.stubGlobal("requestIdleCallback", (callback: () => void) => setTimeout(callback, 0));
  document.body.innerHTML = `<div id="${IDS.announcement}" role="status" hidden><button id="${IDS.reload}">Reload</button></div>`;
  reload.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs watchForUpdates on a loaded page and waits for its idle-time registration. */
async function start(): Promise<void> {
  watchForUpdates(IDS);
  await vi.waitFor(() => expect(container.register).toHaveBeenCalledWith("/sw.js"));
  await Promise.resolve();
}

const announcement = () => document.getElementById(IDS.announcement)!;

describe("watchForUpdates", () => {
  test("the first install is not announced and does not reload the page when it takes control", async () => {
    await start();
    const worker = container.registration.startInstall();
    worker.become("installed");
    expect(announcement().hidden).toBe(true);
    container.controller = {};
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).not.toHaveBeenCalled();
  });

  test("a new version that finishes installing under a controlled page is announced, and nothing else happens", async () => {
    container.controller = {};
    await start();
    const worker = container.registration.startInstall();
    worker.become("installed");
    container.registration.waiting = worker;
    expect(announcement().hidden).toBe(false);
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  test("Reload asks the waiting version to take over, and the page reloads once it has", async () => {
    container.controller = {};
    await start();
    const worker = container.registration.startInstall();
    worker.become("installed");
    container.registration.waiting = worker;
    document.getElementById(IDS.reload)!.click();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: "SKIP_WAITING" });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).toHaveBeenCalledOnce();
  });

  test("a version already waiting when the page opens is announced", async () => {
    container.controller = {};
    container.registration.waiting = new FakeWorker();
    await start();
    expect(announcement().hidden).toBe(false);
  });

  test("a stubbed-out registration (no registration returned) is not an error", async () => {
    container.register.mockImplementationOnce(() => Promise.resolve(undefined as unknown as FakeRegistration));
    const failures: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => failures.push(event.reason);
    window.addEventListener("unhandledrejection", onRejection);
    await start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    window.removeEventListener("unhandledrejection", onRejection);
    expect(failures).toEqual([]);
    expect(announcement().hidden).toBe(true);
  });
});
