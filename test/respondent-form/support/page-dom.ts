/**
 * Types for the functions the tests run inside the page. The project compiles without the DOM
 * library; these name the little the tests read. Use as
 * `(globalThis as unknown as InPage).document` inside `page.evaluate`.
 */
export interface InPageElement {
  readonly id: string;
  readonly tagName: string;
  readonly textContent: string | null;
  readonly hidden: boolean;
  readonly offsetParent: unknown;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getBoundingClientRect(): { width: number; height: number; top: number; left: number };
  closest(selectors: string): InPageElement | null;
}

export interface InPage {
  document: {
    readonly documentElement: InPageElement;
    readonly activeElement: InPageElement | null;
    querySelector(selectors: string): InPageElement | null;
    querySelectorAll(selectors: string): ArrayLike<InPageElement>;
  };
  getComputedStyle(element: InPageElement): { [property: string]: string };
}
