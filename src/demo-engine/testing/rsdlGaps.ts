// RSDL links the demo engine does not answer yet (routes/rsdlLinks.test.ts), each with why. The walk fails
// when a link outside this list stops answering, and when one on it starts to (then it leaves the list), so
// the list is always exactly what is missing. Issue 17 asks for none: every link answers now.

/** `METHOD template` → why the demo engine does not answer it. */
export const RSDL_GAPS: Record<string, string> = {};
