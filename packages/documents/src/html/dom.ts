/**
 * The few DOM members this package uses, typed here because the project compiles without the DOM lib (the
 * documents come from linkedom, which implements them).
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Node.ELEMENT_NODE and Node.TEXT_NODE. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
