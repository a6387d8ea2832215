// Login domains that an engine accepted in this browser, offered as suggestions on the login form. A domain
// name is not a secret (it is printed on the login page of webadmin too); user names and passwords never go here.
const KEY = 'portal.loginDomains';
const MAX = 10;

export function knownDomains(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    const list = Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string' && d.length > 0) : [];
    return list.includes('internal') ? list : ['internal', ...list];
  } catch {
    return ['internal'];
  }
}

export function rememberDomain(domain: string): void {
  try {
    const list = [domain, ...knownDomains().filter((d) => d !== domain)].slice(0, MAX);
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    /* storage unavailable: no suggestions next time */
  }
}
