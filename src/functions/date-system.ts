// Which date system the workbook uses, as far as the custom functions can know it.
//
// Excel hands a custom function a date as a bare serial in the workbook's own system: 1904
// workbooks (Excel for Mac's old default, or the option set) count from 1904-01-01, 1462 days
// later than 1900 workbooks. Nothing in the call says which. The function therefore takes the
// system as an explicit optional argument (VESTED's 7th, VESTINGTABLE's 6th): it travels with the
// formula, gives the same answer on every machine and before the task pane has started, and the
// pane writes it into every formula it composes for a 1904 workbook. The shared runtime also
// learns the workbook's system when the page starts (the pane probes `functions.date(1904,1,1)`)
// and stores it here; a call whose argument disagrees with it is an error that says what to add,
// so the wrong system shows as #VALUE! with a message, never as dates shifted by four years.
import type { DateSystem } from "../core/dates";

// The pane and the functions are separate bundles on the one shared-runtime page: the value lives
// on the page's global object, not in a module variable each bundle would have its own copy of.
interface Slot {
  known: DateSystem | null;
  calledBeforeKnown: boolean;
}
const KEY = "__tieoutWorkbookDateSystem";
function slot(): Slot {
  const page = globalThis as unknown as Record<string, Slot | undefined>;
  return (page[KEY] ??= { known: null, calledBeforeKnown: false });
}

/** The pane (or the runtime's start-up) records the workbook's system. Returns true if formulas computed before it may need a recalculation. */
export function setWorkbookDateSystem(system: DateSystem | null): boolean {
  const s = slot();
  s.known = system;
  const stale = s.calledBeforeKnown;
  s.calledBeforeKnown = false;
  return stale && system === 1904;
}

/** The system recorded for this workbook, or null when the runtime has not learnt it yet. */
export function workbookDateSystem(): DateSystem | null {
  return slot().known;
}

/** Notes that a function ran before the system was known (see setWorkbookDateSystem). */
export function noteCallWithoutKnownSystem(): void {
  const s = slot();
  if (s.known === null) s.calledBeforeKnown = true;
}
