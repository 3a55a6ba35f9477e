import { backendKeyPrefix, findVariableFields, isKilnSecretVariable, kilnSecretVariableMessage, suggestedBackendKeyVariable } from '../../config/backend-key-variables.ts';
import type { BackendConfig, KilnConfig } from '../../config/index.ts';
import { BadInputError } from '../../engine/errors/index.ts';

/**
 * The environment variables that backend entries coming through the settings API may name. The
 * caller chooses the backend's address, so a name is a way to send that variable's value anywhere:
 * Kiln's own secrets are refused by name, and otherwise only variables the operator set aside for
 * backends (KILN_BACKEND_…) are taken, or the very name the operator wrote for that backend in the
 * config file, which the API can keep but neither change nor copy to another entry.
 *
 * `fieldPath(name)` is where an entry sits in the request, for the 400's `field`.
 */
export function checkBackendVariables(
  entries: Record<string, BackendConfig>,
  saved: Record<string, BackendConfig>,
  config: KilnConfig,
  fieldPath: (name: string) => string[],
): void {
  for (const [name, entry] of Object.entries(entries)) {
    for (const { field, path, variable } of findVariableFields(entry, fieldPath(name))) {
      if (isKilnSecretVariable(variable, config)) {
        throw new BadInputError(`${field}: ${kilnSecretVariableMessage(variable, name)}`, { details: { field, variable } });
      }
      if (variable.startsWith(backendKeyPrefix)) continue;
      const savedValue = path.slice(fieldPath(name).length).reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], saved[name]);
      if (savedValue === variable) continue;
      throw new BadInputError(`${field}: from here Kiln names only environment variables whose names start with ${backendKeyPrefix} `
        + `(e.g. ${suggestedBackendKeyVariable(name)}), so that no other secret of the server can be sent to a backend's address; `
        + `put the key in such a variable, or name ${variable} in the config file by hand.`, { details: { field, variable } });
    }
  }
}
