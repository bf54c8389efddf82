import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { cancelWizardMessages } from '@/features/cancel-wizard/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: { minWidth: '720px' },
  nameHeader: { width: '28%' },
  actionHeader: { width: '200px' },
});

/** The Prepare step's resource lists share one layout: name, type, group, state, action. */
export function ResourceTable({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  const t = useMessages(cancelWizardMessages);
  return (
    <div className={styles.wrap}>
      <Table className={styles.table} size="small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameHeader}>{t.resourceName}</TableHeaderCell>
            <TableHeaderCell>{t.resourceType}</TableHeaderCell>
            <TableHeaderCell>{t.resourceGroup}</TableHeaderCell>
            <TableHeaderCell>{t.state}</TableHeaderCell>
            <TableHeaderCell className={styles.actionHeader}>{t.action}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
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
