// What reading and writing the engine's XML needs: the parser, the ordered writer and the fault reader.
// http.ts loads this with the first request (beside it), so the login page shows without it (issue 12).
export { parseXml } from '../xsd/parse';
export { toXml } from '../xsd/serialize';
export { errorFromResponse } from './faults';
