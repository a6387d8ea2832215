export { ApiError, isApiError, type ApiErrorKind } from './errors';
export { request, get, post, put, del, prepareRequest, type ApiResponse, type PreparedRequest, type RequestOptions, type Method } from './http';
export { login, loginName, logout, resumeSession, type Login } from './auth';
export { session, type SessionState, type SessionStatus } from './session';
export { parseEntryPoint, collectionPath, fillTemplate, type EntryPoint, type Count, type ProductInfo } from './links';
export { quote, term, composeSearch, splitSearch, type SearchParts } from './search';
export { itemsOf, linkHref, namesById } from './items';
export { API_BASE, apiPath, apiUrl, withMatrix, acceptWithDetail } from './url';
export { pendingRequests, READ_TIMEOUT_MS, WRITE_TIMEOUT_MS, type PendingRequest } from './pending';
