import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, ArrowSwapRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { paths } from '@/config/paths';
import type { Permission } from '@/contract/authorization';
import { RESOURCE_TYPES, type GenericResource } from '@/contract/resources';
import { AppLink } from '@/components/app-link';
import { Loading } from '@/components/feedback/loading';
import { QueryError } from '@/components/feedback/query-error';
import type { WizardDraft } from '@/features/cancel-wizard/api/wizard-draft';
import { DownloadRow, SaveImageRow } from '@/features/cancel-wizard/components/backup-row';
import { ResourceTable } from '@/features/cancel-wizard/components/resource-table';
import { StepFooter } from '@/features/cancel-wizard/components/step-footer';
import { VmStopRow, WebAppStopRow } from '@/features/cancel-wizard/components/stop-row';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { resourcesQueryOptions } from '@/lib/api/get-resources';

export const stepStyles = makeStyles({
  intro: {
    margin: `0 0 ${tokens.spacingVerticalL}`,
    color: tokens.colorNeutralForeground2,
    maxWidth: '760px',
  },
  section: { marginBottom: tokens.spacingVerticalXL },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  body: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
    maxWidth: '760px',
  },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  moveLink: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

function isRunning(resource: GenericResource): boolean {
  if (resource.type === RESOURCE_TYPES.vm) return resource.properties.powerState === 'running';
  if (resource.type === RESOURCE_TYPES.webApp) return resource.properties.state === 'Running';
  return false;
}

export interface PrepareStepProps {
  subscriptionId: string;
  permissions: readonly Permission[];
  draft: WizardDraft;
  onDraftChange: (change: Partial<WizardDraft>) => void;
  onNext: () => void;
}

/** R2: back up, shut down, consider migrating; advice with live resources, not a gate. */
export function PrepareStep({
  subscriptionId,
  permissions,
  draft,
  onDraftChange,
  onNext,
}: PrepareStepProps) {
  const styles = stepStyles();
  const t = useMessages(cancelWizardMessages);
  const hintId = useId();
  const resources = useQuery(resourcesQueryOptions(subscriptionId));
  const list = resources.data ?? [];
  const backups = list.filter((r) => r.type !== RESOURCE_TYPES.webApp);
  const compute = list.filter(
    (r) => r.type === RESOURCE_TYPES.vm || r.type === RESOURCE_TYPES.webApp,
  );
  return (
    <>
      <p className={styles.intro}>{t.prepareIntro}</p>
      {resources.error && (
        <QueryError error={resources.error} onRetry={() => void resources.refetch()} />
      )}
      {resources.isPending && <Loading />}
      <section className={styles.section} aria-labelledby={`${hintId}-backup`}>
        <h3 id={`${hintId}-backup`} className={styles.heading}>
          1. {t.backUpTitle}
        </h3>
        <p className={styles.body}>{t.backUpBody}</p>
        {resources.isSuccess &&
          (backups.length === 0 ? (
            <p className={styles.empty}>{t.noBackupResources}</p>
          ) : (
            <ResourceTable label={t.backUpTitle}>
              {backups.map((resource) =>
                resource.type === RESOURCE_TYPES.vm ? (
                  <SaveImageRow
                    key={resource.id}
                    subscriptionId={subscriptionId}
                    resource={resource}
                    permissions={permissions}
                  />
                ) : (
                  <DownloadRow key={resource.id} resource={resource} />
                ),
              )}
            </ResourceTable>
          ))}
      </section>
      <section className={styles.section} aria-labelledby={`${hintId}-shutdown`}>
        <h3 id={`${hintId}-shutdown`} className={styles.heading}>
          2. {t.shutDownTitle}
        </h3>
        <p className={styles.body}>
          {t.shutDownBody}
          {t.space}
          <AppLink inline to={paths.resources.getHref(subscriptionId)}>
            {t.goToResources}
          </AppLink>
        </p>
        {resources.isSuccess && !compute.some(isRunning) && (
          <p className={styles.empty}>{t.noRunning}</p>
        )}
        {resources.isSuccess && compute.length > 0 && (
          <ResourceTable label={t.shutDownTitle}>
            {compute.map((resource) =>
              resource.type === RESOURCE_TYPES.vm ? (
                <VmStopRow
                  key={resource.id}
                  subscriptionId={subscriptionId}
                  permissions={permissions}
                  resource={resource}
                />
              ) : resource.type === RESOURCE_TYPES.webApp ? (
                <WebAppStopRow
                  key={resource.id}
                  subscriptionId={subscriptionId}
                  permissions={permissions}
                  resource={resource}
                />
              ) : null,
            )}
          </ResourceTable>
        )}
      </section>
      <section className={styles.section} aria-labelledby={`${hintId}-migrate`}>
        <h3 id={`${hintId}-migrate`} className={styles.heading}>
          3. {t.migrateTitle}
        </h3>
        <p className={styles.body}>{t.migrateBody}</p>
        <AppLink
          className={styles.moveLink}
          to={paths.moveResources.getHref(subscriptionId, 'cancel')}
        >
          <ArrowSwapRegular aria-hidden />
          {t.moveResources}
        </AppLink>
      </section>
      <Checkbox
        checked={draft.acknowledged}
        onChange={(_event, data) => onDraftChange({ acknowledged: data.checked === true })}
        label={t.acknowledge}
      />
      <StepFooter
        hintId={hintId}
        hint={draft.acknowledged ? undefined : t.acknowledgeRequired}
        primary={
          <Button
            appearance="primary"
            icon={<ArrowRightRegular />}
            iconPosition="after"
            disabled={!draft.acknowledged}
            aria-describedby={draft.acknowledged ? undefined : hintId}
            onClick={onNext}
          >
            {t.next}
          </Button>
        }
      />
    </>
  );
}
