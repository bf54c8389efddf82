import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { Permission } from '@/contract/authorization';
import type { SubscriptionState } from '@/contract/subscriptions';
import type { ResourceGroupSection } from '@/features/resources/api/resource-view';
import { ResourceRow } from '@/features/resources/components/resource-row';
import { resourcesMessages } from '@/features/resources/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  location: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    marginInlineStart: tokens.spacingHorizontalS,
  },
  wrap: { overflowX: 'auto' },
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
      <h2 id={headingId} className={styles.heading}>
        {t.resourceGroup(section.name)}{' '}
        {section.location && <span className={styles.location}>{section.location}</span>}
      </h2>
      {section.resources.length === 0 ? (
        <p className={styles.empty}>{t.emptyGroup}</p>
      ) : (
        <div className={styles.wrap}>
          <Table className={styles.table} size="small" aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.nameColumn}>{t.name}</TableHeaderCell>
                <TableHeaderCell className={styles.typeColumn}>{t.type}</TableHeaderCell>
                <TableHeaderCell className={styles.locationColumn}>{t.location}</TableHeaderCell>
                <TableHeaderCell className={styles.stateColumn}>{t.state}</TableHeaderCell>
                <TableHeaderCell className={styles.ipColumn}>{t.publicIp}</TableHeaderCell>
                <TableHeaderCell className={styles.accessColumn}>{t.dataAccess}</TableHeaderCell>
                <TableHeaderCell>{t.actions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
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
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
