/**
 * Why: @lit/react sets element properties in a layout effect, after React has inserted the
 * element, so the element connects (and starts detection, opens its store) before it has
 * its configuration. Text and number props that have an attribute are therefore handed to
 * React as that attribute, which React 19 sets when it creates the element, before insertion.
 * Objects (the prompt's `sites`) and callbacks still go through @lit/react as properties.
 */
import * as React from 'react';

type LitClass = { elementProperties: Map<PropertyKey, { attribute?: boolean | string }> };

/** Attributes React gives a meaning of its own (`for` is `htmlFor`): these stay properties. */
const REACT_NAMES = new Set(['for', 'class', 'style']);

/** Property name → attribute name, for the element's reactive properties that have one. */
function attributeNames(elementClass: LitClass): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, options] of elementClass.elementProperties) {
    if (typeof name !== 'string' || name.startsWith('_') || options.attribute === false) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
    if (!REACT_NAMES.has(attribute)) names.set(name, attribute);
  }
  return names;
}

/** `component` with its text and number configuration passed as attributes, so it is there on connect. */
export function attributesFirst<C extends React.ForwardRefExoticComponent<never>>(component: C, elementClass: LitClass): C {
  const attributes = attributeNames(elementClass);
  const Wrapped = React.forwardRef<unknown, Record<string, unknown>>((props, ref) => {
    const passed: Record<string, unknown> = { ref };
    for (const [name, value] of Object.entries(props)) {
      const attribute = attributes.get(name);
      const isText = typeof value === 'string' || typeof value === 'number';
      passed[attribute && isText ? attribute : name] = isText && attribute ? String(value) : value;
    }
    return React.createElement(component as unknown as React.ElementType, passed);
  });
  Wrapped.displayName = component.displayName;
  return Wrapped as unknown as C;
}
