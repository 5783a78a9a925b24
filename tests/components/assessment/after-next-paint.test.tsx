/**
 * The form's autosave waits for the keystroke's paint: keystrokes between two paints are saved
 * once, with the last values, and nothing waiting is lost when the page is hidden or the step left.
 */
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { saveWaitingTyping, useSaveAfterPaint } from "@/components/assessment/after-next-paint";

describe("useSaveAfterPaint", () => {
  test("nothing is saved inside the call; after the paint, the last value is saved once", async () => {
    const save = vi.fn();
    const { result } = renderHook(() => useSaveAfterPaint<string>(save));
    result.current("2");
    result.current("24");
    result.current("240");
    expect(save).not.toHaveBeenCalled();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith("240");
  });

  test("a value still waiting is saved at once when the page is hidden (a reload, a closed tab)", () => {
    const save = vi.fn();
    const { result } = renderHook(() => useSaveAfterPaint<string>(save));
    result.current("38.6");
    window.dispatchEvent(new Event("pagehide"));
    expect(save).toHaveBeenCalledExactlyOnceWith("38.6");
  });

  test("a value still waiting is saved at once when the tab is hidden (a phone may discard it, and paints no frame)", () => {
    const save = vi.fn();
    const { result } = renderHook(() => useSaveAfterPaint<string>(save));
    result.current("12 400");
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    visibility.mockRestore();
    expect(save).toHaveBeenCalledExactlyOnceWith("12 400");
  });

  test("saveWaitingTyping saves what is waiting at once, before the case is rewritten (a time-point switch, a copy)", () => {
    const save = vi.fn();
    const { result } = renderHook(() => useSaveAfterPaint<string>(save));
    result.current("2400");
    saveWaitingTyping();
    expect(save).toHaveBeenCalledExactlyOnceWith("2400");
    saveWaitingTyping();
    expect(save).toHaveBeenCalledTimes(1);
  });

  test("a value still waiting is saved at once when the step unmounts, and not again after", async () => {
    const save = vi.fn();
    const { result, unmount } = renderHook(() => useSaveAfterPaint<string>(save));
    result.current("37.2");
    unmount();
    expect(save).toHaveBeenCalledExactlyOnceWith("37.2");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(save).toHaveBeenCalledTimes(1);
  });

  test("the save given at the last render is the one called", async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(({ save }) => useSaveAfterPaint<string>(save), { initialProps: { save: first } });
    result.current("1");
    rerender({ save: second });
    await waitFor(() => expect(second).toHaveBeenCalledWith("1"));
    expect(first).not.toHaveBeenCalled();
  });
});
