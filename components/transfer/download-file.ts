/**
 * Saves text as a file on this device: a local download through an object URL, so nothing is
 * uploaded anywhere (a case export, a studio scenario).
 */
export function downloadJsonFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
