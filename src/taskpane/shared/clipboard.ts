/**
 * Puts `text` on the clipboard. The async Clipboard API may be refused inside Office's web view,
 * so a hidden text area and the copy command stand in; failing both, the user is told.
 */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the copy command
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = typeof document.execCommand === "function" && document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("The browser refused to copy; select the findings and press Ctrl+C.");
}
