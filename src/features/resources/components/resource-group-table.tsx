import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Permission } from '@/contract/authorization';
import type { SubscriptionState } from '@/contract/subscriptions';
import { SectionHeading } from '@/components/blade/section-heading';
import { DataTable } from '@/components/table/data-table';
import type { ResourceGroupSection } from '@/features/resources/api/resource-view';
import { ResourceRow } from '@/features/resources/components/resource-row';
import { resourcesMessages } from '@/features/resources/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  location: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    marginInlineStart: tokens.spacingHorizontalS,
  },
  table: { minWidth: '1080px' },
  // Fixed widths for the facts, so the actions keep the rest of the row.
  nameColumn: { width: '180px' },
  typeColumn: { width: '130px' },
  locationColumn: { width: '100px' },
  stateColumn: { width: '150px' },
  ipColumn: { width: '180px' },
  accessColumn: { width: '100px' },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

const COLUMNS = 7;

interface ResourceGroupTableProps {
  section: ResourceGroupSection;
  state: SubscriptionState | undefined;
  permissions: readonly Permission[] | undefined;
  blockNoteId: string | undefined;
}

/** One resource group as a region with its own table. */
export function ResourceGroupTable({
  section,
  state,
  permissions,
  blockNoteId,
}: ResourceGroupTableProps) {
  const styles = useStyles();
  const t = useMessages(resourcesMessages);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <SectionHeading id={headingId}>
        {t.resourceGroup(section.name)}{' '}
        {section.location && <span className={styles.location}>{section.location}</span>}
      </SectionHeading>
      {section.resources.length === 0 ? (
        <p className={styles.empty}>{t.emptyGroup}</p>
      ) : (
        <DataTable
          className={styles.table}
          aria-labelledby={headingId}
          columns={[
            { label: t.name, className: styles.nameColumn },
            { label: t.type, className: styles.typeColumn },
            { label: t.location, className: styles.locationColumn },
            { label: t.state, className: styles.stateColumn },
            { label: t.publicIp, className: styles.ipColumn },
            { label: t.dataAccess, className: styles.accessColumn },
            { label: t.actions },
          ]}
        >
          {section.resources.map((resource) => (
            <ResourceRow
              key={resource.id}
              resource={resource}
              state={state}
              permissions={permissions}
              blockNoteId={blockNoteId}
              columns={COLUMNS}
            />
          ))}
        </DataTable>
      )}
    </section>
  );
}
