// Records Content-Security-Policy violations (the browser's securitypolicyviolation events and the
// console lines Chromium prints for them) so a spec can assert a page ran without any.
import type { Page } from "@playwright/test";

export function watchCspViolations(page: Page): { violations: string[] } {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  // Init scripts are injected by the browser driver, not by the page, so the policy doesn't block them.
  void page.exposeFunction("__reportCspViolation", (line: string) => violations.push(line));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${document.location.pathname}`,
      );
    });
  });
  return { violations };
}
