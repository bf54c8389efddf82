import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { DataTable } from '@/components/table/data-table';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  table: { minWidth: '720px' },
  nameHeader: { width: '28%' },
  actionHeader: { width: '200px' },
});

/** The Prepare step's resource lists share one layout: name, type, group, state, action. */
export function ResourceTable({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  return (
    <DataTable
      className={styles.table}
      aria-label={label}
      columns={[
        { label: t.resourceName, className: styles.nameHeader },
        { label: t.resourceType },
        { label: t.resourceGroup },
        { label: t.state },
        { label: t.action, className: styles.actionHeader },
      ]}
    >
      {children}
    </DataTable>
  );
}

export const rowStyles = makeStyles({
  actionCell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  error: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
});
