/**
 * What Fluent UI v9 needs from a browser that jsdom lacks, and the axe matcher. Imported first
 * by every jsdom test of the pane (`import './setup-dom'`).
 */
import { TextDecoder, TextEncoder } from 'util';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// Browsers have these; jsdom does not (ExcelJS and the xlsx container check use them).
const scope = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
scope.TextEncoder ??= TextEncoder;
scope.TextDecoder ??= TextDecoder;

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
  }
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  // Fluent's motion components animate with the Web Animations API.
  if (typeof Element !== 'undefined' && typeof Element.prototype.animate !== 'function') {
    Element.prototype.animate = function animate() {
      const animation = { finished: Promise.resolve(), cancel: () => {}, finish: () => {}, onfinish: null, play: () => {}, pause: () => {}, persist: () => {}, playState: 'finished' };
      return animation as unknown as Animation;
    };
  }
}
