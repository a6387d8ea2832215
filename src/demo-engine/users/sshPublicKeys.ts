// A user's SSH public key (RSDL `users/{id}/sshpublickeys`), which the engine keeps in the user's profile
// (4.3: one profile, one key per user) and hands to VMs through cloud-init. BackendSSHPublicKeysResource.add
// checks `content` (validateParameters(pubkey, "content")), not the `id|name` the RSDL lists (writes/required.ts); AddUserProfileCommand
// refuses a second key (ACTION_TYPE_FAILED_PROFILE_ALREADY_EXISTS) and UserProfilesOperationCommandBase a key
// OpenSSH would not read (ACTION_TYPE_FAILED_INVALID_PUBLIC_SSH_KEY). PUT replaces the content, DELETE removes it.
import { invalidValue, operationFailed } from '../faults';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';

const KEY = /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}( [^\r\n]*)?$/;

function checkContent(content: unknown): void {
  if (typeof content !== 'string' || !KEY.test(content.trim())) throw invalidValue('Invalid SSH public key.');
}

registerRules('users/sshpublickeys', {
  prepare(ctx, body, user) {
    if (ctx.store.list(`users/${user!.id}/sshpublickeys`).length) throw operationFailed('Cannot add User Profile. Profile already exists.');
    checkContent(body.content);
    return { id: newId(ctx), content: String(body.content).trim(), user: { id: user!.id } };
  },
  canUpdate(_ctx, _key, body) {
    if (body.content !== undefined) checkContent(body.content);
  },
  readOnly: ['user'],
});
