import { HttpResponse, type HttpHandler } from 'msw';
import type { EpochMs } from '@/domain/model';
import type { StoredResource } from '@/domain/stored-resources';
import { resourceNotFound } from '@/domain/arm-errors';
import { isDeletedAt } from '@/domain/state';
import { toIso } from '@/domain/time';
import { findResource, type Access } from '@/domain/world';
import { sqlBackupCsv, storageBackupJson } from '../views/backup-file';
import type { ArmContext } from './arm-route';
import { failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';

const RG = '/subscriptions/:subscriptionId/resourceGroups/:resourceGroup/providers';

function attachment(body: string, contentType: string, filename: string): Response {
  return new HttpResponse(body, {
    status: 200,
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}

const day = (now: EpochMs): string => toIso(now).slice(0, 10);

/**
 * R2 "download a copy": a read, so it works while the subscription is Disabled (R6); nothing is
 * left to download once it is deleted (R9).
 */
function download(
  ctx: ArmContext,
  access: Access,
  resourceId: string,
  file: (r: StoredResource) => Response | undefined,
): Response {
  const resource = findResource(ctx.world, resourceId);
  const answer =
    resource === undefined || isDeletedAt(access.sub, ctx.now) ? undefined : file(resource);
  return (
    answer ??
    failureResponse(
      resourceNotFound(
        'resource',
        resourceId.split('/').pop() ?? '',
        ctx.params.resourceGroup ?? '',
      ),
    )
  );
}

export function backupHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    subscriptionReadRoute(deps, {
      method: 'get',
      path: `${RG}/Microsoft.Storage/storageAccounts/:account/download`,
      operation: 'backup',
      family: 'storage',
      run: (ctx, access) =>
        download(
          ctx,
          access,
          `/subscriptions/${ctx.params.subscriptionId ?? ''}/resourceGroups/${ctx.params.resourceGroup ?? ''}/providers/Microsoft.Storage/storageAccounts/${ctx.params.account ?? ''}`,
          (r) =>
            r.type === 'Microsoft.Storage/storageAccounts'
              ? attachment(
                  storageBackupJson(r, ctx.now),
                  'application/json',
                  `${r.name}-backup-${day(ctx.now)}.json`,
                )
              : undefined,
        ),
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: `${RG}/Microsoft.Sql/servers/:server/databases/:database/download`,
      operation: 'backup',
      family: 'sql',
      run: (ctx, access) =>
        download(
          ctx,
          access,
          `/subscriptions/${ctx.params.subscriptionId ?? ''}/resourceGroups/${ctx.params.resourceGroup ?? ''}/providers/Microsoft.Sql/servers/${ctx.params.server ?? ''}/databases/${ctx.params.database ?? ''}`,
          (r) =>
            r.type === 'Microsoft.Sql/servers/databases'
              ? attachment(
                  sqlBackupCsv(r, ctx.now),
                  'text/csv; charset=utf-8',
                  `${r.serverName}-${r.name}-backup-${day(ctx.now)}.csv`,
                )
              : undefined,
        ),
    }),
  ];
}
