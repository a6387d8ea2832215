// MenuPopup, loaded when its button is first pointed at, focused or pressed; mounted from the first opening on
// (so it can animate closed).
import { lazy, Suspense, useState, type ComponentProps } from 'react';

const load = () => import('./MenuPopup');
const MenuPopup = lazy(load);

/** Props for the menu's button: start loading the pop-up as soon as the user heads for it. */
export const preloadMenu = { onPointerEnter: () => void load(), onFocus: () => void load() };

export default function LazyMenuPopup(props: ComponentProps<typeof MenuPopup>) {
  const [used, setUsed] = useState(false);
  if (props.anchor && !used) setUsed(true);
  return used ? <Suspense fallback={null}><MenuPopup {...props} /></Suspense> : null;
}
