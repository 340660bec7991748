/**
 * The little of the DOM the enhancement script uses. The project compiles without the DOM
 * library, so that server code cannot reach for `window` or `document` by mistake; the script
 * declares what it needs here instead.
 */
export interface ElementLike {
  readonly id: string;
  hidden: boolean;
  className: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
  closest(selectors: string): ElementLike | null;
  contains(other: ElementLike | null): boolean;
  appendChild(child: ElementLike): ElementLike;
  addEventListener(type: string, listener: (event: EventLike) => void): void;
  focus(options?: { preventScroll?: boolean }): void;
  scrollIntoView(): void;
}

/** An input, select or textarea. */
export interface FieldLike extends ElementLike {
  readonly name: string;
  readonly type: string;
  value: string;
  checked: boolean;
}

export interface EventLike {
  readonly target: ElementLike | null;
  preventDefault(): void;
}

export interface DocumentLike {
  readonly readyState: string;
  readonly activeElement: ElementLike | null;
  readonly body: ElementLike | null;
  getElementById(id: string): ElementLike | null;
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
  createElement(tagName: string): ElementLike;
  addEventListener(type: string, listener: () => void): void;
}

export function browserDocument(): DocumentLike | undefined {
  return (globalThis as { document?: DocumentLike }).document;
}
