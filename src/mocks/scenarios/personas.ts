import type { Persona } from '@/domain/model';

export const CONTOSO_TENANT_ID = '6d1f4a2e-3b5c-4d6e-9f70-c0a1b2c3d4e5';
export const CONTOSO_DIRECTORY = 'Contoso';
export const CONTOSO_DOMAIN = 'contoso.onmicrosoft.com';

function persona(id: string, displayName: string, mailNickname: string): Persona {
  return {
    id,
    displayName,
    userPrincipalName: `${mailNickname}@${CONTOSO_DOMAIN}`,
    tenantId: CONTOSO_TENANT_ID,
    directoryName: CONTOSO_DIRECTORY,
  };
}

/** The three personas of every built-in scenario; `admin` is the signed-in user by default. */
export function contosoPersonas(): Persona[] {
  return [
    persona('admin', 'Avery Howard', 'avery.howard'),
    persona('owner', 'Sam Lee', 'sam.lee'),
    persona('reader', 'Riley Chen', 'riley.chen'),
  ];
}

export const DEFAULT_PERSONA_ID = 'admin';
